#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace tierdesk::bench {

// What one wrk run printed (wrk 4.x with --latency), parsed:
//   "  Latency Distribution" … "     99%   12.34ms"
//   "  123456 requests in 10.00s, 80.00MB read"
//   "  Socket errors: connect 0, read 0, write 0, timeout 0"   (only when there were any)
//   "  Non-2xx or 3xx responses: 5"                          (only when there were any)
//   "Requests/sec:  12345.67"
class WrkReport
{
public:
    // nullopt with *error when the text lacks the lines every run prints (requests, Requests/sec).
    static std::optional<WrkReport> parse(const QString &output, QString *error);
    // "850.00us", "12.34ms", "1.20s", "2.00m" in milliseconds; nullopt for anything else.
    static std::optional<double> durationMs(const QString &text);

    double requestsPerSecond = 0;
    qint64 requests = 0;
    double seconds = 0;
    QMap<int, double> latencyPercentilesMs; // 50, 75, 90, 99 with --latency
    qint64 non2xxOr3xx = 0;
    qint64 connectErrors = 0;
    qint64 readErrors = 0;
    qint64 writeErrors = 0;
    qint64 timeouts = 0;

    qint64 socketErrors() const { return connectErrors + readErrors + writeErrors + timeouts; }
    std::optional<double> percentileMs(int percent) const;
};

} // namespace tierdesk::bench
