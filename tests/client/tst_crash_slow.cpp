// Crash safety: a child process (support/main_syncworker.cpp) syncs and makes edits in a loop and is killed
// with SIGKILL at random moments, 20 times. After each kill the cache passes PRAGMA integrity_check; at the
// end a final run syncs until idle, and the server holds every edit that was committed locally exactly once,
// in order — no acknowledged edit lost, none duplicated — and the cache equals the server.

#include "support/apiclient.h"
#include "support/testserver.h"

#include "client/localstore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;
using namespace tierdesk::test;

namespace {
QList<int> intentsIn(const QString &path)
{
    QList<int> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("intent "))
            out.append(line.mid(7).toInt());
    return out;
}
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedTwentyTimes()
    {
        TestServer server(TestServerOptions{.demo = true});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        test::ApiClient direct(server);
        QVERIFY(direct.login("agent1", "demo"));
        const qint64 ticket =
            direct.get("/api/v1/tickets?limit=1").jsonArray().first().toObject().value("id").toInteger();
        QVERIFY(ticket > 0);

        QTemporaryDir dir;
        const QString cache = dir.filePath("worker.sqlite");
        const QString log = dir.filePath("intents.log");
        const QString worker = QStringLiteral(TIERDESK_CLIENT_TEST_BINARY_DIR "/syncworker");
        const QStringList common{"--server",   server.baseUrl().toString(),
                                 "--cache",    cache,
                                 "--login",    "agent1",
                                 "--password", "demo",
                                 "--ticket",   QString::number(ticket),
                                 "--log",      log};

        // The last intent of each run may have been killed before its edit committed; every other one must
        // land.
        QSet<int> mayBeMissing;
        QRandomGenerator random(20261123);
        for (int run = 0; run < 20; ++run) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(worker, common);
            QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
            QTest::qWait(int(random.bounded(150, 1200))); // anywhere: during login, first sync, edits, pushes
            p.kill();                                     // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            const QList<int> intents = intentsIn(log);
            if (!intents.isEmpty())
                mayBeMissing.insert(intents.constLast());

            LocalStore store;
            QString error;
            QVERIFY2(store.open(cache, &error), qPrintable(error));
            QString detail;
            QVERIFY2(store.integrityOk(&detail),
                     qPrintable(QStringLiteral("run %1: %2").arg(run).arg(detail)));
        }

        QProcess drain;
        drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        drain.start(worker, common + QStringList{"--drain"});
        QVERIFY(drain.waitForFinished(150000));
        const QByteArray said = drain.readAllStandardOutput();
        QVERIFY2(drain.exitCode() == 0 && said.contains("idle"), said.constData());

        const QList<int> intents = intentsIn(log);
        QVERIFY2(intents.size() >= 100,
                 qPrintable(QStringLiteral("only %1 edits were made").arg(intents.size())));
        const QJsonArray messages =
            direct.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(ticket)).jsonArray();
        QList<int> onServer;
        static const QRegularExpression number(QStringLiteral("^crash edit #(\\d+)$"));
        for (const QJsonValue &v : messages) {
            const auto m = number.match(v.toObject().value("body").toString());
            if (m.hasMatch())
                onServer.append(m.captured(1).toInt());
        }
        const QSet<int> unique(onServer.begin(), onServer.end());
        QCOMPARE(unique.size(), onServer.size());                  // none twice
        QVERIFY(std::is_sorted(onServer.begin(), onServer.end())); // in the order they were made
        const QSet<int> made(intents.begin(), intents.end());
        for (int n : onServer)
            QVERIFY2(made.contains(n), qPrintable(QStringLiteral("edit %1 was never made").arg(n)));
        int lost = 0;
        for (int n : intents)
            if (!unique.contains(n) && !mayBeMissing.contains(n))
                ++lost;
        QCOMPARE(lost, 0);
        qInfo() << intents.size() << "edits made," << onServer.size() << "on the server,"
                << (intents.size() - onServer.size()) << "killed before they were committed locally";

        // The cache ends equal to the server for this ticket.
        LocalStore store;
        QVERIFY(store.open(cache));
        QCOMPARE(store.pendingCount(), 0);
        QList<qint64> cachedIds, serverIds;
        for (const QJsonObject &m : store.messages(ticket))
            cachedIds.append(m.value("id").toInteger());
        for (const QJsonValue &v : messages)
            serverIds.append(v.toObject().value("id").toInteger());
        std::sort(cachedIds.begin(), cachedIds.end());
        std::sort(serverIds.begin(), serverIds.end());
        QCOMPARE(cachedIds, serverIds);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash_slow.moc"
