#include "ticketqueryengine.h"

#include "client/localstore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <limits>

Q_LOGGING_CATEGORY(lcTicketQuery, "tierdesk.client.query", QtInfoMsg)

namespace tierdesk {
namespace {

// Keyset paging ("the rows after the last one of the previous page") only pays off deep in the list; near
// the top LIMIT/OFFSET is as fast and simpler for SQLite to plan.
constexpr int KeysetFromOffset = 2000;

} // namespace

TicketQueryEngine::TicketQueryEngine(LocalStore *store)
    : m_store(store)
{
    m_searchIndex = store && store->isOpen() && ticketsql::hasSearchIndex(store->database());
    setQuery(m_query);
}

void TicketQueryEngine::setQuery(const TicketQuery &query)
{
    m_query = query;
    const ticketsql::QueryConditions c = ticketsql::conditionsOf(m_query, m_searchIndex);
    m_where = c.where;
    m_check = c.check;
}

void TicketQueryEngine::setSortOrder(TicketSortKey key, Qt::SortOrder order)
{
    m_query.sortKey = key;
    m_query.sortOrder = order;
}

bool TicketQueryEngine::isOpen() const
{
    return m_store && m_store->isOpen();
}

ticketsql::Condition TicketQueryEngine::pageCondition(qint64 offset) const
{
    if (m_where.isEmpty())
        return m_check;
    if (m_matches < 0)
        return plainCondition(); // not counted yet (deeper pages only; the first has its own plan)
    // Walking reads about (offset + page) × all / matches rows; collecting reads every match once.
    const double walked = double(offset + m_pageSize) * double(qMax<qint64>(m_tableRows, m_matches)) /
                          double(qMax(1, m_matches));
    return walked < double(m_matches) ? walkCondition() : plainCondition();
}

bool TicketQueryEngine::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    ++m_queryCount;
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        qCWarning(lcTicketQuery) << "prepare failed:" << m_lastError << sql;
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcTicketQuery) << "query failed:" << m_lastError << sql;
        return false;
    }
    return true;
}

int TicketQueryEngine::count(bool *ok) const
{
    *ok = false;
    if (!isOpen())
        return 0;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_store->database());
    const ticketsql::Condition where = plainCondition();
    if (!exec(q, ticketsql::countSelect(where), where.values) || !q.next())
        return 0;
    *ok = true;
    m_matches = int(qMin<qint64>(q.value(0).toLongLong(), std::numeric_limits<int>::max()));
    q.finish();
    // The largest id is as many tickets as the cache holds, near enough (ids are the server's, dense).
    if (exec(q, QStringLiteral("SELECT MAX(id) FROM tickets"), {}) && q.next())
        m_tableRows = q.value(0).toLongLong();
    qCDebug(lcTicketQuery).noquote() << "count" << timer.nsecsElapsed() / 1000
                                     << "µs:" << where.sql.left(200);
    return m_matches;
}

QList<qint64> TicketQueryEngine::countEach(const QList<TicketQuery> &queries) const
{
    QList<qint64> counts;
    if (!isOpen())
        return counts;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    for (const TicketQuery &query : queries) {
        const ticketsql::QueryConditions c = ticketsql::conditionsOf(query, m_searchIndex);
        const ticketsql::Condition where = c.where && c.check;
        qint64 n = -1;
        if (!q.prepare(ticketsql::countSelect(where))) {
            qCWarning(lcTicketQuery) << "prepare failed:" << q.lastError().text();
        } else {
            for (int i = 0; i < where.values.size(); ++i)
                q.bindValue(i, where.values.at(i));
            if (q.exec() && q.next())
                n = q.value(0).toLongLong();
            else
                qCWarning(lcTicketQuery) << "count failed:" << q.lastError().text();
            q.finish();
        }
        counts << n;
    }
    return counts;
}

QList<TicketQueryRow> TicketQueryEngine::page(qint64 offset, const QList<TicketQueryRow> *previous,
                                              bool *ok) const
{
    *ok = false;
    if (!isOpen())
        return {};
    if (m_matches < 0 && offset == 0)
        return firstPageUncounted(ok);
    const bool keyset = offset >= KeysetFromOffset && previous && previous->size() == m_pageSize;
    ticketsql::Condition where = pageCondition(keyset ? 0 : offset);
    if (keyset) {
        where = where && ticketsql::after(m_query.sortKey, m_query.sortOrder, previous->last().sortKeys);
        offset = 0;
    }
    return fetchRows(where, offset, ok);
}

QList<TicketQueryRow> TicketQueryEngine::fetchRows(const ticketsql::Condition &where, qint64 offset,
                                                   bool *ok) const
{
    *ok = false;
    QList<TicketQueryRow> rows;
    const QString sql = ticketsql::pageSelect(m_query.sortKey, m_query.sortOrder, where.sql);
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_store->database());
    if (!exec(q, sql, where.values + QVariantList{m_pageSize, offset}))
        return rows;
    const int keys = int(ticketsql::sortExpressions(m_query.sortKey).size());
    rows.reserve(m_pageSize);
    while (q.next())
        rows.append(ticketsql::readRow(q, keys));
    *ok = true;
    qCDebug(lcTicketQuery).noquote() << "page" << timer.nsecsElapsed() / 1000 << "µs:" << where.sql.left(200)
                                     << "ORDER BY" << ticketsql::orderBy(m_query.sortKey, m_query.sortOrder)
                                     << "OFFSET" << offset;
    return rows;
}

// Without a count there is no telling whether walking the index of the order (fast when matches are
// common: it stops after a page) or collecting the matches (fast when they are rare) is cheaper. So the
// walk goes first but only over the first m_uncountedWalkBound rows of the order, whose end the index alone
// finds; a walk that finds less than a page there leaves it to SQLite to collect the matches.
QList<TicketQueryRow> TicketQueryEngine::firstPageUncounted(bool *ok) const
{
    *ok = false;
    if (!isOpen())
        return {};
    const QStringList exprs = ticketsql::sortExpressions(m_query.sortKey);
    QSqlQuery q(m_store->database());
    if (!exec(q,
              QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM tickets t ORDER BY ") +
                  ticketsql::orderBy(m_query.sortKey, m_query.sortOrder) +
                  QStringLiteral(" LIMIT 1 OFFSET ?"),
              {m_uncountedWalkBound}))
        return {};
    ticketsql::Condition walk = walkCondition();
    const bool bounded = q.next();
    if (bounded) {
        QVariantList end;
        for (int i = 0; i < exprs.size(); ++i)
            end << q.value(i);
        walk = walk && ticketsql::before(m_query.sortKey, m_query.sortOrder, end);
    }
    q.finish();
    QList<TicketQueryRow> rows = fetchRows(walk, 0, ok);
    if (!*ok || rows.size() == m_pageSize || !bounded)
        return rows;
    return fetchRows(plainCondition(), 0, ok);
}

int TicketQueryEngine::rowOf(qint64 id) const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_store->database());
    QString sql = QStringLiteral("SELECT ") +
                  ticketsql::sortExpressions(m_query.sortKey).join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM tickets t WHERE t.id = ?");
    const ticketsql::Condition condition = plainCondition();
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND (") + condition.sql + QLatin1Char(')');
    if (!exec(q, sql, QVariantList{id} + condition.values) || !q.next())
        return -1;
    QVariantList keys;
    for (int i = 0; i < q.record().count(); ++i)
        keys << q.value(i);
    q.finish();
    const ticketsql::Condition where =
        pageCondition(0) && ticketsql::before(m_query.sortKey, m_query.sortOrder, keys);
    QElapsedTimer timer;
    timer.start();
    if (!exec(q, ticketsql::countSelect(where), where.values) || !q.next())
        return -1;
    qCDebug(lcTicketQuery).noquote() << "position" << timer.nsecsElapsed() / 1000
                                     << "µs:" << where.sql.left(200);
    return q.value(0).toInt();
}

} // namespace tierdesk
