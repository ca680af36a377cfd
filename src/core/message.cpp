#include "message.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QJsonArray Message::attachmentArray() const
{
    QJsonArray array;
    for (const AttachmentInfo &a : attachments)
        array.append(a.toJson());
    return array;
}

QJsonObject Message::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ticket_id"), ticketId},
            {QStringLiteral("author_id"), authorId},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("body"), body},
            {QStringLiteral("attachment_ids"), idArray(attachmentIds)},
            {QStringLiteral("attachments"), attachmentArray()},
            {QStringLiteral("created_at"), Timestamp::toIso(createdAt)}};
}

std::optional<Message> Message::fromJson(const QJsonObject &json)
{
    Message m;
    m.id = json.value(QStringLiteral("id")).toInteger();
    const auto kind = messageKindFromString(json.value(QStringLiteral("kind")).toString());
    if (m.id <= 0 || !kind)
        return std::nullopt;
    m.kind = *kind;
    m.ticketId = json.value(QStringLiteral("ticket_id")).toInteger();
    m.authorId = json.value(QStringLiteral("author_id")).toInteger();
    m.body = json.value(QStringLiteral("body")).toString();
    m.attachmentIds = readIdArray(json, QStringLiteral("attachment_ids"));
    for (const QJsonValue &v : json.value(QStringLiteral("attachments")).toArray()) {
        if (auto a = AttachmentInfo::fromJson(v.toObject()))
            m.attachments.append(*a);
    }
    m.createdAt = readTime(json, QStringLiteral("created_at"));
    return m;
}

} // namespace tierdesk
