#pragma once

#include "server/servercontext.h"

#include "core/ticket.h"

namespace tierdesk {

class RequestContext;
class Router;
class TicketRepository;

// /api/v1/tickets and everything under it: the queue, a ticket, its edits (with optimistic locking through
// If-Match), its audit history and its conversation. Decides who may see and do what; the repository keeps
// the data's own rules.
//
// A customer only ever sees tickets they requested: any other ticket id answers 404, exactly as an id that
// does not exist, so that ids reveal nothing about other customers' tickets.
class TicketHandler
{
public:
    TicketHandler(ServerContext &context, TicketRepository &tickets);
    void registerRoutes(Router &router);

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;

private:
    // The ticket when the caller may see it; 404 otherwise.
    Ticket visibleTicket(const RequestContext &ctx, qint64 id);

    ServerContext &m_context;
    TicketRepository &m_tickets;
};

} // namespace tierdesk
