#pragma once

#include "domaintypes.h"

namespace tierdesk {

// The one rule that orders every queue (then by SLA due time). Documented here because agents ask about it:
//
//     priority = 2 × (severity − 1) + (VIP ? 1 : 2)
//
// which gives classes 1 (critical, VIP) … 8 (low, standard customer). Lower is more urgent. Severity always
// dominates, and inside one severity a VIP's ticket ranks above a standard customer's. The ticket's text never
// takes part: "URGENT!!! NOTHING WORKS" in capitals ranks exactly like a calm subject of the same severity.
class PriorityRule
{
public:
    static constexpr int Highest = 1;
    static constexpr int Lowest = 8;

    // severity is clamped to 1..4 so that a corrupt row never produces a class outside 1..8.
    static int priority(int severity, Importance importance);
};

} // namespace tierdesk
