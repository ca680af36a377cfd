#pragma once

#include <QtGlobal>

namespace tierdesk {

// Exponential backoff with full jitter: attempt n waits a random time in [base*2^(n-1)/2, base*2^(n-1)],
// capped at maxDelayMs, so that a hundred clients returning after an outage do not all knock at once.
class RetryPolicy
{
public:
    RetryPolicy(int maxAttempts = 4, int baseDelayMs = 250, int maxDelayMs = 30000);

    int maxAttempts() const { return m_maxAttempts; }
    // Delay before attempt number `attempt` (2 = the first retry). `unitRandom` in [0,1) for tests; the
    // overload without it draws from QRandomGenerator.
    int delayMs(int attempt, double unitRandom) const;
    int delayMs(int attempt) const;

private:
    int m_maxAttempts;
    int m_baseDelayMs;
    int m_maxDelayMs;
};

} // namespace tierdesk
