#include "ticketsql.h"

#include "ticketquery.h"
#include "ticketqueryrow.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace tierdesk::ticketsql {

Condition Condition::operator&&(const Condition &other) const
{
    if (other.isEmpty())
        return *this;
    if (isEmpty())
        return other;
    return {QLatin1Char('(') + sql + QStringLiteral(") AND (") + other.sql + QLatin1Char(')'),
            values + other.values};
}

QString openStatusList()
{
    return QStringLiteral("('new', 'open', 'waiting_customer', 'waiting_internal')");
}

QString waitingStatusList()
{
    return QStringLiteral("('waiting_customer', 'waiting_internal')");
}

Condition viewCondition(TicketView view, qint64 userId, int userTier, qint64 nowMs)
{
    const QString status = QStringLiteral("t.status");
    const QString open = status + QStringLiteral(" IN ") + openStatusList();
    switch (view) {
    case TicketView::MyTickets:
        return {QStringLiteral("t.owner_id = ? AND ") + open, {userId}};
    case TicketView::UnassignedInMyTier:
        if (userTier <= 0)
            return {QStringLiteral("t.owner_id IS NULL AND ") + open, {}};
        return {QStringLiteral("t.owner_id IS NULL AND t.tier = ? AND ") + open, {userTier}};
    case TicketView::WaitingOnOthers:
        // (open AND waiting is waiting; spelt out so that an index limited to open tickets applies)
        return {QStringLiteral("t.owner_id = ? AND ") + open + QStringLiteral(" AND ") + status +
                    QStringLiteral(" IN ") + waitingStatusList(),
                {userId}};
    case TicketView::Vip:
        return {QStringLiteral("t.requester_id IN (SELECT id FROM users WHERE importance = 'vip') AND ") +
                    open,
                {}};
    case TicketView::SlaAtRisk:
        // The SLA is a first-response target: once answered it no longer runs. `+t.status` keeps SQLite off
        // the status index (its guess without statistics) so that it counts in tickets_sla_unanswered alone.
        return {QStringLiteral("+t.status IN ") + openStatusList() +
                    QStringLiteral(" AND t.first_response_at IS NULL AND t.sla_due_at <= ?"),
                {nowMs + TicketQuery::SlaRiskWindowMs}};
    case TicketView::AllOpen:
        return {open, {}};
    case TicketView::AllTickets:
        return {};
    }
    return {open, {}};
}

QueryConditions conditionsOf(const TicketQuery &query, bool searchIndex)
{
    const TicketFilter::Sql filter = query.filter.toSql(query.userId, searchIndex);
    return {viewCondition(query.view, query.userId, query.userTier, query.nowMs) &&
                Condition{filter.where, filter.values},
            {filter.check, filter.checkValues}};
}

QString countSelect(const Condition &where)
{
    return QStringLiteral("SELECT COUNT(*) FROM tickets t") +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql);
}

QStringList sortExpressions(TicketSortKey key)
{
    switch (key) {
    case TicketSortKey::Number:
        return {QStringLiteral("t.number"), QStringLiteral("t.id")};
    case TicketSortKey::Subject:
        return {QStringLiteral("t.subject COLLATE NOCASE"), QStringLiteral("t.id")};
    case TicketSortKey::Requester:
        return {QStringLiteral("t.requester_name COLLATE NOCASE"), QStringLiteral("t.id")};
    case TicketSortKey::Severity:
        return {QStringLiteral("t.severity"), QStringLiteral("t.id")};
    case TicketSortKey::Status:
        // The status words sort alphabetically in workflow order for the open ones: new, open,
        // waiting_customer, waiting_internal (resolved and closed only show when filtered for).
        return {QStringLiteral("t.status"), QStringLiteral("t.id")};
    case TicketSortKey::Owner:
        return {QStringLiteral("t.owner_name COLLATE NOCASE"), QStringLiteral("t.id")};
    case TicketSortKey::Tier:
        return {QStringLiteral("t.tier"), QStringLiteral("t.id")};
    case TicketSortKey::SlaDue:
        return {QStringLiteral("t.sla_due_at"), QStringLiteral("t.id")};
    case TicketSortKey::LastActivity:
        return {QStringLiteral("t.updated_at"), QStringLiteral("t.id")};
    case TicketSortKey::Priority:
    default:
        return {QStringLiteral("t.priority"), QStringLiteral("t.sla_due_at"), QStringLiteral("t.id")};
    }
}

QString orderBy(TicketSortKey key, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString &e : sortExpressions(key))
        terms << e + direction;
    return terms.join(QStringLiteral(", "));
}

namespace {

// Columns declared NOT NULL in the cache: comparisons on them need no NULL branch, which keeps them usable
// as index ranges.
bool nullable(const QString &e)
{
    static const QStringList notNull{QStringLiteral("t.id"), QStringLiteral("t.priority"),
                                     QStringLiteral("t.severity"), QStringLiteral("t.status"),
                                     QStringLiteral("t.subject COLLATE NOCASE")};
    return !notNull.contains(e);
}

// Is a row with key `e` strictly earlier (or later) than the value v, in this direction? NULLs sort first
// in ascending order and last in descending order, as SQLite does. Empty sql: never.
Condition strictly(const QString &e, const QVariant &v, bool ascending, bool earlier)
{
    const bool wantSmaller = ascending == earlier; // ascending+earlier or descending+later: smaller values
    if (v.isNull()) {
        // NULL is the smallest value: nothing is smaller, everything non-null is greater.
        if (wantSmaller)
            return {};
        return {e + QStringLiteral(" IS NOT NULL"), {}};
    }
    if (wantSmaller)
        return {nullable(e) ? QStringLiteral("(%1 IS NULL OR %1 < ?)").arg(e) : e + QStringLiteral(" < ?"),
                {v}};
    return {e + QStringLiteral(" > ?"), {v}};
}

Condition lexicographic(TicketSortKey key, Qt::SortOrder order, const QVariantList &keys, bool earlier)
{
    const QStringList exprs = sortExpressions(key);
    const bool ascending = order == Qt::AscendingOrder;
    QStringList alternatives;
    QVariantList values;
    // (k0 < v0) OR (k0 IS v0 AND k1 < v1) OR ...
    for (int i = 0; i < exprs.size() && i < keys.size(); ++i) {
        const Condition step = strictly(exprs.at(i), keys.at(i), ascending, earlier);
        if (step.isEmpty())
            continue;
        QStringList parts;
        QVariantList partValues;
        for (int j = 0; j < i; ++j) {
            parts << exprs.at(j) + QStringLiteral(" IS ?");
            partValues << keys.at(j);
        }
        parts << step.sql;
        partValues << step.values;
        alternatives << QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        values << partValues;
    }
    if (alternatives.isEmpty())
        return {QStringLiteral("0"), {}};
    Condition result{alternatives.join(QStringLiteral(" OR ")), values};
    // A redundant range on the first key lets SQLite start an index walk there instead of at the top.
    const QVariant first = keys.value(0);
    if (!first.isNull()) {
        const bool wantSmaller = ascending == earlier;
        const QString e = exprs.first();
        Condition range;
        if (!wantSmaller)
            range = {e + QStringLiteral(" >= ?"), {first}};
        else if (nullable(e))
            range = {QStringLiteral("(%1 IS NULL OR %1 <= ?)").arg(e), {first}};
        else
            range = {e + QStringLiteral(" <= ?"), {first}};
        result = range && result;
    }
    return result;
}

} // namespace

Condition opaque(const Condition &c)
{
    if (c.isEmpty())
        return c;
    return {QStringLiteral("+(") + c.sql + QLatin1Char(')'), c.values};
}

Condition before(TicketSortKey key, Qt::SortOrder order, const QVariantList &keys)
{
    return lexicographic(key, order, keys, true);
}

Condition after(TicketSortKey key, Qt::SortOrder order, const QVariantList &keys)
{
    return lexicographic(key, order, keys, false);
}

QString pageSelect(TicketSortKey key, Qt::SortOrder order, const QString &where)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QStringList exprs = sortExpressions(key);
    QStringList keys, outerOrder;
    for (int i = 0; i < exprs.size(); ++i) {
        keys << QStringLiteral("%1 AS k%2").arg(exprs.at(i)).arg(i);
        const bool nocase = exprs.at(i).endsWith(QLatin1String("COLLATE NOCASE"));
        outerOrder << QStringLiteral("p.k%1").arg(i) +
                          (nocase ? QStringLiteral(" COLLATE NOCASE") : QString()) + direction;
    }
    QStringList outerKeys;
    for (int i = 0; i < exprs.size(); ++i)
        outerKeys << QStringLiteral("p.k%1").arg(i);
    // Two steps: the window of ids is chosen from the narrow columns alone (indexes can answer it without
    // touching the wide rows), then only those rows are read whole, joined to the requester (VIP) and the
    // group. CROSS JOIN keeps that order of the loops. The names are the cache's copies on the ticket row.
    QString inner = QStringLiteral("SELECT t.id AS qid, ") + keys.join(QStringLiteral(", ")) +
                    QStringLiteral(" FROM tickets t");
    if (!where.isEmpty())
        inner += QStringLiteral(" WHERE ") + where;
    inner += QStringLiteral(" ORDER BY ") + orderBy(key, order) + QStringLiteral(" LIMIT ? OFFSET ?");
    return QStringLiteral(
               "SELECT t.id, t.number, t.subject, t.status, t.severity, t.priority, t.requester_id,"
               " t.requester_name, ru.importance, t.owner_id, t.owner_name, t.tier, g.name, t.sla_due_at,"
               " t.first_response_at, t.updated_at, t.pending, %1 FROM (%2) AS p CROSS JOIN tickets t"
               " ON t.id = p.qid LEFT JOIN users ru ON ru.id = t.requester_id"
               " LEFT JOIN groups g ON g.id = t.group_id ORDER BY %3")
        .arg(outerKeys.join(QStringLiteral(", ")), inner, outerOrder.join(QStringLiteral(", ")));
}

TicketQueryRow readRow(const QSqlQuery &q, int sortKeyCount)
{
    TicketQueryRow r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.number = q.value(i++).toLongLong();
    r.subject = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.severity = q.value(i++).toInt();
    r.priority = q.value(i++).toInt();
    r.requesterId = q.value(i++).toLongLong();
    r.requesterName = q.value(i++).toString();
    r.vip = q.value(i++).toString() == QLatin1String("vip");
    r.ownerId = q.value(i++).toLongLong();
    r.ownerName = q.value(i++).toString();
    r.tier = q.value(i++).toInt();
    r.groupName = q.value(i++).toString();
    r.slaDueAt = q.value(i++).toLongLong();
    r.firstResponseAt = q.value(i++).toLongLong();
    r.updatedAt = q.value(i++).toLongLong();
    r.pending = q.value(i++).toInt();
    r.sortKeys.reserve(sortKeyCount);
    for (int k = 0; k < sortKeyCount; ++k)
        r.sortKeys << q.value(i + k);
    return r;
}

bool hasSearchIndex(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'tickets_search'")) && q.next();
}

} // namespace tierdesk::ticketsql
