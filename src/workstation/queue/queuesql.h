#pragma once

// The SQL the queue models run over the local cache (internal to src/workstation/queue). Every value
// travels as a bound '?' value; the only literals in the SQL are the fixed status words below.

#include "savedview.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tierdesk {

struct QueueUser;

namespace queuesql {

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

Condition viewCondition(SavedView view, const QueueUser &me, qint64 nowMs);

// The same condition in a form no index can serve (`+(...)`), so that SQLite walks the index of the ORDER BY
// and stops after one page instead of collecting every match and sorting it. Which is cheaper depends on how
// many rows match (see QueueModel::pageCondition).
Condition opaque(const Condition &c);

// The expressions a column sorts by, most significant first; the last one is always t.id, so that the order
// is total (paging by LIMIT/OFFSET and keysets need it). Names sort case-insensitively (ASCII), by the
// copies of the requester's and owner's names that the cache keeps on each ticket row.
QStringList sortExpressions(int column);
QString orderBy(int column, Qt::SortOrder order);

// Rows that come strictly before (or after) the row whose sort keys are `keys`, in the order of `column`
// and `order`: a lexicographic comparison that places NULLs as SQLite sorts them (first when ascending).
Condition before(int column, Qt::SortOrder order, const QVariantList &keys);
Condition after(int column, Qt::SortOrder order, const QVariantList &keys);

// One page of queue rows (the columns QueueRow::fromQuery reads, then the sort keys) in the order of
// `column`/`order`, for the rows matching `where`; binds: those of `where`, then LIMIT and OFFSET.
QString pageSelect(int column, Qt::SortOrder order, const QString &where);

// Whether the cache has the full-text table `tickets_search` (FTS5, trigram tokenizer, columns subject,
// error_codes, tags, rowid = ticket id; LocalStore's schema 2 has it) that makes text filters fast.
bool hasSearchIndex(const QSqlDatabase &db);

} // namespace queuesql
} // namespace tierdesk
