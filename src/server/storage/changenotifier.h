#pragma once

#include <QMutex>
#include <functional>
#include <map>

namespace tierdesk {

// Fans "the change log now reaches sequence N" out to every WebSocket stream of this process. Fed by local
// commits and, on PostgreSQL, by NOTIFY from other server instances; older or repeated sequences are dropped,
// so each listener sees a strictly increasing series.
class ChangeNotifier
{
public:
    using Listener = std::function<void(qint64 seq)>;

    explicit ChangeNotifier(qint64 initialSeq = 0);

    int subscribe(Listener listener);
    void unsubscribe(int id);
    void publish(qint64 seq);
    qint64 lastSeq() const;
    int listenerCount() const;

private:
    mutable QMutex m_mutex;
    qint64 m_lastSeq;
    int m_nextId = 1;
    std::map<int, Listener> m_listeners;
};

} // namespace tierdesk
