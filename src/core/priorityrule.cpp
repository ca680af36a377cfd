#include "priorityrule.h"

#include <algorithm>

namespace tierdesk {

int PriorityRule::priority(int severity, Importance importance)
{
    const int s = std::clamp(severity, MinSeverity, MaxSeverity);
    return 2 * (s - 1) + (importance == Importance::Vip ? 1 : 2);
}

} // namespace tierdesk
