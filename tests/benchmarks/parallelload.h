#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>

namespace tierdesk::bench {

// A closed-loop load generator for requests whose answers must all be counted: `connections` threads, each
// with its own keep-alive HttpConnection, send one request after another until the time is up. A request
// started before the deadline is always waited for, so every request the server handled has been answered
// and counted when run() returns (wrk, by contrast, drops the requests in flight when its time is up, and a
// POST the server committed might go uncounted).
class ParallelLoad
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray body;
        QByteArray contentType;
    };
    // Makes request number `sequence` (0, 1, …) of connection `connection`; called on that connection's
    // thread.
    using RequestFactory = std::function<Request(int connection, qint64 sequence)>;

    struct Result
    {
        QMap<int, qint64> statusCounts; // HTTP status → answers; 0 counts requests that got no answer
        QList<double> latenciesMs;      // every answered request's, sorted
        double seconds = 0;             // from the start to the last answer
        QString firstError;             // of a request without an answer, if any

        qint64 requests() const;
        qint64 answers(int status) const { return statusCounts.value(status); }
        double percentileMs(double percent) const;
    };

    ParallelLoad(const QString &host, quint16 port, const QByteArray &token);

    Result run(int connections, double seconds, const RequestFactory &makeRequest) const;

private:
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_token;
};

} // namespace tierdesk::bench
