#include "agingscale.h"

namespace tierdesk {

AgingScale::Level AgingScale::levelFor(qint64 ageMs)
{
    if (ageMs < FreshLimitMs)
        return Fresh;
    if (ageMs < AgeingLimitMs)
        return Ageing;
    return Stale;
}

QColor AgingScale::colourFor(qint64 ageMs)
{
    return colourFor(levelFor(ageMs));
}

QColor AgingScale::colourFor(Level level)
{
    switch (level) {
    case Fresh:
        return QColor(0xdc, 0xf5, 0xdc); // pale green
    case Ageing:
        return QColor(0xff, 0xec, 0xc2); // pale amber
    case Stale:
        return QColor(0xff, 0xc9, 0xc4); // pale red
    }
    return {};
}

QColor AgingScale::strongColourFor(Level level)
{
    switch (level) {
    case Fresh:
        return QColor(0x2e, 0x7d, 0x32);
    case Ageing:
        return QColor(0xc7, 0x7c, 0x02);
    case Stale:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString AgingScale::describeAge(qint64 ageMs)
{
    const qint64 minutes = qMax<qint64>(0, ageMs) / 60000;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

} // namespace tierdesk
