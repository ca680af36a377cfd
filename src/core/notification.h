#pragma once

#include "domaintypes.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tierdesk {

// Something one user is told about: a ticket assigned to them, a reply on their ticket. Seen by its
// recipient alone. `text` is what it is about (the ticket's number and subject, or a reply's opening words),
// not a sentence: each program phrases the sentence from `kind` in its user's language.
struct Notification
{
    qint64 id = 0;
    qint64 userId = 0;
    NotificationKind kind = NotificationKind::Assigned;
    std::optional<qint64> ticketId;
    QString text;
    qint64 createdAt = 0;
    std::optional<qint64> readAt;

    bool isRead() const { return readAt.has_value(); }

    // The longest `text` kept; longer text is cut at a word with an ellipsis.
    static constexpr int MaxTextLength = 200;

    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
