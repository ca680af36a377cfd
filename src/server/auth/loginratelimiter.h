#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace tierdesk {

// Slows down password guessing: after MaxFailures failed logins for one account within the window, further
// attempts are refused (429) until the oldest failure leaves the window. Per server instance, in memory.
class LoginRateLimiter
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;

    // Seconds to wait, or 0 when an attempt is allowed now.
    int retryAfterSeconds(const QString &login, qint64 nowMs);
    void recordFailure(const QString &login, qint64 nowMs);
    void recordSuccess(const QString &login);

private:
    void prune(QList<qint64> &failures, qint64 nowMs) const;

    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace tierdesk
