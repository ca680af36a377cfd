#pragma once

// The SQL of ticket queries over the local cache (internal to src/client/query: TicketQueryEngine and
// TicketCounter run it). Every value travels as a bound '?' value; the only literals in the SQL are the
// fixed status words below.

#include "ticketsortkey.h"
#include "ticketview.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace tierdesk {

struct TicketQuery;
struct TicketQueryRow;

namespace ticketsql {

// A boolean SQL expression over `tickets t` with its bound values.
struct Condition
{
    QString sql;
    QVariantList values;

    bool isEmpty() const { return sql.isEmpty(); }
    // this AND other (either may be empty)
    Condition operator&&(const Condition &other) const;
};

// The statuses of a ticket still being worked on (not resolved, not closed), as an SQL list.
QString openStatusList(); // "('new', 'open', 'waiting_customer', 'waiting_internal')"
QString waitingStatusList();

Condition viewCondition(TicketView view, qint64 userId, int userTier, qint64 nowMs);

// The conditions of a query: `where` (view and filter) and `check` (the filter's checks on the row,
// TicketFilter::Sql::check). searchIndex: see hasSearchIndex().
struct QueryConditions
{
    Condition where;
    Condition check;
};
QueryConditions conditionsOf(const TicketQuery &query, bool searchIndex);

// SELECT COUNT(*) of the rows matching `where` (which may be empty: all tickets).
QString countSelect(const Condition &where);

// The same condition in a form no index can serve (`+(...)`), so that SQLite walks the index of the ORDER BY
// and stops after one page instead of collecting every match and sorting it. Which is cheaper depends on how
// many rows match (see TicketQueryEngine::pageCondition).
Condition opaque(const Condition &c);

// The expressions a sort key orders by, most significant first; the last one is always t.id, so that the
// order is total (paging by LIMIT/OFFSET and keysets need it). Names sort case-insensitively (ASCII), by the
// copies of the requester's and owner's names that the cache keeps on each ticket row.
QStringList sortExpressions(TicketSortKey key);
QString orderBy(TicketSortKey key, Qt::SortOrder order);

// Rows that come strictly before (or after) the row whose sort keys are `keys`, in the order of `key`
// and `order`: a lexicographic comparison that places NULLs as SQLite sorts them (first when ascending).
Condition before(TicketSortKey key, Qt::SortOrder order, const QVariantList &keys);
Condition after(TicketSortKey key, Qt::SortOrder order, const QVariantList &keys);

// One page of rows (the columns readRow() reads, then the sort keys) in the order of `key`/`order`, for the
// rows matching `where`; binds: those of `where`, then LIMIT and OFFSET.
QString pageSelect(TicketSortKey key, Qt::SortOrder order, const QString &where);
// Reads the columns of pageSelect() from the current record of `q`.
TicketQueryRow readRow(const QSqlQuery &q, int sortKeyCount);

// Whether the cache has the full-text table `tickets_search` (FTS5, trigram tokenizer, columns subject,
// error_codes, tags, rowid = ticket id; LocalStore's schema 2 has it) that makes text filters fast.
bool hasSearchIndex(const QSqlDatabase &db);

} // namespace ticketsql
} // namespace tierdesk
