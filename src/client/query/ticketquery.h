#pragma once

// What a ticket query asks of the local cache: a view, a filter typed by the person (TicketFilter), who is
// asking (for "my" views and owner:me) and the order. A value; TicketQueryEngine runs it, TicketCounter
// counts it on a thread of its own.
//
//     TicketQuery query;
//     query.view = TicketView::MyTickets;
//     query.userId = 42;
//     query.filter = TicketFilter::parse(QStringLiteral("printer status:open"));
//     query.nowMs = Timestamp::nowMs();                 // "SLA at risk" is due within SlaRiskWindowMs of it
//     query.sortKey = TicketSortKey::SlaDue;

#include "ticketfilter.h"
#include "ticketsortkey.h"
#include "ticketview.h"

#include <Qt>

namespace tierdesk {

struct TicketQuery
{
    static constexpr qint64 SlaRiskWindowMs = 60LL * 60 * 1000; // "at risk": due within this much

    TicketView view = TicketView::AllOpen;
    qint64 userId = 0; // who asks: 0 nobody (then "my" views are empty)
    int userTier = 0;  // their tier; 0: none ("unassigned in my tier" is then every tier)
    TicketFilter filter;
    qint64 nowMs = 0; // the time the view SlaAtRisk counts from
    TicketSortKey sortKey = TicketSortKey::Priority;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

} // namespace tierdesk
