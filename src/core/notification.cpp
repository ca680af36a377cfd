#include "notification.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QJsonObject Notification::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("ticket_id"), optionalId(ticketId)},
            {QStringLiteral("text"), text},
            {QStringLiteral("created_at"), Timestamp::toIso(createdAt)},
            {QStringLiteral("read_at"), optionalTime(readAt)}};
}

std::optional<Notification> Notification::fromJson(const QJsonObject &json)
{
    Notification n;
    n.id = json.value(QStringLiteral("id")).toInteger();
    n.userId = json.value(QStringLiteral("user_id")).toInteger();
    const std::optional<NotificationKind> kind =
        notificationKindFromString(json.value(QStringLiteral("kind")).toString());
    // A kind this build does not know yet (a newer server) is not an error worth losing the rest for, but
    // there is nothing sensible to show for it either.
    if (n.id <= 0 || n.userId <= 0 || !kind)
        return std::nullopt;
    n.kind = *kind;
    n.ticketId = readOptionalId(json, QStringLiteral("ticket_id"));
    n.text = json.value(QStringLiteral("text")).toString();
    n.createdAt = readTime(json, QStringLiteral("created_at"));
    n.readAt = readOptionalTime(json, QStringLiteral("read_at"));
    return n;
}

} // namespace tierdesk
