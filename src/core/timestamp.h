#pragma once

#include <QString>
#include <optional>

namespace tierdesk {

// Times travel as milliseconds since the epoch inside the programs and in the databases (sortable integers on
// SQLite and PostgreSQL alike) and as ISO 8601 UTC strings with milliseconds in JSON.
class Timestamp
{
public:
    static qint64 nowMs();
    static QString toIso(qint64 msSinceEpoch);
    // Accepts "2026-11-23T09:00:00.000Z", without milliseconds, or with an offset; nullopt if not a time.
    static std::optional<qint64> fromIso(const QString &text);
};

} // namespace tierdesk
