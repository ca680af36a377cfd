#pragma once

#include "domaintypes.h"

#include <QtGlobal>

namespace tierdesk {

// First-response targets: 1 h, 4 h, 8 h and 24 h for severity 1 to 4; a VIP customer's targets are halved.
// The ticket's sla_due_at is its creation time plus this target.
class SlaPolicy
{
public:
    static qint64 firstResponseTargetMs(int severity, Importance importance);
    static qint64 dueAtMs(qint64 createdAtMs, int severity, Importance importance)
    {
        return createdAtMs + firstResponseTargetMs(severity, importance);
    }
};

} // namespace tierdesk
