#include "parallelload.h"

#include "httpconnection.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace tierdesk::bench {

qint64 ParallelLoad::Result::requests() const
{
    qint64 sum = 0;
    for (qint64 n : statusCounts)
        sum += n;
    return sum;
}

double ParallelLoad::Result::percentileMs(double percent) const
{
    if (latenciesMs.isEmpty())
        return 0;
    // Nearest rank: the smallest latency that at least `percent` % of the requests did not exceed.
    const qsizetype rank = qsizetype(std::ceil(percent / 100.0 * double(latenciesMs.size())));
    return latenciesMs.at(std::clamp<qsizetype>(rank - 1, 0, latenciesMs.size() - 1));
}

ParallelLoad::ParallelLoad(const QString &host, quint16 port, const QByteArray &token)
    : m_host(host)
    , m_port(port)
    , m_token(token)
{}

ParallelLoad::Result ParallelLoad::run(int connections, double seconds,
                                       const RequestFactory &makeRequest) const
{
    struct WorkerResult
    {
        QMap<int, qint64> statusCounts;
        QList<double> latenciesMs;
        QString firstError;
    };
    std::vector<WorkerResult> results(size_t(std::max(connections, 0)));
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadlineNs = qint64(seconds * 1e9);
    for (int c = 0; c < connections; ++c) {
        WorkerResult *out = &results[size_t(c)];
        threads.emplace_back(QThread::create([this, c, out, &clock, deadlineNs, &makeRequest] {
            HttpConnection http(m_host, m_port);
            http.setToken(m_token);
            for (qint64 n = 0; clock.nsecsElapsed() < deadlineNs; ++n) {
                const Request r = makeRequest(c, n);
                const qint64 started = clock.nsecsElapsed();
                const HttpConnection::Response response =
                    http.request(r.method, r.target, r.body, r.contentType);
                out->statusCounts[response.status] += 1;
                if (response.status == 0) {
                    if (out->firstError.isEmpty())
                        out->firstError = response.error;
                    continue;
                }
                out->latenciesMs.append(double(clock.nsecsElapsed() - started) / 1e6);
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();

    Result result;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const WorkerResult &w : results) {
        for (auto it = w.statusCounts.cbegin(); it != w.statusCounts.cend(); ++it)
            result.statusCounts[it.key()] += it.value();
        result.latenciesMs += w.latenciesMs;
        if (result.firstError.isEmpty())
            result.firstError = w.firstError;
    }
    std::sort(result.latenciesMs.begin(), result.latenciesMs.end());
    return result;
}

} // namespace tierdesk::bench
