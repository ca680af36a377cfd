#pragma once

// The saved views of the queue (the list on the left of the queue window) and what each one means.
//
//     for (SavedView v : SavedViews::all())
//         qDebug() << SavedViews::title(v) << SavedViews::key(v);
//     queueModel->setSavedView(SavedView::WaitingOnOthers); // also applies the view's default order
//
// "Open" below means status new, open, waiting_customer or waiting_internal (not resolved, not closed).
//   MyTickets           owner = me, open.                                      Default order: priority, SLA
//   due. UnassignedInMyTier  no owner, tier = my tier (any tier if I have none), open.          priority, SLA
//   due. WaitingOnOthers     owner = me, status waiting_internal (a specialist/collaborator) or
//   waiting_customer;
//                       oldest first (by the last change, which for a waiting ticket is when it began to
//                       wait); the model paints aging colours (AgingScale).
//   Vip                 requester is a VIP customer (users.importance = 'vip'), open.     priority, SLA due.
//   SlaAtRisk           open, no first response yet, first-response SLA due within one hour or already
//                       breached.                                                  Default order: SLA due.
//   AllOpen             every open ticket.                                         priority, SLA due.
//   AllTickets          every ticket in the cache, resolved and closed ones too (to search old tickets
//                       with the filter box).                                      priority, SLA due.

#include "client/query/ticketquery.h"
#include "client/query/ticketview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <Qt>
#include <optional>

namespace tierdesk {

// A saved view is the client's TicketView of a query; titles, keys and default orders are the queue's.
using SavedView = TicketView;

class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(tierdesk::SavedViews)

public:
    static constexpr qint64 SlaRiskWindowMs = TicketQuery::SlaRiskWindowMs; // "at risk": due within this much

    static QList<SavedView> all();        // in the order of the left-hand list
    static QString title(SavedView view); // translated ("My tickets")
    static QString key(SavedView view);   // stable, for settings: "my", "unassigned", "waiting", ...
    static std::optional<SavedView> fromKey(const QString &key);
    static int defaultSortColumn(SavedView view); // a QueueModel::Column
    static Qt::SortOrder defaultSortOrder(SavedView view);
};

} // namespace tierdesk
