#pragma once

#include "cliresult.h"
#include "testserveroptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace tierdesk::test {

class PgTestDatabase;

// A real tierdesk-server process for one test program:
//   tierdesk-server --listen 127.0.0.1:0 --data DIR [--db URL] [--demo] EXTRA...
// started with QProcess; start() waits for "listening on http://127.0.0.1:PORT" on its stdout.
//
// Backend: TIERDESK_TEST_DB=sqlite (default) or pg. With pg, every TestServer gets a fresh database
// (PgTestDatabase) unless TestServerOptions::databaseUrl names one; the fresh one is dropped in the
// destructor. The binary: TIERDESK_TEST_SERVER_BINARY if set, else the build's tierdesk-server
// (TIERDESK_SERVER_BINARY). The server's stderr goes to a log file (serverLog()); a crash or a failed start
// prints its tail.
//
//   TestServer server({.demo = true});
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   TestServer second(server.sharedStorageOptions()); // same database and data folder
class TestServer
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit TestServer(TestServerOptions options = {});
    // Shares an existing PostgreSQL database (e.g. first.databaseUrl()); empty means the default.
    explicit TestServer(const QString &databaseUrl);
    ~TestServer(); // stop(), then drop the fresh database if any
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts the process and waits for its "listening on" line. false with errorString() (including the
    // server's stderr) on failure. Storage (data folder, database) is made on the first start and kept.
    bool start();
    // SIGTERM, then SIGKILL after options.stopTimeoutMs. true when the server exited by itself with code 0.
    bool stop();
    // stop() + start() on the same data folder and database. keepPort: listen on the previous port again
    // instead of a new one (ApiClient(server) and RawHttp(server) follow the new port either way).
    bool restart(bool keepPort = false);
    bool isRunning() const;

    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString dataDir() const;
    QString databaseUrl() const { return m_databaseUrl; } // PostgreSQL URL, empty with SQLite
    Backend backend() const { return m_backend; }         // valid after start()
    QStringList arguments() const { return m_arguments; } // of the last start
    qint64 processId() const;
    int exitCode() const { return m_exitCode; } // of the last stop(); -1 if it crashed or was killed
    QByteArray serverLog() const;               // everything the server wrote to stderr so far
    QByteArray standardOutput();                // stdout lines after the "listening on" line, so far

    // Options for a second server on the same database (PostgreSQL) and data folder.
    TestServerOptions sharedStorageOptions() const;

    // Runs "tierdesk-server --data DIR [--db URL] ARGS..." (e.g. {"user", "add", "ann", "--role", "agent",
    // "--password-stdin"}) on this server's storage and waits for it. Storage is prepared if needed.
    CliResult runCli(const QStringList &args, const QByteArray &standardInput = {}, int timeoutMs = 60000);

    // From TIERDESK_TEST_DB; false with *error for an unknown value.
    static bool backendFromEnvironment(Backend *backend, QString *error);
    static bool usesPostgres(); // TIERDESK_TEST_DB=pg
    static QString serverBinary();

private:
    bool prepareStorage();
    QStringList storageArguments() const;
    bool launch(const QString &listen);
    QByteArray logTail(qsizetype maxBytes = 16000) const;

    TestServerOptions m_options;
    Backend m_backend = Backend::Sqlite;
    bool m_prepared = false;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_logDir;
    std::unique_ptr<PgTestDatabase> m_database;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_process;
    QString m_logFile;
    QStringList m_arguments;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    int m_exitCode = -1;
    QString m_error;
};

} // namespace tierdesk::test
