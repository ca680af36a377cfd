#include "timestamp.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace tierdesk {

qint64 Timestamp::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString Timestamp::toIso(qint64 msSinceEpoch)
{
    // By hand (Howard Hinnant's civil_from_days): every ticket carries five times, and Qt's date formatting
    // was a twentieth of the server's time per GET.
    const qint64 days = msSinceEpoch >= 0 ? msSinceEpoch / 86400000 : (msSinceEpoch - 86399999) / 86400000;
    const qint64 msOfDay = msSinceEpoch - days * 86400000;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2);
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
    char buffer[40];
    const int h = int(msOfDay / 3600000), mi = int(msOfDay / 60000 % 60), sec = int(msOfDay / 1000 % 60),
              ms = int(msOfDay % 1000);
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(year), month, day, h, mi,
                  sec, ms);
    return QString::fromLatin1(buffer);
}

namespace {
// Days from 1970-01-01 to the given civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int digits(const QString &t, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = t.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The exact form this program writes ("2026-11-23T09:00:00.000Z"), parsed without QDateTime: the client reads
// hundreds of thousands of these during a first sync.
std::optional<qint64> fromCanonicalIso(const QString &t)
{
    if (t.size() != 24 || t.at(4) != u'-' || t.at(7) != u'-' || t.at(10) != u'T' || t.at(13) != u':' ||
        t.at(16) != u':' || t.at(19) != u'.' || t.at(23) != u'Z')
        return std::nullopt;
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2), h = digits(t, 11, 2),
              mi = digits(t, 14, 2), s = digits(t, 17, 2), ms = digits(t, 20, 3);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 ||
        s > 59 || ms < 0)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[mo - 1] || (mo == 2 && d == 29 && !leap))
        return std::nullopt;
    return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + qint64(s) * 1000 + ms;
}
} // namespace

std::optional<qint64> Timestamp::fromIso(const QString &text)
{
    if (const auto fast = fromCanonicalIso(text))
        return fast;
    if (text.size() < 10 || text.size() > 40)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace tierdesk
