#pragma once

#include "benchmark.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace tierdesk::bench {

class HttpConnection;
class ServerProcess;

// tierdesk-bench server: a real tierdesk-server on SQLite with synthetic data, measured from outside over
// loopback HTTP, as clients see it. Figures:
//   generate_s                 tierdesk-server generate --tickets N --messages M into an empty data folder
//   get_ticket_rps, _p99_ms    GET /api/v1/tickets/{random id in 1..N} as staff, driven by wrk (-c64 -t2)
//   get_ticket_non2xx, _socket_errors   what went wrong under that load (any makes the run invalid)
//   feed_tickets_per_s, feed_changes_per_s, feed_pages   the whole GET /api/v1/changes feed read page by page
//                              by one client on one connection, wall time including the client's parsing
//   feed_server_tickets_per_s  the same, over the time spent waiting for answers only
//   create_tickets_per_s, create_p99_ms, create_errors   POST /api/v1/tickets as a customer from parallel
//                              connections; afterwards the customer's ticket count must have grown by exactly
//                              the number of 201 answers
//   *_server_cpu_us            the server's CPU time (user + system) per request, change or ticket in each
//                              phase: unlike the rates it hardly depends on what else the machine runs
// The synthetic data's accounts (SyntheticDataGenerator): customers synth-customer1…200 and, in a database
// without staff, agents synth-agent1…9; every password is "synthetic".
class BenchServer : public Benchmark
{
public:
    BenchServer();
    ~BenchServer() override;

    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments) override;

private:
    struct Settings
    {
        int tickets = 100000;
        int messages = 300000;
        int connections = 64;
        int wrkThreads = 2;
        int seconds = 10;
        int warmupSeconds = 2;
        int createConnections = 16;
        int feedLimit = 1000;
        int serverThreads = 0; // 0: the server's default
        QString keepDir;
        QString serverBinary;
        QString wrkBinary;
    };

    bool parseArguments(const QStringList &arguments, int *exitCode);
    bool prepareData(const QString &dataDir);
    bool startServer(const QString &dataDir);
    QByteArray login(const QString &login, const QString &password);
    bool checkTicketIds();
    QString writeScript(const QString &fileName, const QString &text) const;
    void measureGetTicket();
    void measureFeed();
    void measureCreate();
    std::optional<qint64> countVisibleTickets(HttpConnection &http);
    void markInvalid(const QString &why);
    void printServerCpu(const QString &figure, const std::optional<double> &cpuBefore,
                        const std::optional<double> &cpuAfter, qint64 items, const QString &unit);

    Settings m_settings;
    QString m_workDir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_staffToken;
    QByteArray m_customerToken;
    int m_exitCode = Measured;
};

} // namespace tierdesk::bench
