#include "server/storage/changenotifier.h"

#include <QMutexLocker>
#include <vector>

namespace tierdesk {

ChangeNotifier::ChangeNotifier(qint64 initialSeq)
    : m_lastSeq(initialSeq)
{}

int ChangeNotifier::subscribe(Listener listener)
{
    QMutexLocker lock(&m_mutex);
    const int id = m_nextId++;
    m_listeners.emplace(id, std::move(listener));
    return id;
}

void ChangeNotifier::unsubscribe(int id)
{
    QMutexLocker lock(&m_mutex);
    m_listeners.erase(id);
}

void ChangeNotifier::publish(qint64 seq)
{
    std::vector<Listener> targets;
    {
        QMutexLocker lock(&m_mutex);
        if (seq <= m_lastSeq)
            return;
        m_lastSeq = seq;
        targets.reserve(m_listeners.size());
        for (const auto &[id, listener] : m_listeners)
            targets.push_back(listener);
    }
    // Outside the lock: a listener only posts work to its connection's strand, but must not deadlock if it
    // unsubscribes meanwhile.
    for (const Listener &listener : targets)
        listener(seq);
}

qint64 ChangeNotifier::lastSeq() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastSeq;
}

int ChangeNotifier::listenerCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_listeners.size());
}

} // namespace tierdesk
