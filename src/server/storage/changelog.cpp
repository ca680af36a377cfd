#include "server/storage/changelog.h"

#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/timestamp.h"
#include "core/user.h"

#include <QJsonDocument>

namespace tierdesk {

QJsonObject Change::data() const
{
    return QJsonDocument::fromJson(rawData).object();
}

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), op},
            {QStringLiteral("data"), data()}};
}

void Change::appendJson(QByteArray &out) const
{
    // entity and op are identifiers from our own code ([a-z_]), never user text: no escaping needed.
    out += "{\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"entity\":\"";
    out += entity.toLatin1();
    out += "\",\"id\":";
    out += QByteArray::number(id);
    out += ",\"op\":\"";
    out += op.toLatin1();
    out += "\",\"data\":";
    out += rawData.isEmpty() ? QByteArray("{}") : rawData;
    out += '}';
}

ChangeLog::ChangeLog(Database &db)
    : m_db(db)
{}

qint64 ChangeLog::append(const QString &entity, qint64 id, const QJsonObject &data,
                         const ChangeAudience &audience, const QString &op)
{
    Transaction *tx = Transaction::current();
    if (!tx || !tx->isWrite())
        throw DatabaseError(QStringLiteral("ChangeLog::append needs a write transaction"));
    const qint64 seq =
        m_db
            .prepare(QStringLiteral(
                "INSERT INTO changes (entity, entity_id, op, data, staff_only, customer_id, recipient_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"))
            .bind(entity)
            .bind(id)
            .bind(op)
            .bind(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
            .bind(audience.staffOnly ? 1 : 0)
            .bindOptional(audience.customerId)
            .bindOptional(audience.recipientId)
            .bind(Timestamp::nowMs())
            .execReturningId();
    tx->noteChange(seq);
    return seq;
}

qint64 ChangeLog::head()
{
    Statement st = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    st.exec();
    return st.next() ? st.int64(0) : 0;
}

ChangeLog::Page ChangeLog::page(const User &viewer, qint64 since, int limit)
{
    // Read the head first: writers are serialised and commit in sequence order, so everything up to it is
    // already visible and a reader that jumps to it cannot skip a change that commits later.
    const qint64 head = this->head();
    const bool staff = isStaff(viewer.role);
    // SQLite hands a BLOB over as bytes, sparing a UTF-8 → UTF-16 → UTF-8 round trip per change.
    const QString data = m_db.isPostgres() ? QStringLiteral("data") : QStringLiteral("CAST(data AS BLOB)");
    // Changes for one recipient are filtered for everyone, staff included: one agent's notifications are not
    // another's business. Written as COALESCE(recipient_id, me) = me rather than "IS NULL OR =", so that no
    // planner reads it as an OR over an index: the range of seq is the only good way through (the OR form
    // made SQLite merge two index scans and sort, 20 times slower per page).
    Statement st = m_db.prepare(
        (staff
             ? QStringLiteral("SELECT seq, entity, entity_id, op, %1 FROM changes WHERE seq > ? AND seq <= ?"
                              " AND COALESCE(recipient_id, ?) = ? ORDER BY seq LIMIT ?")
             : QStringLiteral("SELECT seq, entity, entity_id, op, %1 FROM changes WHERE seq > ? AND seq <= ?"
                              " AND staff_only = 0 AND (customer_id IS NULL OR customer_id = ?)"
                              " AND COALESCE(recipient_id, ?) = ? ORDER BY seq LIMIT ?"))
            .arg(data));
    st.bind(since).bind(head);
    if (!staff)
        st.bind(viewer.id);
    st.bind(viewer.id).bind(viewer.id);
    st.bind(limit + 1).exec();
    Page page;
    page.head = head;
    while (st.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c;
        c.seq = st.int64(0);
        c.entity = st.text(1);
        c.id = st.int64(2);
        c.op = st.text(3);
        const QVariant raw = st.value(4);
        c.rawData = raw.typeId() == QMetaType::QByteArray ? raw.toByteArray() : raw.toString().toUtf8();
        page.changes.append(c);
    }
    page.next = page.more ? page.changes.constLast().seq : std::max(since, head);
    return page;
}

} // namespace tierdesk
