#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace tierdesk {

RetryPolicy::RetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_baseDelayMs(std::max(0, baseDelayMs))
    , m_maxDelayMs(std::max(0, maxDelayMs))
{}

int RetryPolicy::delayMs(int attempt, double unitRandom) const
{
    if (attempt <= 1)
        return 0; // the first attempt goes out at once
    // Ceiling base * 2^(attempt-1), computed in double so that a large attempt number cannot overflow.
    const double exponent = std::min(attempt - 1, 62);
    const double ceiling =
        std::min(double(m_baseDelayMs) * std::ldexp(1.0, int(exponent)), double(m_maxDelayMs));
    const double unit = std::clamp(unitRandom, 0.0, 1.0);
    // Half of the ceiling is always waited, the other half is random: retries of many clients spread out,
    // yet no client hammers the server with a near-zero delay.
    const double delay = ceiling / 2.0 + unit * (ceiling / 2.0);
    return int(std::min(delay, ceiling));
}

int RetryPolicy::delayMs(int attempt) const
{
    return delayMs(attempt, QRandomGenerator::global()->generateDouble());
}

} // namespace tierdesk
