#include "conflictlog.h"

#include "preparedstatements.h"

#include "core/timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tierdesk {
namespace {

QJsonDocument parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8());
}

} // namespace

ConflictLog::ConflictLog(PreparedStatements &statements)
    : m_statements(statements)
{}

QList<Conflict> ConflictLog::conflicts()
{
    QSqlQuery &q = m_statements.query(
        QStringLiteral("SELECT outbox_id, entity, entity_id, fields, mine, theirs, base, created_at"
                       " FROM conflicts ORDER BY outbox_id"));
    PreparedStatements::exec(q);
    QList<Conflict> out;
    while (q.next()) {
        Conflict c;
        c.outboxId = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.entityId = q.value(2).toLongLong();
        for (const QJsonValue &v : parse(q.value(3)).array())
            c.fields << v.toString();
        c.mine = parse(q.value(4)).object();
        c.theirs = parse(q.value(5)).object();
        c.base = parse(q.value(6)).object();
        c.createdAt = q.value(7).toLongLong();
        out.append(c);
    }
    q.finish();
    return out;
}

QList<QJsonObject> ConflictLog::rejections()
{
    QSqlQuery &q = m_statements.query(
        QStringLiteral("SELECT kind, entity_id, payload, reason, at FROM rejections ORDER BY id"));
    PreparedStatements::exec(q);
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("kind"), q.value(0).toString()},
                               {QStringLiteral("entity_id"), q.value(1).toLongLong()},
                               {QStringLiteral("payload"), parse(q.value(2)).object()},
                               {QStringLiteral("reason"), q.value(3).toString()},
                               {QStringLiteral("at"), Timestamp::toIso(q.value(4).toLongLong())}});
    q.finish();
    return out;
}

} // namespace tierdesk
