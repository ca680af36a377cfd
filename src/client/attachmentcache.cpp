#include "attachmentcache.h"

#include "preparedstatements.h"
#include "storemeta.h"
#include "storetransaction.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAttachmentCache, "tierdesk.store.attachments")

namespace tierdesk {

AttachmentCache::AttachmentCache(PreparedStatements &statements)
    : m_statements(statements)
{}

void AttachmentCache::setLimit(qint64 bytes)
{
    StoreTransaction tx(m_statements.database());
    StoreMeta(m_statements).setValue(QStringLiteral("attachment_cache_limit"), QString::number(bytes));
    evict();
    tx.commit();
}

qint64 AttachmentCache::limit()
{
    return StoreMeta(m_statements)
        .value(QStringLiteral("attachment_cache_limit"), QString::number(DefaultLimit))
        .toLongLong();
}

qint64 AttachmentCache::size()
{
    QSqlQuery &q = m_statements.query(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM attachment_cache"));
    PreparedStatements::exec(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

void AttachmentCache::insert(qint64 id, const QByteArray &sha256Hex, const QByteArray &bytes)
{
    if (bytes.size() > limit())
        return;
    StoreTransaction tx(m_statements.database());
    const qint64 clock = nextClock();
    QSqlQuery &q = m_statements.query(
        QStringLiteral("INSERT OR REPLACE INTO attachment_cache (id, sha256, size, data, last_used)"
                       " VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, id);
    q.bindValue(1, QString::fromLatin1(sha256Hex));
    q.bindValue(2, qint64(bytes.size()));
    q.bindValue(3, bytes);
    q.bindValue(4, clock);
    PreparedStatements::exec(q);
    evict();
    tx.commit();
}

std::optional<QByteArray> AttachmentCache::bytes(qint64 id)
{
    StoreTransaction tx(m_statements.database());
    QSqlQuery &q =
        m_statements.query(QStringLiteral("SELECT data, sha256 FROM attachment_cache WHERE id = ?"));
    q.bindValue(0, id);
    PreparedStatements::exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const QByteArray data = q.value(0).toByteArray();
    const QByteArray sha = q.value(1).toString().toLatin1();
    q.finish();
    if (QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() != sha) {
        QSqlQuery &d = m_statements.query(QStringLiteral("DELETE FROM attachment_cache WHERE id = ?"));
        d.bindValue(0, id);
        PreparedStatements::exec(d);
        tx.commit();
        qCWarning(lcAttachmentCache) << "dropped damaged attachment" << id << "from the cache";
        return std::nullopt;
    }
    QSqlQuery &u =
        m_statements.query(QStringLiteral("UPDATE attachment_cache SET last_used = ? WHERE id = ?"));
    u.bindValue(0, nextClock());
    u.bindValue(1, id);
    PreparedStatements::exec(u);
    tx.commit();
    return data;
}

qint64 AttachmentCache::nextClock()
{
    StoreMeta meta(m_statements);
    const qint64 clock = meta.value(QStringLiteral("lru_clock"), QStringLiteral("0")).toLongLong() + 1;
    meta.setValue(QStringLiteral("lru_clock"), QString::number(clock));
    return clock;
}

void AttachmentCache::evict()
{
    const qint64 cap = limit();
    qint64 held = size();
    while (held > cap) {
        QSqlQuery &q = m_statements.query(
            QStringLiteral("SELECT id, size FROM attachment_cache ORDER BY last_used LIMIT 1"));
        PreparedStatements::exec(q);
        if (!q.next()) {
            q.finish();
            break;
        }
        const qint64 id = q.value(0).toLongLong();
        held -= q.value(1).toLongLong();
        q.finish();
        QSqlQuery &d = m_statements.query(QStringLiteral("DELETE FROM attachment_cache WHERE id = ?"));
        d.bindValue(0, id);
        PreparedStatements::exec(d);
        qCDebug(lcAttachmentCache) << "evicted attachment" << id << "from the cache";
    }
}

} // namespace tierdesk
