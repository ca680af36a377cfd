#include "queuepagecache.h"

namespace tierdesk {

void QueuePageCache::setCapacity(int pages)
{
    m_lastPage = -1;
    m_capacity = qMax(1, pages);
    while (m_order.size() > m_capacity)
        m_pages.remove(m_order.takeLast());
}

const QList<TicketQueryRow> *QueuePageCache::page(int page)
{
    if (page == m_lastPage)
        return m_lastRows; // already the most recently used
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    if (m_order.first() != page) {
        m_order.removeOne(page);
        m_order.prepend(page);
    }
    m_lastPage = page;
    m_lastRows = &it.value();
    return m_lastRows;
}

const QList<TicketQueryRow> *QueuePageCache::peek(int page) const
{
    if (page == m_lastPage)
        return m_lastRows;
    auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() ? nullptr : &it.value();
}

void QueuePageCache::insert(int page, QList<TicketQueryRow> rows)
{
    m_lastPage = -1; // the hash may move its nodes
    if (m_pages.contains(page))
        m_order.removeOne(page);
    m_pages.insert(page, std::move(rows));
    m_order.prepend(page);
    while (m_order.size() > m_capacity)
        m_pages.remove(m_order.takeLast());
}

void QueuePageCache::clear()
{
    m_lastPage = -1;
    m_pages.clear();
    m_order.clear();
}

QList<int> QueuePageCache::pages() const
{
    return m_order;
}

} // namespace tierdesk
