#pragma once

// Runs one TicketQuery over the local cache (LocalStore's connection, on its thread): counts its rows, reads
// them a page at a time in its order, and finds where a ticket is in it. The queue model holds one and
// decides which pages to keep; the plan of each page query (walk the index of the order or collect the
// matches, LIMIT/OFFSET or keyset) is made here.
//
//     TicketQueryEngine engine(store);             // store: an open LocalStore that outlives it
//     engine.setQuery(query);                      // view, user, filter, now, order
//     bool ok = false;
//     const int rows = engine.count(&ok);
//     const QList<TicketQueryRow> first = engine.page(0, nullptr, &ok);
//     const int row = engine.rowOf(ticketId);      // -1 if the ticket does not match
//
// Failures are values: `ok` false (or -1) and lastError(). Speed on big caches comes from the indexes and
// the full-text table of the cache's schema (client/storeschema.h); without the full-text table text
// filters still work, scanning.

#include "ticketquery.h"
#include "ticketqueryrow.h"
#include "ticketsql.h"

#include <QList>
#include <QPointer>
#include <QString>

class QSqlQuery;

namespace tierdesk {

class LocalStore;

class TicketQueryEngine
{
public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultUncountedWalkBound = 50000; // a page of matches as rare as 1 in 250

    explicit TicketQueryEngine(LocalStore *store);

    // Whether the cache has the full-text table that makes text filters fast (looked at once, when made).
    bool hasSearchIndex() const { return m_searchIndex; }

    // The conditions are made from the query here (its nowMs among them), the order is read on every page.
    void setQuery(const TicketQuery &query);
    // Another order for the same conditions (they are not made again).
    void setSortOrder(TicketSortKey key, Qt::SortOrder order);
    const TicketQuery &query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // While the matches are not counted, the first page walks at most this many rows of the order before it
    // lets SQLite collect the matches instead (default DefaultUncountedWalkBound).
    void setUncountedWalkBound(int rows) { m_uncountedWalkBound = qMax(1, rows); }

    // Counts the matches (also remembered, for the plan of page queries, see setMatches()).
    int count(bool *ok) const;
    // What the plan of page queries takes the number of matches to be: set by count(), or by the caller
    // from a count made elsewhere (TicketCounter); -1: not counted yet (then page 0 is read by
    // firstPageUncounted()).
    void setMatches(int rows) { m_matches = rows; }
    int matches() const { return m_matches; }
    // Counts the rows of each of `queries` now, on this connection (what TicketCounter does on a thread of
    // its own); -1 for one that failed (logged). The query set by setQuery() is left as it is.
    QList<qint64> countEach(const QList<TicketQuery> &queries) const;

    // The page of rows that starts `offset` rows in. `previous`: the page before it, if the caller holds it
    // (deep in the list the page then starts after its last row instead of counting its way down); may be
    // null.
    QList<TicketQueryRow> page(qint64 offset, const QList<TicketQueryRow> *previous, bool *ok) const;
    // The first page while the number of matches is unknown.
    QList<TicketQueryRow> firstPageUncounted(bool *ok) const;
    // The row of a ticket in the current order, by SQL (its sort keys, then a count of the rows before it);
    // -1 if it does not match or on failure.
    int rowOf(qint64 id) const;

    int queryCount() const { return m_queryCount; } // SQL statements run so far (tests of the windowing)
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &error) { m_lastError = error; } // a failure the caller met (a count)

private:
    // The condition of a page (or position) query that starts `offset` rows in: as it is when few rows match
    // (SQLite collects them through the best index and sorts them), or opaque when many do (walking the
    // index of the order finds a page sooner than collecting them all would).
    ticketsql::Condition pageCondition(qint64 offset) const;
    // The whole condition (view, filter, the filter's row checks) as SQLite may plan it, and as a walk of
    // the order's index evaluates it (no index of the condition used; checks on the row last).
    ticketsql::Condition plainCondition() const { return m_where && m_check; }
    ticketsql::Condition walkCondition() const { return ticketsql::opaque(m_where) && m_check; }
    QList<TicketQueryRow> fetchRows(const ticketsql::Condition &where, qint64 offset, bool *ok) const;
    bool isOpen() const;
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const;

    QPointer<LocalStore> m_store;
    bool m_searchIndex = false; // the cache has the tickets_search full-text table
    TicketQuery m_query;
    ticketsql::Condition m_where;   // view and filter
    ticketsql::Condition m_check;   // the filter's checks on the row (TicketFilter::Sql::check)
    mutable int m_matches = 0;      // rows the condition matched at the last count; -1 while counting
    mutable qint64 m_tableRows = 0; // estimate of all tickets in the cache (for the plan of page queries)
    int m_pageSize = DefaultPageSize;
    int m_uncountedWalkBound = DefaultUncountedWalkBound;
    mutable int m_queryCount = 0;
    mutable QString m_lastError;
};

} // namespace tierdesk
