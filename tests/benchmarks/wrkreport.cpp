#include "wrkreport.h"

#include <QRegularExpression>

namespace tierdesk::bench {

std::optional<double> WrkReport::durationMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([0-9]+(?:\.[0-9]+)?)(us|ms|s|m|h)$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("us"))
        return value / 1000.0;
    if (unit == QLatin1String("ms"))
        return value;
    if (unit == QLatin1String("s"))
        return value * 1000.0;
    if (unit == QLatin1String("m"))
        return value * 60 * 1000.0;
    return value * 3600 * 1000.0;
}

std::optional<double> WrkReport::percentileMs(int percent) const
{
    const auto it = latencyPercentilesMs.constFind(percent);
    if (it == latencyPercentilesMs.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<WrkReport> WrkReport::parse(const QString &output, QString *error)
{
    static const QRegularExpression percentile(QStringLiteral(R"(^\s+(\d+)%\s+(\S+)\s*$)"));
    static const QRegularExpression requests(QStringLiteral(R"(^\s*(\d+) requests in ([0-9.]+\w+),)"));
    static const QRegularExpression socket(
        QStringLiteral(R"(Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+))"));
    static const QRegularExpression non2xx(QStringLiteral(R"(Non-2xx or 3xx responses: (\d+))"));
    static const QRegularExpression rate(QStringLiteral(R"(^Requests/sec:\s+([0-9.]+))"));

    WrkReport report;
    bool sawRequests = false;
    bool sawRate = false;
    bool inDistribution = false;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("Latency Distribution")) {
            inDistribution = true;
            continue;
        }
        if (inDistribution) {
            const QRegularExpressionMatch m = percentile.match(line);
            if (m.hasMatch()) {
                if (const auto ms = durationMs(m.captured(2)))
                    report.latencyPercentilesMs.insert(m.captured(1).toInt(), *ms);
                continue;
            }
            inDistribution = false;
        }
        if (const QRegularExpressionMatch m = requests.match(line); m.hasMatch()) {
            report.requests = m.captured(1).toLongLong();
            report.seconds = durationMs(m.captured(2)).value_or(0) / 1000.0;
            sawRequests = true;
        } else if (const QRegularExpressionMatch m = socket.match(line); m.hasMatch()) {
            report.connectErrors = m.captured(1).toLongLong();
            report.readErrors = m.captured(2).toLongLong();
            report.writeErrors = m.captured(3).toLongLong();
            report.timeouts = m.captured(4).toLongLong();
        } else if (const QRegularExpressionMatch m = non2xx.match(line); m.hasMatch()) {
            report.non2xxOr3xx = m.captured(1).toLongLong();
        } else if (const QRegularExpressionMatch m = rate.match(line); m.hasMatch()) {
            report.requestsPerSecond = m.captured(1).toDouble();
            sawRate = true;
        }
    }
    if (!sawRequests || !sawRate) {
        *error =
            QStringLiteral("wrk's output has no '%1' line:\n%2")
                .arg(sawRequests ? QStringLiteral("Requests/sec") : QStringLiteral("N requests in"), output);
        return std::nullopt;
    }
    return report;
}

} // namespace tierdesk::bench
