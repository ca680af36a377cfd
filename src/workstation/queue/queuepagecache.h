#pragma once

// A least-recently-used set of row pages of the queue (internal to src/workstation/queue).

#include "client/query/ticketqueryrow.h"

#include <QHash>
#include <QList>

namespace tierdesk {

class QueuePageCache
{
public:
    explicit QueuePageCache(int capacity)
        : m_capacity(qMax(1, capacity))
    {}

    void setCapacity(int pages);
    int capacity() const { return m_capacity; }
    bool contains(int page) const { return m_pages.contains(page); }
    const QList<TicketQueryRow> *page(int page); // marks it recently used; nullptr if absent
    const QList<TicketQueryRow> *peek(int page) const;
    void insert(int page, QList<TicketQueryRow> rows); // may evict the least recently used page
    void clear();
    QList<int> pages() const; // most recently used first
    int size() const { return int(m_pages.size()); }

private:
    int m_capacity;
    QHash<int, QList<TicketQueryRow>> m_pages;
    QList<int> m_order; // most recently used first
    // The page asked for last: views ask for the cells of one page many times in a row.
    mutable int m_lastPage = -1;
    mutable const QList<TicketQueryRow> *m_lastRows = nullptr;
};

} // namespace tierdesk
