// 500 mutations pushed through a fault-injecting proxy (support/faultproxy.h: delays, connection resets
// before the request and after the server did the work, responses cut half-way) between the sync engine and a
// real server. The server ends up with each mutation exactly once, and the cache equals the server.

#include "support/faultproxy.h"
#include "support/syncclient.h"

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;
using namespace tierdesk::test;

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void fiveHundredMutationsThroughAFaultyLine()
    {
        TestServer server(TestServerOptions{.demo = true});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        FaultProxy proxy(server.baseUrl());
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));

        QTemporaryDir dir;
        SyncClient client(server.baseUrl(), dir.filePath("faults.sqlite"));
        QVERIFY(client.login("agent2", "demo")); // directly; from here on everything goes through the proxy
        client.setServer(proxy.url());
        client.start();
        QVERIFY(client.engine().waitForIdle(60000));

        FaultProxy::RandomFaults faults;
        faults.seed = 4242;
        faults.resetBeforeRequest = 0.05;
        faults.resetInResponse = 0.08; // the server did the work, the client never hears: needs the key
        faults.cutResponse = 0.05;
        faults.delay = 0.05;
        faults.maxDelayMs = 40;
        proxy.setRandomFaults(faults);
        proxy.setMode(FaultProxy::Mode::Random);

        const QList<QJsonObject> tickets = client.store().tickets();
        QVERIFY(tickets.size() >= 10);
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i)
            ids.append(tickets.at(i).value("id").toInteger());

        // 300 replies, 150 field edits, 50 new tickets — in bursts while the engine keeps pushing.
        int made = 0;
        for (int burst = 0; burst < 10; ++burst) {
            for (int k = 0; k < 30; ++k) {
                const int n = burst * 30 + k + 1;
                client.engine().postMessage(
                    ids.at(n % 10),
                    QJsonObject{{"kind", "internal"}, {"body", QStringLiteral("fault reply #%1").arg(n)}});
            }
            for (int k = 0; k < 15; ++k) {
                const int n = burst * 15 + k + 1;
                client.engine().patchTicket(
                    ids.at(n % 10),
                    QJsonObject{{"tags", QJsonArray{QStringLiteral("fault-edit-%1").arg(n)}}});
            }
            for (int k = 0; k < 5; ++k) {
                const int n = burst * 5 + k + 1;
                client.engine().createTicket(
                    QJsonObject{{"subject", QStringLiteral("fault create #%1").arg(n)},
                                {"severity", 3},
                                {"requester_id", tickets.first().value("requester_id")}});
            }
            made += 50;
            QTest::qWait(200);
        }
        QCOMPARE(made, 500);
        QVERIFY2(client.engine().waitForIdle(240000),
                 qPrintable(QStringLiteral("still pending: %1").arg(client.store().pendingCount())));
        proxy.setMode(FaultProxy::Mode::PassThrough);
        const QList<QJsonObject> rejected = client.store().rejections();
        QVERIFY2(rejected.isEmpty(),
                 rejected.isEmpty()
                     ? ""
                     : QJsonDocument(rejected.first()).toJson(QJsonDocument::Compact).constData());
        QVERIFY(client.store().conflicts().isEmpty());
        QCOMPARE(client.store().pendingCount(), 0);
        qInfo() << "faults injected:" << proxy.faultsInjected() << "in" << proxy.requestsSeen() << "requests;"
                << "resets before request" << proxy.faults(FaultProxy::Fault::ResetBeforeRequest)
                << "after the work" << proxy.faults(FaultProxy::Fault::ResetInResponse) << "cut"
                << proxy.faults(FaultProxy::Fault::CutResponse) << "delays"
                << proxy.faults(FaultProxy::Fault::Delay);
        QVERIFY2(proxy.faults(FaultProxy::Fault::ResetInResponse) >= 10, "too few faults to mean anything");
        QVERIFY(proxy.faults(FaultProxy::Fault::ResetBeforeRequest) >= 5);
        QVERIFY(proxy.faults(FaultProxy::Fault::CutResponse) >= 5);

        // Exactly once on the server.
        test::ApiClient direct(server);
        QVERIFY(direct.login("supervisor", "demo"));
        QHash<int, int> replies;
        static const QRegularExpression replyNumber(QStringLiteral("^fault reply #(\\d+)$"));
        for (qint64 id : ids) {
            for (const QJsonValue &v :
                 direct.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(id)).jsonArray()) {
                const auto m = replyNumber.match(v.toObject().value("body").toString());
                if (m.hasMatch())
                    ++replies[m.captured(1).toInt()];
            }
        }
        QCOMPARE(replies.size(), 300);
        for (auto it = replies.begin(); it != replies.end(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("reply %1 arrived %2 times").arg(it.key()).arg(it.value())));

        QHash<int, int> edits;
        static const QRegularExpression editNumber(QStringLiteral("fault-edit-(\\d+)"));
        for (qint64 id : ids) {
            for (const QJsonValue &v :
                 direct.get(QStringLiteral("/api/v1/tickets/%1/audit").arg(id)).jsonArray()) {
                if (v.toObject().value("field").toString() != QLatin1String("tags"))
                    continue;
                const auto m = editNumber.match(v.toObject().value("new").toString());
                if (m.hasMatch())
                    ++edits[m.captured(1).toInt()];
            }
        }
        QCOMPARE(edits.size(), 150);
        for (auto it = edits.begin(); it != edits.end(); ++it)
            QCOMPARE(it.value(), 1);

        const QHash<qint64, QJsonObject> onServer = serverTickets(client.api());
        QHash<int, int> creates;
        static const QRegularExpression createNumber(QStringLiteral("^fault create #(\\d+)$"));
        for (const QJsonObject &t : onServer) {
            const auto m = createNumber.match(t.value("subject").toString());
            if (m.hasMatch())
                ++creates[m.captured(1).toInt()];
        }
        QCOMPARE(creates.size(), 50);
        for (auto it = creates.begin(); it != creates.end(); ++it)
            QCOMPARE(it.value(), 1);

        // The cache equals the server.
        QVERIFY(client.engine().waitForIdle(30000));
        const QList<QJsonObject> cached = client.store().tickets();
        QCOMPARE(cached.size(), onServer.size());
        for (const QJsonObject &t : cached)
            QCOMPARE(t, onServer.value(t.value("id").toInteger()));
        for (qint64 id : ids) {
            QList<qint64> cachedIds, serverIds;
            for (const QJsonObject &m : client.store().messages(id))
                cachedIds.append(m.value("id").toInteger());
            for (const QJsonValue &v :
                 direct.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(id)).jsonArray())
                serverIds.append(v.toObject().value("id").toInteger());
            std::sort(cachedIds.begin(), cachedIds.end());
            std::sort(serverIds.begin(), serverIds.end());
            QCOMPARE(cachedIds, serverIds);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults_slow.moc"
