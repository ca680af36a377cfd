#pragma once

// Which tickets a query starts from, before its filter (the queue's saved views, see
// workstation/queue/savedview.h for what each one means). "Open" is status new, open, waiting_customer or
// waiting_internal.

namespace tierdesk {

enum class TicketView { MyTickets, UnassignedInMyTier, WaitingOnOthers, Vip, SlaAtRisk, AllOpen, AllTickets };

} // namespace tierdesk
