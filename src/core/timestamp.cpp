#include "timestamp.h"

#include <QDateTime>
#include <QTimeZone>

namespace tierdesk {

qint64 Timestamp::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString Timestamp::toIso(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> Timestamp::fromIso(const QString &text)
{
    if (text.size() < 10 || text.size() > 40)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace tierdesk
