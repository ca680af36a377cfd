#pragma once

// Aging colours for tickets that wait on someone else: how long a ticket has waited, as a colour the queue
// paints (QueueModel gives it as Qt::BackgroundRole / QueueModel::AgingLevelRole of waiting tickets).
//
//     const qint64 age = now - index.data(QueueModel::WaitingSinceRole).toLongLong();
//     painter->fillRect(rect, AgingScale::colourFor(age));
//     if (AgingScale::isLoud(age)) font.setBold(true);
//
// Fresh < 4 hours (green), Ageing < 1 day (amber), Stale beyond (red, and "loud": bold).

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tierdesk {

class AgingScale
{
    Q_DECLARE_TR_FUNCTIONS(tierdesk::AgingScale)

public:
    enum Level { Fresh, Ageing, Stale };

    static constexpr qint64 FreshLimitMs = 4LL * 60 * 60 * 1000;
    static constexpr qint64 AgeingLimitMs = 24LL * 60 * 60 * 1000;

    static Level levelFor(qint64 ageMs);   // negative ages (clock skew) count as fresh
    static QColor colourFor(qint64 ageMs); // a light background tint, readable with dark text
    static QColor colourFor(Level level);
    static QColor strongColourFor(Level level); // a saturated variant for marks, bars, text
    static bool isLoud(qint64 ageMs) { return levelFor(ageMs) == Stale; }
    static QString describeAge(qint64 ageMs); // translated: "35 min", "5 h", "3 d"
};

} // namespace tierdesk
