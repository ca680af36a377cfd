#include "server/storage/auditlog.h"

#include "server/storage/database.h"

#include "core/timestamp.h"

namespace tierdesk {
namespace {

QJsonValue optionalText(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue();
}

QVariant nullableText(const std::optional<QString> &text)
{
    // A typed null, so that PostgreSQL is told the parameter is text even when no value comes with it.
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ticket_id"), ticketId},
            {QStringLiteral("actor_id"), actorId},
            {QStringLiteral("field"), field},
            {QStringLiteral("old"), optionalText(oldValue)},
            {QStringLiteral("new"), optionalText(newValue)},
            {QStringLiteral("at"), Timestamp::toIso(at)}};
}

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

void AuditLog::record(qint64 ticketId, qint64 actorId, const QString &field,
                      const std::optional<QString> &oldValue, const std::optional<QString> &newValue,
                      qint64 at)
{
    m_db.prepare(
            QStringLiteral("INSERT INTO ticket_audit (ticket_id, actor_id, field, old_value, new_value, at)"
                           " VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(ticketId)
        .bind(actorId)
        .bind(field)
        .bind(nullableText(oldValue))
        .bind(nullableText(newValue))
        .bind(at)
        .exec();
}

QList<AuditEntry> AuditLog::entries(qint64 ticketId)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, ticket_id, actor_id, field, old_value, new_value, at"
                                    " FROM ticket_audit WHERE ticket_id = ? ORDER BY id"));
    st.bind(ticketId).exec();
    QList<AuditEntry> out;
    while (st.next()) {
        AuditEntry e;
        e.id = st.int64(0);
        e.ticketId = st.int64(1);
        e.actorId = st.int64(2);
        e.field = st.text(3);
        if (!st.value(4).isNull())
            e.oldValue = st.text(4);
        if (!st.value(5).isNull())
            e.newValue = st.text(5);
        e.at = st.int64(6);
        out.append(e);
    }
    return out;
}

} // namespace tierdesk
