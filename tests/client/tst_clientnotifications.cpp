// Notifications in the client: they arrive through the feed into the cache (the "notification" entity
// description), only for their recipient; marking them read shows at once, offline too, and reaches the
// server once through the outbox's generic action entries.

#include "support/syncclient.h"

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tierdesk;
using namespace tierdesk::test;

class TestClientNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_dir.isValid());
    }

    void arriveForTheRecipientAndAreReadOffline()
    {
        SyncClient agent2(m_server.baseUrl(), m_dir.filePath("agent2.sqlite"));
        QVERIFY(agent2.login("agent2", "demo"));
        agent2.start();
        SyncClient agent1(m_server.baseUrl(), m_dir.filePath("agent1.sqlite"));
        QVERIFY(agent1.login("agent1", "demo"));
        agent1.start();
        QVERIFY(agent2.engine().waitForIdle(30000));
        QVERIFY(agent1.engine().waitForIdle(30000));
        const int unreadBefore = agent2.store().unreadNotificationCount();

        const qint64 ticketId = assignToAgent2();
        QVERIFY(ticketId > 0);
        std::optional<Notification> told;
        QTRY_VERIFY_WITH_TIMEOUT((told = notificationAbout(agent2.store(), ticketId)).has_value(), 15000);
        QVERIFY(told->kind == NotificationKind::Assigned);
        QVERIFY(!told->isRead());
        QCOMPARE(agent2.store().unreadNotificationCount(), unreadBefore + 1);
        // Newest first.
        QCOMPARE(agent2.store().notifications().first().id, told->id);
        // agent1 assigned it and sees every ticket, but not agent2's notifications.
        QVERIFY(agent1.engine().waitForIdle(15000));
        QVERIFY(!notificationAbout(agent1.store(), ticketId));

        QVERIFY(m_server.stop());
        agent2.store().markNotificationRead(told->id);
        QVERIFY(notificationAbout(agent2.store(), ticketId)->isRead());
        QCOMPARE(agent2.store().unreadNotificationCount(), unreadBefore);
        QCOMPARE(agent2.store().pendingCount(), 1);
        agent2.store().markNotificationRead(told->id); // read already: nothing more to send
        QCOMPARE(agent2.store().pendingCount(), 1);

        QVERIFY2(m_server.restart(true), qPrintable(m_server.errorString()));
        QVERIFY(agent2.engine().waitForIdle(60000));
        QCOMPARE(agent2.store().pendingCount(), 0);
        QVERIFY(agent2.store().rejections().isEmpty());
        const QJsonObject onServer = serverNotification(told->id);
        QVERIFY2(!onServer.value("read_at").isNull(), "the read mark did not reach the server");
        QVERIFY(notificationAbout(agent2.store(), ticketId)->isRead());
    }

    void readAllReachesTheServerOnce()
    {
        SyncClient agent2(m_server.baseUrl(), m_dir.filePath("agent2-all.sqlite"));
        QVERIFY(agent2.login("agent2", "demo"));
        agent2.start();
        QVERIFY(agent2.engine().waitForIdle(30000));
        const qint64 a = assignToAgent2();
        const qint64 b = assignToAgent2();
        QTRY_VERIFY_WITH_TIMEOUT(notificationAbout(agent2.store(), a) && notificationAbout(agent2.store(), b),
                                 15000);
        QVERIFY(agent2.store().unreadNotificationCount() >= 2);

        agent2.store().markAllNotificationsRead();
        QCOMPARE(agent2.store().unreadNotificationCount(), 0);
        QVERIFY(agent2.engine().waitForIdle(30000));
        QCOMPARE(agent2.store().pendingCount(), 0);
        test::ApiClient direct(m_server);
        QVERIFY(direct.login("agent2", "demo"));
        QCOMPARE(direct.get(QStringLiteral("/api/v1/notifications")).json().value("unread").toInt(), 0);

        // The cache keeps them across a restart of the program.
        const QString path = agent2.cachePath();
        agent2.stop();
        LocalStore reopened;
        QVERIFY(reopened.open(path));
        QVERIFY(notificationAbout(reopened, a).has_value());
        QCOMPARE(reopened.unreadNotificationCount(), 0);
    }

private:
    static std::optional<Notification> notificationAbout(LocalStore &store, qint64 ticketId)
    {
        for (const Notification &n : store.notifications()) {
            if (n.ticketId == ticketId)
                return n;
        }
        return std::nullopt;
    }

    // A new customer ticket that agent1 gives to agent2; its id.
    qint64 assignToAgent2()
    {
        test::ApiClient customer(m_server);
        test::ApiClient agent1(m_server);
        test::ApiClient agent2(m_server);
        if (!customer.login("customer1", "demo") || !agent1.login("agent1", "demo") ||
            !agent2.login("agent2", "demo"))
            return 0;
        const ApiReply created = customer.post(
            QStringLiteral("/api/v1/tickets"),
            QJsonObject{{"subject", "Notify " + QUuid::createUuid().toString(QUuid::Id128).left(8)},
                        {"body", "Please look."}});
        const qint64 id = created.json().value("id").toInteger();
        const ApiReply patched = agent1.patch(
            QStringLiteral("/api/v1/tickets/%1").arg(id),
            QJsonObject{{"owner_id", agent2.user().value("id")}},
            {{"If-Match", "\"" + QByteArray::number(created.json().value("version").toInteger()) + "\""}});
        return patched.status == 200 ? id : 0;
    }

    QJsonObject serverNotification(qint64 id)
    {
        test::ApiClient direct(m_server);
        if (!direct.login("agent2", "demo"))
            return {};
        for (const QJsonValue &v :
             direct.get(QStringLiteral("/api/v1/notifications?limit=200")).jsonArray()) {
            if (v.toObject().value("id").toInteger() == id)
                return v.toObject();
        }
        return {};
    }

    TestServer m_server{TestServerOptions{.demo = true}};
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestClientNotifications)
#include "tst_clientnotifications.moc"
