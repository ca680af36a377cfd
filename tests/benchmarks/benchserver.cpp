#include "benchserver.h"

#include "feedreader.h"
#include "figureprinter.h"
#include "httpconnection.h"
#include "parallelload.h"
#include "serverprocess.h"
#include "wrkrunner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

namespace tierdesk::bench {

namespace {

const QString Host = QStringLiteral("127.0.0.1");
// SyntheticDataGenerator's accounts: staff may read every ticket, the customer files new ones.
const QString StaffLogin = QStringLiteral("synth-agent1");
const QString CustomerLogin = QStringLiteral("synth-customer1");
const QString SyntheticPassword = QStringLiteral("synthetic");
constexpr int GenerateTimeoutMs = 60 * 60 * 1000;
constexpr int TicketPageLimit = 500; // TicketHandler::MaxLimit

QString describeStatuses(const QMap<int, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1× %2")
                     .arg(it.value())
                     .arg(it.key() ? QString::number(it.key()) : QStringLiteral("no answer"));
    return parts.join(QStringLiteral(", "));
}

// The 1-minute load average (Linux), to tell whether something else competed for the cores during the run.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').constFirst());
}

} // namespace

BenchServer::BenchServer() = default;
BenchServer::~BenchServer() = default;

QString BenchServer::name() const
{
    return QStringLiteral("server");
}

QString BenchServer::description() const
{
    return QStringLiteral("tierdesk-server on SQLite with synthetic data: GET ticket (wrk), change feed, "
                          "ticket creation");
}

bool BenchServer::parseArguments(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "tierdesk-bench server: %1.\nFigures go to stdout as 'name value unit' lines, progress "
            "to stderr. Needs wrk (Debian package wrk).")
            .arg(description()));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show these options."));
    const QCommandLineOption tickets(QStringLiteral("tickets"), QStringLiteral("Synthetic tickets (100000)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("Synthetic messages (300000)."), QStringLiteral("M"),
                                      QStringLiteral("300000"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("wrk connections for GET ticket (64)."),
                                         QStringLiteral("C"), QStringLiteral("64"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QStringLiteral("Seconds of each timed load: GET ticket, ticket creation (10)."), QStringLiteral("S"),
        QStringLiteral("10"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("wrk threads (2)."),
                                     QStringLiteral("T"), QStringLiteral("2"));
    const QCommandLineOption warmup(
        QStringLiteral("warmup"),
        QStringLiteral("Seconds of untimed GET ticket load first, to fill caches (2)."), QStringLiteral("S"),
        QStringLiteral("2"));
    const QCommandLineOption createConnections(QStringLiteral("create-connections"),
                                               QStringLiteral("Parallel connections creating tickets (16)."),
                                               QStringLiteral("C"), QStringLiteral("16"));
    const QCommandLineOption feedLimit(QStringLiteral("feed-limit"),
                                       QStringLiteral("Changes per feed page, 1-1000 (1000)."),
                                       QStringLiteral("L"), QStringLiteral("1000"));
    const QCommandLineOption serverThreads(
        QStringLiteral("server-threads"),
        QStringLiteral("The server's --threads (default: the server's own)."), QStringLiteral("N"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("Work in DIR and keep it (data/, server.log, the wrk scripts). A "
                       "DIR whose data/ a previous run generated is reused without "
                       "generating again."),
        QStringLiteral("DIR"));
    const QCommandLineOption serverBinary(QStringLiteral("server-binary"),
                                          QStringLiteral("tierdesk-server to measure (default: the one built "
                                                         "with this benchmark)."),
                                          QStringLiteral("PATH"), ServerProcess::defaultBinary());
    const QCommandLineOption wrk(QStringLiteral("wrk"),
                                 QStringLiteral("The wrk program (default: from PATH)."),
                                 QStringLiteral("PATH"), WrkRunner::findBinary());
    parser.addOptions({help, tickets, messages, connections, duration, threads, warmup, createConnections,
                       feedLimit, serverThreads, keep, serverBinary, wrk});
    if (!parser.parse(QStringList{QStringLiteral("tierdesk-bench server")} + arguments)) {
        FigurePrinter::note(parser.errorText());
        *exitCode = CannotRun;
        return false;
    }
    if (parser.isSet(help)) {
        FigurePrinter::note(parser.helpText().replace(QStringLiteral("tierdesk-bench [options]"),
                                                      QStringLiteral("tierdesk-bench server [options]")));
        *exitCode = Measured;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        FigurePrinter::note(QStringLiteral("tierdesk-bench server takes no arguments besides its options: %1")
                                .arg(parser.positionalArguments().join(QLatin1Char(' '))));
        *exitCode = CannotRun;
        return false;
    }
    QStringList problems;
    const auto number = [&](const QCommandLineOption &option, int min, int max) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max)
            problems << QStringLiteral("--%1 wants a number from %2 to %3")
                            .arg(option.names().constFirst())
                            .arg(min)
                            .arg(max);
        return value;
    };
    Settings &s = m_settings;
    s.tickets = number(tickets, 1, 100000000);
    s.messages = number(messages, 0, 1000000000);
    s.connections = number(connections, 1, 10000);
    s.seconds = number(duration, 1, 3600);
    s.wrkThreads = number(threads, 1, 256);
    s.warmupSeconds = number(warmup, 0, 600);
    s.createConnections = number(createConnections, 1, 1000);
    s.feedLimit = number(feedLimit, 1, 1000);
    if (parser.isSet(serverThreads))
        s.serverThreads = number(serverThreads, 1, 256);
    if (s.wrkThreads > s.connections)
        problems << QStringLiteral("wrk needs at least as many connections as threads");
    s.keepDir = parser.value(keep);
    s.serverBinary = parser.value(serverBinary);
    s.wrkBinary = parser.value(wrk);
    if (!QFileInfo(s.serverBinary).isExecutable())
        problems << QStringLiteral("no tierdesk-server at '%1' (--server-binary)").arg(s.serverBinary);
    if (s.wrkBinary.isEmpty() || !QFileInfo(s.wrkBinary).isExecutable())
        problems << QStringLiteral(
            "wrk is not installed (Debian: apt-get install wrk, or scripts/deps bench)");
    if (!problems.isEmpty()) {
        FigurePrinter::note(QStringLiteral("tierdesk-bench server: ") + problems.join(QStringLiteral("; ")));
        *exitCode = CannotRun;
        return false;
    }
    return true;
}

int BenchServer::run(const QStringList &arguments)
{
    int exitCode = Measured;
    if (!parseArguments(arguments, &exitCode))
        return exitCode;

    std::unique_ptr<QTemporaryDir> temporary;
    if (m_settings.keepDir.isEmpty()) {
        temporary =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tierdesk-bench-XXXXXX"));
        if (!temporary->isValid()) {
            FigurePrinter::note(QStringLiteral("cannot make a temporary folder: ") +
                                temporary->errorString());
            return CannotRun;
        }
        m_workDir = temporary->path();
    } else {
        m_workDir = QDir(m_settings.keepDir).absolutePath();
        if (!QDir().mkpath(m_workDir)) {
            FigurePrinter::note(QStringLiteral("cannot make %1").arg(m_workDir));
            return CannotRun;
        }
    }
    FigurePrinter::note(QStringLiteral("load average %1 on %2 cores before the run (the benchmark's own load "
                                       "generators share them with the server)")
                            .arg(loadAverage())
                            .arg(QThread::idealThreadCount()));
    FigurePrinter::note(
        QStringLiteral("working in %1 (%2)")
            .arg(m_workDir, temporary ? QStringLiteral("removed at the end") : QStringLiteral("kept")));
    const QString dataDir = m_workDir + QStringLiteral("/data");
    m_server = std::make_unique<ServerProcess>(m_settings.serverBinary);
    if (!prepareData(dataDir) || !startServer(dataDir))
        return CannotRun;

    m_staffToken = login(StaffLogin, SyntheticPassword);
    m_customerToken = login(CustomerLogin, SyntheticPassword);
    if (m_staffToken.isEmpty() || m_customerToken.isEmpty() || !checkTicketIds()) {
        m_server->stop();
        return CannotRun;
    }

    measureGetTicket();
    measureFeed();
    measureCreate();

    FigurePrinter::note(QStringLiteral("load average %1 after the run").arg(loadAverage()));
    if (!m_server->stop())
        markInvalid(QStringLiteral("the server did not stop cleanly on SIGTERM; its log:\n%1")
                        .arg(m_server->logTail()));
    if (temporary && m_exitCode != Measured)
        FigurePrinter::note(QStringLiteral("(rerun with --keep DIR to keep the data and server.log)"));
    return m_exitCode;
}

void BenchServer::printServerCpu(const QString &figure, const std::optional<double> &cpuBefore,
                                 const std::optional<double> &cpuAfter, qint64 items, const QString &unit)
{
    if (cpuBefore && cpuAfter && items > 0)
        FigurePrinter::figure(figure, (*cpuAfter - *cpuBefore) * 1e6 / double(items), unit, 1);
}

void BenchServer::markInvalid(const QString &why)
{
    FigurePrinter::note(QStringLiteral("INVALID: ") + why);
    m_exitCode = Invalid;
}

bool BenchServer::prepareData(const QString &dataDir)
{
    if (QFileInfo::exists(dataDir + QStringLiteral("/tierdesk.sqlite"))) {
        FigurePrinter::note(
            QStringLiteral("reusing the data in %1 (no generate_s: nothing generated; tickets "
                           "created by earlier runs are still in it)")
                .arg(dataDir));
        return true;
    }
    FigurePrinter::note(QStringLiteral("generating %1 tickets and %2 messages …")
                            .arg(m_settings.tickets)
                            .arg(m_settings.messages));
    const ServerProcess::CommandResult result =
        m_server->runCommand({QStringLiteral("generate"), QStringLiteral("--data"), dataDir,
                              QStringLiteral("--tickets"), QString::number(m_settings.tickets),
                              QStringLiteral("--messages"), QString::number(m_settings.messages)},
                             GenerateTimeoutMs);
    if (result.exitCode != 0) {
        FigurePrinter::note(QStringLiteral("generating failed: ") + result.error);
        return false;
    }
    // "created N tickets and M messages in S s": the ids 1..N the GET load asks for must all be there.
    static const QRegularExpression created(QStringLiteral(R"(created (\d+) tickets and (\d+) messages)"));
    const QRegularExpressionMatch match = created.match(QString::fromUtf8(result.standardOutput));
    if (!match.hasMatch() || match.captured(1).toInt() != m_settings.tickets) {
        FigurePrinter::note(QStringLiteral("generate did not report %1 tickets: %2")
                                .arg(m_settings.tickets)
                                .arg(QString::fromUtf8(result.standardOutput).trimmed()));
        return false;
    }
    FigurePrinter::note(QString::fromUtf8(result.standardOutput).trimmed());
    // The whole command as a user waits for it: start-up and schema creation included.
    FigurePrinter::figure(QStringLiteral("generate_s"), result.seconds, QStringLiteral("s"), 1);
    return true;
}

bool BenchServer::startServer(const QString &dataDir)
{
    QStringList arguments{QStringLiteral("--listen"), Host + QStringLiteral(":0"), QStringLiteral("--data"),
                          dataDir};
    if (m_settings.serverThreads > 0)
        arguments << QStringLiteral("--threads") << QString::number(m_settings.serverThreads);
    QString error;
    if (!m_server->start(arguments, m_workDir + QStringLiteral("/server.log"), 60000, &error)) {
        FigurePrinter::note(QStringLiteral("the server did not start: ") + error);
        return false;
    }
    FigurePrinter::note(QStringLiteral("server pid %1 listening on http://%2:%3")
                            .arg(m_server->processId())
                            .arg(Host)
                            .arg(m_server->port()));
    return true;
}

QByteArray BenchServer::login(const QString &login, const QString &password)
{
    HttpConnection http(Host, m_server->port());
    const QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    const HttpConnection::Response response =
        http.postJson("/api/v1/auth/login", QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QByteArray token = response.json().value(QLatin1String("token")).toString().toUtf8();
    if (response.status != 200 || token.isEmpty()) {
        FigurePrinter::note(QStringLiteral("logging in as %1 failed: %2 %3")
                                .arg(login)
                                .arg(response.status)
                                .arg(response.status ? QString::fromUtf8(response.body) : response.error));
        return {};
    }
    return token;
}

bool BenchServer::checkTicketIds()
{
    // The GET load asks for ids 1..N: a sample across the range (both ends included) must answer 200 to the
    // staff token, or the load would measure 404s.
    HttpConnection http(Host, m_server->port());
    http.setToken(m_staffToken);
    constexpr int Samples = 50;
    for (int i = 0; i <= Samples; ++i) {
        const qint64 id = 1 + qint64(m_settings.tickets - 1) * i / Samples;
        const HttpConnection::Response response = http.get("/api/v1/tickets/" + QByteArray::number(id));
        if (response.status != 200 || response.json().value(QLatin1String("id")).toInteger() != id) {
            FigurePrinter::note(
                QStringLiteral("ticket %1 is not readable (%2 %3): the data folder must hold "
                               "tickets 1..%4; generate into an empty folder")
                    .arg(id)
                    .arg(response.status)
                    .arg(response.status ? QString::fromUtf8(response.body.left(300)) : response.error)
                    .arg(m_settings.tickets));
            return false;
        }
    }
    return true;
}

QString BenchServer::writeScript(const QString &fileName, const QString &text) const
{
    const QString path = m_workDir + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return {};
    return path;
}

void BenchServer::measureGetTicket()
{
    // Each wrk thread runs its own Lua state: setup() numbers the threads so that each seeds its own random
    // sequence instead of all asking for the same ids in step.
    const QString script = writeScript(
        QStringLiteral("get-ticket.lua"),
        QStringLiteral(
            "-- tierdesk-bench server: GET /api/v1/tickets/{random id in 1..N} as one staff user.\n"
            "local maxId = %1\n"
            "local threadCount = 0\n"
            "wrk.headers[\"Authorization\"] = \"Bearer %2\"\n"
            "\n"
            "function setup(thread)\n"
            "    threadCount = threadCount + 1\n"
            "    thread:set(\"threadNumber\", threadCount)\n"
            "end\n"
            "\n"
            "function init(args)\n"
            "    math.randomseed(20261123 + threadNumber)\n"
            "end\n"
            "\n"
            "function request()\n"
            "    return wrk.format(\"GET\", \"/api/v1/tickets/\" .. math.random(1, maxId))\n"
            "end\n")
            .arg(m_settings.tickets)
            .arg(QString::fromLatin1(m_staffToken)));
    if (script.isEmpty()) {
        markInvalid(QStringLiteral("cannot write the wrk script into %1").arg(m_workDir));
        return;
    }
    const WrkRunner wrk(m_settings.wrkBinary);
    WrkRunner::Options options;
    options.url = QStringLiteral("http://%1:%2/").arg(Host).arg(m_server->port());
    options.script = script;
    options.connections = m_settings.connections;
    options.threads = m_settings.wrkThreads;
    QString error;
    if (m_settings.warmupSeconds > 0) {
        FigurePrinter::note(QStringLiteral("get_ticket: %1 s warm-up …").arg(m_settings.warmupSeconds));
        options.seconds = m_settings.warmupSeconds;
        if (const auto warm = wrk.run(options, &error))
            FigurePrinter::note(
                QStringLiteral("  warm-up: %1 req/s (not a figure)").arg(warm->requestsPerSecond, 0, 'f', 0));
        else
            FigurePrinter::note(QStringLiteral("  warm-up failed: ") + error);
    }
    FigurePrinter::note(QStringLiteral("get_ticket: wrk -t%1 -c%2 -d%3s, ids 1..%4 at random …")
                            .arg(m_settings.wrkThreads)
                            .arg(m_settings.connections)
                            .arg(m_settings.seconds)
                            .arg(m_settings.tickets));
    options.seconds = m_settings.seconds;
    const std::optional<double> cpuBefore = m_server->cpuSeconds();
    const std::optional<WrkReport> report = wrk.run(options, &error);
    const std::optional<double> cpuAfter = m_server->cpuSeconds();
    if (!report) {
        markInvalid(QStringLiteral("get_ticket: ") + error);
        return;
    }
    FigurePrinter::note(QStringLiteral("  %1 requests in %2 s; latency p50 %3 ms, p90 %4 ms")
                            .arg(report->requests)
                            .arg(report->seconds, 0, 'f', 2)
                            .arg(report->percentileMs(50).value_or(-1), 0, 'f', 2)
                            .arg(report->percentileMs(90).value_or(-1), 0, 'f', 2));
    FigurePrinter::figure(QStringLiteral("get_ticket_rps"), report->requestsPerSecond,
                          QStringLiteral("req/s"), 0);
    if (const auto p99 = report->percentileMs(99))
        FigurePrinter::figure(QStringLiteral("get_ticket_p99_ms"), *p99, QStringLiteral("ms"), 2);
    else
        markInvalid(QStringLiteral("get_ticket: wrk printed no 99% latency"));
    FigurePrinter::count(QStringLiteral("get_ticket_non2xx"), report->non2xxOr3xx,
                         QStringLiteral("responses"));
    FigurePrinter::count(QStringLiteral("get_ticket_socket_errors"), report->socketErrors(),
                         QStringLiteral("errors"));
    printServerCpu(QStringLiteral("get_ticket_server_cpu_us"), cpuBefore, cpuAfter, report->requests,
                   QStringLiteral("us/req"));
    // A rate of error answers or dropped connections measures nothing about reading tickets.
    if (report->non2xxOr3xx > 0)
        markInvalid(QStringLiteral("get_ticket: %1 answers were not 2xx/3xx (the server's log is "
                                   "server.log in the work folder; --keep DIR keeps it)")
                        .arg(report->non2xxOr3xx));
    if (report->socketErrors() > 0)
        markInvalid(QStringLiteral("get_ticket: socket errors: connect %1, read %2, write %3, timeout %4")
                        .arg(report->connectErrors)
                        .arg(report->readErrors)
                        .arg(report->writeErrors)
                        .arg(report->timeouts));
}

void BenchServer::measureFeed()
{
    FigurePrinter::note(
        QStringLiteral("feed: GET /api/v1/changes?since=…&limit=%1 from 0 to the end, one connection …")
            .arg(m_settings.feedLimit));
    HttpConnection http(Host, m_server->port());
    http.setToken(m_staffToken);
    FeedReader reader(http);
    const std::optional<double> cpuBefore = m_server->cpuSeconds();
    const FeedReader::Result result = reader.readAll(m_settings.feedLimit);
    const std::optional<double> cpuAfter = m_server->cpuSeconds();
    QStringList entities;
    for (auto it = result.changesByEntity.cbegin(); it != result.changesByEntity.cend(); ++it)
        entities << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    FigurePrinter::note(
        QStringLiteral("  %1 changes (%2) in %3 s over %4 connection(s), %5 MB; the client's JSON "
                       "parsing and checks took %6 s of it")
            .arg(result.changes)
            .arg(entities.join(QStringLiteral(", ")))
            .arg(result.seconds, 0, 'f', 2)
            .arg(http.connectionsOpened())
            .arg(double(result.bytes) / 1e6, 0, 'f', 1)
            .arg(result.parseSeconds, 0, 'f', 2));
    const qint64 tickets = result.changesByEntity.value(QStringLiteral("ticket"));
    const double seconds = std::max(result.seconds, 1e-9);
    FigurePrinter::figure(QStringLiteral("feed_tickets_per_s"), double(tickets) / seconds,
                          QStringLiteral("tickets/s"), 0);
    FigurePrinter::figure(QStringLiteral("feed_changes_per_s"), double(result.changes) / seconds,
                          QStringLiteral("changes/s"), 0);
    FigurePrinter::count(QStringLiteral("feed_pages"), result.pages, QStringLiteral("pages"));
    // The same ticket changes over only the time spent waiting for answers: what the server (and loopback)
    // manage when the client's own parsing is left out. The client here parses one page after the other,
    // as a simple sync client does, so on 2 cores feed_tickets_per_s is lower than this.
    FigurePrinter::figure(QStringLiteral("feed_server_tickets_per_s"),
                          double(tickets) / std::max(result.seconds - result.parseSeconds, 1e-9),
                          QStringLiteral("tickets/s"), 0);
    printServerCpu(QStringLiteral("feed_server_cpu_us"), cpuBefore, cpuAfter, result.changes,
                   QStringLiteral("us/change"));
    for (const QString &problem : result.problems)
        markInvalid(QStringLiteral("feed: ") + problem);
    // Every generated ticket was logged once; a feed with fewer ticket changes lost some.
    if (tickets < m_settings.tickets)
        markInvalid(QStringLiteral("feed: %1 ticket changes, fewer than the %2 tickets generated")
                        .arg(tickets)
                        .arg(m_settings.tickets));
}

std::optional<qint64> BenchServer::countVisibleTickets(HttpConnection &http)
{
    qint64 count = 0;
    QByteArray cursor;
    do {
        QByteArray target = "/api/v1/tickets?limit=" + QByteArray::number(TicketPageLimit);
        if (!cursor.isEmpty())
            target += "&cursor=" + QUrl::toPercentEncoding(QString::fromUtf8(cursor));
        const HttpConnection::Response response = http.get(target);
        const QJsonObject page = response.json();
        if (response.status != 200 || !page.value(QLatin1String("items")).isArray()) {
            FigurePrinter::note(
                QStringLiteral("listing tickets failed: %1 %2")
                    .arg(response.status)
                    .arg(response.status ? QString::fromUtf8(response.body.left(300)) : response.error));
            return std::nullopt;
        }
        count += page.value(QLatin1String("items")).toArray().size();
        cursor = page.value(QLatin1String("next")).toString().toUtf8(); // null on the last page
    } while (!cursor.isEmpty());
    return count;
}

void BenchServer::measureCreate()
{
    // As one customer, whose own ticket list is small enough to count exactly before and after.
    HttpConnection http(Host, m_server->port());
    http.setToken(m_customerToken);
    const std::optional<qint64> before = countVisibleTickets(http);
    if (!before) {
        markInvalid(QStringLiteral("create: cannot count %1's tickets").arg(CustomerLogin));
        return;
    }
    FigurePrinter::note(
        QStringLiteral("create: POST /api/v1/tickets as %1 (%2 tickets so far) from %3 connections "
                       "for %4 s …")
            .arg(CustomerLogin)
            .arg(*before)
            .arg(m_settings.createConnections)
            .arg(m_settings.seconds));
    const ParallelLoad load(Host, m_server->port(), m_customerToken);
    const std::optional<double> cpuBefore = m_server->cpuSeconds();
    const ParallelLoad::Result result =
        load.run(m_settings.createConnections, m_settings.seconds, [](int connection, qint64 n) {
            const QJsonObject body{
                {QStringLiteral("subject"),
                 QStringLiteral("Benchmark ticket %1-%2: the VPN client keeps disconnecting")
                     .arg(connection)
                     .arg(n)},
                {QStringLiteral("severity"), int(1 + n % 4)},
                {QStringLiteral("body"),
                 QStringLiteral("Created by tierdesk-bench to measure ticket creation. Since "
                                "the last update the VPN client drops the connection every "
                                "few minutes with error VPN-809.")},
                {QStringLiteral("error_codes"), QJsonArray{QStringLiteral("VPN-809")}},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("benchmark"), QStringLiteral("vpn")}},
            };
            return ParallelLoad::Request{"POST", "/api/v1/tickets",
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         "application/json"};
        });
    const std::optional<double> cpuAfter = m_server->cpuSeconds();
    const qint64 created = result.answers(201);
    const qint64 refused = result.requests() - created;
    FigurePrinter::note(QStringLiteral("  %1 requests in %2 s: %3; latency p50 %4 ms")
                            .arg(result.requests())
                            .arg(result.seconds, 0, 'f', 2)
                            .arg(describeStatuses(result.statusCounts))
                            .arg(result.percentileMs(50), 0, 'f', 2));
    FigurePrinter::figure(QStringLiteral("create_tickets_per_s"),
                          double(created) / std::max(result.seconds, 1e-9), QStringLiteral("tickets/s"), 0);
    FigurePrinter::figure(QStringLiteral("create_p99_ms"), result.percentileMs(99), QStringLiteral("ms"), 2);
    FigurePrinter::count(QStringLiteral("create_errors"), refused, QStringLiteral("responses"));
    printServerCpu(QStringLiteral("create_server_cpu_us"), cpuBefore, cpuAfter, result.requests(),
                   QStringLiteral("us/ticket"));
    if (refused > 0)
        markInvalid(
            QStringLiteral("create: %1 requests were not answered 201 (%2)%3")
                .arg(refused)
                .arg(describeStatuses(result.statusCounts))
                .arg(result.firstError.isEmpty() ? QString() : QStringLiteral("; ") + result.firstError));

    const std::optional<qint64> after = countVisibleTickets(http);
    if (!after) {
        markInvalid(QStringLiteral("create: cannot count %1's tickets afterwards").arg(CustomerLogin));
        return;
    }
    if (*after - *before != created)
        markInvalid(QStringLiteral("create: %1's tickets grew by %2, but %3 creations were answered 201")
                        .arg(CustomerLogin)
                        .arg(*after - *before)
                        .arg(created));
    else
        FigurePrinter::note(
            QStringLiteral("  checked: %1's tickets grew by exactly the %2 answered 201 (%3 → %4)")
                .arg(CustomerLogin)
                .arg(created)
                .arg(*before)
                .arg(*after));
}

} // namespace tierdesk::bench
