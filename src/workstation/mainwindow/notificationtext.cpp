#include "workstation/mainwindow/notificationtext.h"

#include "client/localstore.h"
#include "workstation/common/ticketdisplay.h"

namespace tierdesk {
namespace {

std::optional<QJsonObject> ticketOf(const Notification &n, LocalStore *store)
{
    if (!n.ticketId || !store || !store->isOpen())
        return std::nullopt;
    return store->ticket(*n.ticketId);
}

} // namespace

QString NotificationText::title(const Notification &n, LocalStore *store)
{
    const std::optional<QJsonObject> ticket = ticketOf(n, store);
    // Without the ticket in the cache (yet), the server's text starts with its number anyway.
    const QString number = ticket ? TicketDisplay::number(*ticket) : n.text.section(QLatin1Char(' '), 0, 0);
    switch (n.kind) {
    case NotificationKind::Assigned:
        return tr("Assigned to you: %1").arg(number);
    case NotificationKind::Reply:
        return tr("Reply on %1").arg(ticket ? number : tr("a ticket"));
    }
    return n.text;
}

QString NotificationText::text(const Notification &n, LocalStore *store)
{
    if (n.kind == NotificationKind::Assigned) {
        if (const std::optional<QJsonObject> ticket = ticketOf(n, store))
            return ticket->value(QLatin1String("subject")).toString();
    }
    return n.text;
}

} // namespace tierdesk
