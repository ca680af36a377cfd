#include "server/auth/loginratelimiter.h"

#include <QMutexLocker>

namespace tierdesk {

void LoginRateLimiter::prune(QList<qint64> &failures, qint64 nowMs) const
{
    while (!failures.isEmpty() && failures.constFirst() <= nowMs - WindowMs)
        failures.removeFirst();
}

int LoginRateLimiter::retryAfterSeconds(const QString &login, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_failures.find(login.toCaseFolded());
    if (it == m_failures.end())
        return 0;
    prune(*it, nowMs);
    if (it->size() < MaxFailures)
        return 0;
    return int((it->constFirst() + WindowMs - nowMs) / 1000) + 1;
}

void LoginRateLimiter::recordFailure(const QString &login, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    QList<qint64> &failures = m_failures[login.toCaseFolded()];
    prune(failures, nowMs);
    failures.append(nowMs);
    if (m_failures.size() > 100000) // bound memory under a spray of random logins
        m_failures.clear();
}

void LoginRateLimiter::recordSuccess(const QString &login)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(login.toCaseFolded());
}

} // namespace tierdesk
