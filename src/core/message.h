#pragma once

#include "attachmentinfo.h"
#include "domaintypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace tierdesk {

// One entry of a ticket's conversation. Internal notes are for staff only and never reach a customer.
struct Message
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 authorId = 0;
    MessageKind kind = MessageKind::Public;
    QString body;
    QList<qint64> attachmentIds;
    QList<AttachmentInfo> attachments; // metadata of attachmentIds, in the same order
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    QJsonArray attachmentArray() const;
    static std::optional<Message> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
