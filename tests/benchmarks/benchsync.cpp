#include "benchsync.h"

#include "figureprinter.h"
#include "serverprocess.h"

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/storeschema.h"
#include "client/syncengine.h"
#include "support/localstoretestaccess.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace tierdesk::bench {
namespace {

// Peak resident set of this process (VmHWM), in MiB; resettable on Linux by writing 5 to clear_refs.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool login(ApiClient &api, LocalStore &store, const QString &user, QString *error)
{
    LoginJob *job = api.login(user, QStringLiteral("synthetic"));
    job->setAutoDelete(false);
    const bool ok = job->waitForFinished(30000) && job->ok();
    if (ok) {
        api.setToken(job->token());
        store.setCurrentUser(job->user().toJson());
    } else {
        *error = job->error().message;
    }
    delete job;
    return ok;
}

// The same rows the first sync stored, inserted by plain prepared statements in one transaction into a fresh
// cache with the same schema, its indexes and full-text table built once at the end: the fastest SQLite can
// take them from this program, without HTTP or JSON.
double straightInsertSeconds(LocalStore &source, const QString &path, QString *error)
{
    QList<QVariantList> tickets, messages;
    int ticketColumns = 0;
    {
        QSqlQuery q(LocalStoreTestAccess::database(source));
        q.exec(QStringLiteral("SELECT * FROM tickets"));
        ticketColumns = q.record().count();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < ticketColumns; ++i)
                row << q.value(i);
            tickets << row;
        }
        q.exec(QStringLiteral(
            "SELECT id, ticket_id, author_id, kind, body, created_at, json, pending FROM messages"));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 8; ++i)
                row << q.value(i);
            messages << row;
        }
    }
    LocalStore target;
    if (!target.open(path, error))
        return -1;
    QSqlDatabase db = LocalStoreTestAccess::database(target);
    QElapsedTimer timer;
    timer.start();
    // The fastest way to the same final cache: secondary indexes and the search triggers off, rows in, then
    // each index and the search table built once (what a first sync does too).
    QSqlQuery ddl(db);
    for (const QString &create : storeschema::secondaryIndexes())
        ddl.exec(QStringLiteral("DROP INDEX IF EXISTS ") + storeschema::indexName(create));
    for (const QString &name : storeschema::searchTriggerNames())
        ddl.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + name);
    db.transaction();
    QSqlQuery t(db), m(db);
    QStringList placeholders;
    for (int i = 0; i < ticketColumns; ++i)
        placeholders << QStringLiteral("?");
    t.prepare(QStringLiteral("INSERT INTO tickets VALUES (%1)").arg(placeholders.join(QStringLiteral(", "))));
    m.prepare(QStringLiteral(
        "INSERT INTO messages (id, ticket_id, author_id, kind, body, created_at, json, pending)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariantList &row : tickets) {
        for (int i = 0; i < row.size(); ++i)
            t.bindValue(i, row.at(i));
        if (!t.exec()) {
            *error = t.lastError().text();
            return -1;
        }
    }
    for (const QVariantList &row : messages) {
        for (int i = 0; i < row.size(); ++i)
            m.bindValue(i, row.at(i));
        if (!m.exec()) {
            *error = m.lastError().text();
            return -1;
        }
    }
    for (const QString &sql :
         storeschema::secondaryIndexes() + storeschema::searchRebuild() + storeschema::searchTriggers()) {
        if (!ddl.exec(sql)) {
            *error = ddl.lastError().text();
            return -1;
        }
    }
    db.commit();
    return timer.elapsed() / 1000.0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return -1;
    const qsizetype index = std::min(values.size() - 1, qsizetype(std::ceil(p * values.size())) - 1);
    return values.at(std::max<qsizetype>(0, index));
}

} // namespace

int BenchSync::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption tickets(QStringLiteral("tickets"), QStringLiteral("Tickets to generate."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages to generate."),
                                      QStringLiteral("M"), QStringLiteral("300000"));
    const QCommandLineOption edits(QStringLiteral("edits"),
                                   QStringLiteral("Edits for the propagation figure."), QStringLiteral("E"),
                                   QStringLiteral("200"));
    const QCommandLineOption binary(QStringLiteral("server-binary"),
                                    QStringLiteral("tierdesk-server to run."), QStringLiteral("PATH"),
                                    ServerProcess::defaultBinary());
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Work in DIR and keep it."),
                                  QStringLiteral("DIR"));
    parser.addOptions({tickets, messages, edits, binary, keep});
    if (!parser.parse(QStringList{QStringLiteral("tierdesk-bench sync")} + arguments)) {
        FigurePrinter::note(parser.errorText());
        return CannotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        FigurePrinter::note(parser.helpText());
        return Measured;
    }

    QTemporaryDir temp;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temp.path();
    const QString dataDir = dir + QStringLiteral("/data");
    ServerProcess server(parser.value(binary));
    if (QFile::exists(dataDir + QStringLiteral("/tierdesk.sqlite"))) {
        // --keep DIR of an earlier run: its data is reused (generating again would add to it).
        FigurePrinter::note(
            QStringLiteral("reusing the data in %1 (--tickets/--messages ignored)").arg(dataDir));
    } else {
        FigurePrinter::note(QStringLiteral("generating %1 tickets and %2 messages…")
                                .arg(parser.value(tickets), parser.value(messages)));
        const auto generated = server.runCommand({QStringLiteral("generate"), QStringLiteral("--data"),
                                                  dataDir, QStringLiteral("--tickets"), parser.value(tickets),
                                                  QStringLiteral("--messages"), parser.value(messages)},
                                                 900000);
        if (generated.exitCode != 0) {
            FigurePrinter::note(QStringLiteral("generate failed: ") + generated.error);
            return CannotRun;
        }
    }
    // The client caches of an earlier run go: each run syncs into fresh files.
    for (const char *name : {"cache-a.sqlite", "cache-b.sqlite", "straight.sqlite"}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(suffix));
    }
    QString error;
    if (!server.start(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir},
            dir + QStringLiteral("/server.log"), 60000, &error)) {
        FigurePrinter::note(QStringLiteral("server did not start: ") + error);
        return CannotRun;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

    // --- first sync ---
    ApiClient apiA(url);
    LocalStore storeA;
    const QString cacheA = dir + QStringLiteral("/cache-a.sqlite");
    QFile::remove(cacheA);
    if (!storeA.open(cacheA, &error) || !login(apiA, storeA, QStringLiteral("synth-agent1"), &error)) {
        FigurePrinter::note(QStringLiteral("client A: ") + error);
        return CannotRun;
    }
    SyncEngine engineA(&apiA, &storeA);
    qint64 lastShown = -1;
    QObject::connect(&engineA, &SyncEngine::progressChanged, [&lastShown](qint64 done, qint64 total) {
        if (total > 0 && done * 10 / total != lastShown) {
            lastShown = done * 10 / total;
            FigurePrinter::note(QStringLiteral("first sync %1 / %2").arg(done).arg(total));
        }
    });
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    engineA.start();
    if (!engineA.waitForIdle(600000)) {
        FigurePrinter::note(QStringLiteral("first sync did not finish"));
        return Invalid;
    }
    const double firstSync = timer.elapsed() / 1000.0;
    FigurePrinter::figure(QStringLiteral("first_sync_s"), firstSync, QStringLiteral("s"), 2);
    FigurePrinter::figure(QStringLiteral("first_sync_peak_rss_mb"), peakRssMb(), QStringLiteral("MB"));
    FigurePrinter::note(QStringLiteral("cache holds %1 tickets, %2 messages")
                            .arg(storeA.count(QStringLiteral("ticket")))
                            .arg(storeA.count(QStringLiteral("message"))));

    const double straight = straightInsertSeconds(storeA, dir + QStringLiteral("/straight.sqlite"), &error);
    if (straight < 0) {
        FigurePrinter::note(QStringLiteral("straight insert failed: ") + error);
        return Invalid;
    }
    FigurePrinter::figure(QStringLiteral("straight_insert_s"), straight, QStringLiteral("s"), 2);
    FigurePrinter::figure(QStringLiteral("sync_vs_insert_ratio"), straight / firstSync,
                          QStringLiteral("ratio"), 3);

    // --- propagation: B starts from a copy of A's cache (same rows) and logs in as another agent ---
    const QString cacheB = dir + QStringLiteral("/cache-b.sqlite");
    QFile::remove(cacheB);
    {
        QSqlQuery vacuum(LocalStoreTestAccess::database(storeA));
        if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(cacheB))) {
            FigurePrinter::note(QStringLiteral("copying the cache failed: ") + vacuum.lastError().text());
            return Invalid;
        }
    }
    ApiClient apiB(url);
    LocalStore storeB;
    if (!storeB.open(cacheB, &error) || !login(apiB, storeB, QStringLiteral("synth-agent2"), &error)) {
        FigurePrinter::note(QStringLiteral("client B: ") + error);
        return CannotRun;
    }
    SyncEngine engineB(&apiB, &storeB);
    engineB.start();
    if (!engineB.waitForIdle(60000)) {
        FigurePrinter::note(QStringLiteral("client B did not catch up"));
        return Invalid;
    }
    const int editCount = parser.value(edits).toInt();
    const qint64 runStamp = QDateTime::currentMSecsSinceEpoch();
    QList<double> delays;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < editCount; ++i) {
        const qint64 id = 1 + (i * 7919) % std::max(1, int(storeA.count(QStringLiteral("ticket"))));
        // Unique per run: with --keep the tickets still carry the markers of earlier runs, and setting a tag
        // a ticket already has is no change at all (nothing would propagate).
        const QString marker = QStringLiteral("propagation-%1-%2").arg(runStamp).arg(i);
        QEventLoop loop;
        qint64 arrived = -1;
        const auto connection =
            QObject::connect(&storeB, &LocalStore::changed, [&](const StoreChange &change) {
                if (!change.ticketIds.contains(id))
                    return;
                const auto t = storeB.ticket(id);
                if (t && t->value(QLatin1String("tags")).toArray().contains(marker)) {
                    arrived = clock.nsecsElapsed();
                    loop.quit();
                }
            });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        const qint64 sent = clock.nsecsElapsed();
        engineA.patchTicket(id, QJsonObject{{QStringLiteral("tags"), QJsonArray{marker}}});
        loop.exec();
        QObject::disconnect(connection);
        if (arrived < 0) {
            FigurePrinter::note(QStringLiteral("edit %1 did not reach B within 10 s").arg(i));
            return Invalid;
        }
        delays.append((arrived - sent) / 1e6);
    }
    FigurePrinter::figure(QStringLiteral("propagation_p50_ms"), percentile(delays, 0.50),
                          QStringLiteral("ms"));
    FigurePrinter::figure(QStringLiteral("propagation_p95_ms"), percentile(delays, 0.95),
                          QStringLiteral("ms"));
    FigurePrinter::note(
        QStringLiteral("both clients run in this one process; the server is a separate process"));
    engineA.stop();
    engineB.stop();
    server.stop();
    return Measured;
}

} // namespace tierdesk::bench
