#include "slapolicy.h"

#include <algorithm>
#include <array>

namespace tierdesk {

qint64 SlaPolicy::firstResponseTargetMs(int severity, Importance importance)
{
    constexpr qint64 hour = 3600 * 1000;
    constexpr std::array<qint64, 4> targets{1 * hour, 4 * hour, 8 * hour, 24 * hour};
    const qint64 target = targets[std::clamp(severity, MinSeverity, MaxSeverity) - 1];
    return importance == Importance::Vip ? target / 2 : target;
}

} // namespace tierdesk
