#pragma once

// One row of the queue as read from the cache (internal to src/workstation/queue).

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace tierdesk {

struct QueueRow
{
    qint64 id = 0;
    qint64 number = 0; // 0: not numbered yet (created offline)
    QString subject;
    QString status;
    int severity = 0;
    int priority = 0;
    qint64 requesterId = 0;
    QString requesterName;
    bool vip = false;
    qint64 ownerId = 0;
    QString ownerName;
    int tier = 0;
    QString groupName;
    qint64 slaDueAt = 0;
    qint64 firstResponseAt = 0;
    qint64 updatedAt = 0;
    int pending = 0;
    QVariantList sortKeys; // the values of queuesql::sortExpressions() of the order it was read in

    // Reads the columns of queuesql::pageSelect() from the current record of `q`.
    static QueueRow fromQuery(const QSqlQuery &q, int sortKeyCount);
    bool sameContent(const QueueRow &other) const; // every shown field (not the sort keys)
};

} // namespace tierdesk
