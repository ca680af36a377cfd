#include "queuerow.h"

#include <QSqlQuery>

namespace tierdesk {

QueueRow QueueRow::fromQuery(const QSqlQuery &q, int sortKeyCount)
{
    QueueRow r;
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

bool QueueRow::sameContent(const QueueRow &o) const
{
    return id == o.id && number == o.number && subject == o.subject && status == o.status &&
           severity == o.severity && priority == o.priority && requesterId == o.requesterId &&
           requesterName == o.requesterName && vip == o.vip && ownerId == o.ownerId &&
           ownerName == o.ownerName && tier == o.tier && groupName == o.groupName && slaDueAt == o.slaDueAt &&
           firstResponseAt == o.firstResponseAt && updatedAt == o.updatedAt && pending == o.pending;
}

} // namespace tierdesk
