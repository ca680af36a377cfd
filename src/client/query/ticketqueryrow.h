#pragma once

// One row of a ticket query as read from the local cache (TicketQueryEngine::page): what the queue shows of
// a ticket, and the values of the sort keys it was read in order of (for keyset paging).

#include <QString>
#include <QVariantList>

namespace tierdesk {

struct TicketQueryRow
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
    QVariantList sortKeys; // the values the query's order compared, most significant first

    bool sameContent(const TicketQueryRow &other) const; // every shown field (not the sort keys)
};

} // namespace tierdesk
