// The sync engine against a real tierdesk-server (demo data, SQLite) over loopback, with real cache files:
// first sync equals what the server lets the user see; edits made offline arrive once each, in order; two
// clients editing one ticket merge disjoint fields and keep both values of the same field as a conflict.

#include "support/syncclient.h"

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;
using namespace tierdesk::test;

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void firstSyncMatchesWhatTheServerShows_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("agent") << "agent1";
        QTest::newRow("customer") << "customer1";
        QTest::newRow("vip") << "vip1";
    }

    void firstSyncMatchesWhatTheServerShows()
    {
        QFETCH(QString, login);
        SyncClient client(m_server.baseUrl(), m_dir.filePath(login + "-first.sqlite"));
        QString error;
        QVERIFY2(client.login(login, "demo", &error), qPrintable(error));
        QSignalSpy progress(&client.engine(), &SyncEngine::progressChanged);
        QSignalSpy finished(&client.engine(), &SyncEngine::firstSyncFinished);
        client.engine().setPageSize(25); // several pages even on the demo data
        client.start();
        QVERIFY(client.engine().waitForIdle(30000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(progress.count() >= 2);
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong()); // done == total at the end
        QCOMPARE(client.engine().state(), SyncEngine::State::Online);

        const QHash<qint64, QJsonObject> server = serverTickets(client.api(), &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const QList<QJsonObject> cached = client.store().tickets();
        QCOMPARE(cached.size(), server.size());
        const bool customer = login != QLatin1String("agent1");
        const qint64 me = client.store().currentUser().value("id").toInteger();
        for (const QJsonObject &t : cached) {
            const qint64 id = t.value("id").toInteger();
            QVERIFY2(server.contains(id),
                     qPrintable(QStringLiteral("ticket %1 is cached but not visible").arg(id)));
            QCOMPARE(t, server.value(id));
            if (customer)
                QCOMPARE(t.value("requester_id").toInteger(), me);
            // Messages: exactly the server's list for this user, internal notes only for staff.
            ApiJob *job = client.api().messages(id);
            job->setAutoDelete(false);
            QVERIFY(job->waitForFinished(10000) && job->ok());
            QList<QJsonObject> serverMessages;
            for (const QJsonValue &v : job->items())
                serverMessages.append(v.toObject());
            delete job;
            QList<QJsonObject> cachedMessages = client.store().messages(id);
            QCOMPARE(cachedMessages.size(), serverMessages.size());
            const auto byId = [](const QJsonObject &a, const QJsonObject &b) {
                return a.value("id").toInteger() < b.value("id").toInteger();
            };
            std::sort(cachedMessages.begin(), cachedMessages.end(), byId);
            std::sort(serverMessages.begin(), serverMessages.end(), byId);
            for (qsizetype i = 0; i < cachedMessages.size(); ++i) {
                QCOMPARE(cachedMessages[i], serverMessages[i]);
                if (customer)
                    QVERIFY(cachedMessages[i].value("kind").toString() != QLatin1String("internal"));
            }
        }
        if (!customer) {
            QVERIFY(client.store().count("article") >= 15);
            QVERIFY(!client.store().searchArticles("SMTP").isEmpty());
        }
        // The cache is a real file that reopens after a restart of the program, still complete.
        client.stop();
        LocalStore reopened;
        QVERIFY(reopened.open(client.cachePath()));
        QVERIFY(reopened.firstSyncDone());
        QCOMPARE(reopened.tickets().size(), cached.size());
        QCOMPARE(reopened.cursor(), client.store().cursor());
        QVERIFY(reopened.integrityOk());
    }

    void offlineEditsArriveOnceInOrder()
    {
        SyncClient client(m_server.baseUrl(), m_dir.filePath("offline.sqlite"));
        QVERIFY(client.login("agent2", "demo"));
        client.start();
        QVERIFY(client.engine().waitForIdle(30000));
        const qint64 forMessages = client.store().tickets().at(3).value("id").toInteger();
        const qint64 forPatches = client.store().tickets().at(4).value("id").toInteger();
        const qsizetype messagesBefore = client.store().messages(forMessages).size();

        QVERIFY(m_server.stop());
        QSignalSpy states(&client.engine(), &SyncEngine::stateChanged);
        // 80 replies and 20 edits of one field, made while the server is away.
        for (int i = 1; i <= 80; ++i)
            client.engine().postMessage(forMessages,
                                        QJsonObject{{"kind", i % 2 ? "public" : "internal"},
                                                    {"body", QStringLiteral("offline reply #%1").arg(i)}});
        for (int i = 1; i <= 20; ++i)
            client.engine().patchTicket(forPatches,
                                        QJsonObject{{"tags", QJsonArray{QStringLiteral("edit-%1").arg(i)}}});
        QCOMPARE(client.store().pendingCount(), 100);
        QCOMPARE(client.engine().pendingCount(), 100);
        // Visible at once, offline.
        QCOMPARE(client.store().messages(forMessages).size(), messagesBefore + 80);
        QCOMPARE(client.store().ticket(forPatches)->value("tags").toArray(), QJsonArray{"edit-20"});
        QTRY_COMPARE_WITH_TIMEOUT(client.engine().state(), SyncEngine::State::Offline, 15000);

        QVERIFY2(m_server.restart(true), qPrintable(m_server.errorString()));
        QVERIFY(client.engine().waitForIdle(60000));
        QCOMPARE(client.store().pendingCount(), 0);

        test::ApiClient direct(m_server);
        QVERIFY(direct.login("agent2", "demo"));
        const ApiReply messages = direct.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(forMessages));
        QStringList bodies;
        for (const QJsonValue &v : messages.jsonArray())
            if (v.toObject().value("body").toString().startsWith("offline reply #"))
                bodies << v.toObject().value("body").toString();
        QCOMPARE(bodies.size(), 80); // each exactly once
        for (int i = 1; i <= 80; ++i)
            QCOMPARE(bodies.at(i - 1), QStringLiteral("offline reply #%1").arg(i)); // in order

        const ApiReply audit = direct.get(QStringLiteral("/api/v1/tickets/%1/audit").arg(forPatches));
        QStringList tagEdits;
        for (const QJsonValue &v : audit.jsonArray())
            if (v.toObject().value("field").toString() == QLatin1String("tags"))
                tagEdits << v.toObject().value("new").toString();
        QCOMPARE(tagEdits.size(), 20);
        for (int i = 1; i <= 20; ++i)
            QVERIFY2(tagEdits.at(i - 1).contains(QStringLiteral("\"edit-%1\"").arg(i)),
                     qPrintable(tagEdits.at(i - 1)));
        // The cache equals the server afterwards.
        QCOMPARE(client.store().ticket(forPatches).value(),
                 direct.get(QStringLiteral("/api/v1/tickets/%1").arg(forPatches)).json());
    }

    void twoClientsEditOneTicket()
    {
        SyncClient a(m_server.baseUrl(), m_dir.filePath("a.sqlite"));
        SyncClient b(m_server.baseUrl(), m_dir.filePath("b.sqlite"));
        QVERIFY(a.login("agent1", "demo"));
        QVERIFY(b.login("agent2", "demo"));
        a.start();
        b.start();
        QVERIFY(a.engine().waitForIdle(30000));
        QVERIFY(b.engine().waitForIdle(30000));
        const QJsonObject ticket = a.store().tickets().at(6);
        const qint64 id = ticket.value("id").toInteger();
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(id);

        // Disjoint fields: A changes severity while B, offline, changes the subject. Both survive.
        b.stop();
        a.engine().patchTicket(id, QJsonObject{{"severity", 1}});
        QVERIFY(a.engine().waitForIdle(10000));
        b.engine().patchTicket(id, QJsonObject{{"subject", "Renamed by B"}});
        b.start();
        QVERIFY(b.engine().waitForIdle(30000));
        test::ApiClient direct(m_server);
        QVERIFY(direct.login("supervisor", "demo"));
        QJsonObject now = direct.get(path).json();
        QCOMPARE(now.value("severity").toInt(), 1);
        QCOMPARE(now.value("subject").toString(), QStringLiteral("Renamed by B"));
        QVERIFY(b.store().conflicts().isEmpty());
        QVERIFY(a.engine().waitForIdle(10000));
        QCOMPARE(a.store().ticket(id).value(), now);
        QCOMPARE(b.store().ticket(id).value(), now);

        // The same field: both values are kept, nothing is dropped; the person picks.
        b.stop();
        a.engine().patchTicket(id, QJsonObject{{"subject", "Subject from A"}});
        QVERIFY(a.engine().waitForIdle(10000));
        b.engine().patchTicket(id, QJsonObject{{"subject", "Subject from B"}});
        QSignalSpy conflicts(&b.engine(), &SyncEngine::conflictRaised);
        b.start();
        QVERIFY(conflicts.wait(15000) || conflicts.count() == 1);
        QVERIFY(b.engine().waitForIdle(10000));
        const QList<Conflict> kept = b.store().conflicts();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].fields, QStringList{"subject"});
        QCOMPARE(kept[0].mine.value("subject").toString(), QStringLiteral("Subject from B"));
        QCOMPARE(kept[0].theirs.value("subject").toString(), QStringLiteral("Subject from A"));
        QCOMPARE(direct.get(path).json().value("subject").toString(), QStringLiteral("Subject from A"));
        QCOMPARE(b.store().pendingCount(), 1); // still held, not dropped
        QCOMPARE(b.store().ticket(id)->value("subject").toString(), QStringLiteral("Subject from B"));

        QVERIFY(b.engine().resolveConflict(kept[0].outboxId, int(LocalStore::Resolution::KeepMine)));
        QVERIFY(b.engine().waitForIdle(10000));
        QCOMPARE(direct.get(path).json().value("subject").toString(), QStringLiteral("Subject from B"));
        QVERIFY(b.store().conflicts().isEmpty());
        QCOMPARE(b.store().pendingCount(), 0);
    }

    void refusedEditIsReportedNotSilent()
    {
        SyncClient customer(m_server.baseUrl(), m_dir.filePath("refused.sqlite"));
        QVERIFY(customer.login("customer1", "demo"));
        customer.start();
        QVERIFY(customer.engine().waitForIdle(30000));
        const qint64 id = customer.store().tickets().first().value("id").toInteger();
        QSignalSpy rejected(&customer.engine(), &SyncEngine::editRejected);
        // Customers may not write internal notes: the server refuses, the client says so and keeps a record.
        customer.engine().postMessage(id, QJsonObject{{"kind", "internal"}, {"body", "sneaky"}});
        QVERIFY(rejected.wait(10000));
        QVERIFY(customer.engine().waitForIdle(10000));
        QCOMPARE(customer.store().pendingCount(), 0);
        QCOMPARE(customer.store().rejections().size(), 1);
        QVERIFY(!customer.store().rejections().first().value("reason").toString().isEmpty());
    }

private:
    TestServer m_server{TestServerOptions{.demo = true}};
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
