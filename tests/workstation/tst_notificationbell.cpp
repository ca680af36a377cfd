// The bell in the main window: the unread count follows the server's notifications for me; choosing one
// marks it read and opens its ticket; "Mark all as read" clears it — and the marks reach the server.

#include "workstationtest.h"

#include "client/localstore.h"
#include "workstation/mainwindow/notificationbell.h"
#include "workstation/ticket/ticketpage.h"

#include <QMenu>
#include <QUuid>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

class TestNotificationBell : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    Desk m_desk;
    std::unique_ptr<test::ApiClient> m_supervisor;
    std::unique_ptr<test::ApiClient> m_customer;
    std::unique_ptr<test::ApiClient> m_me;

    Session *session() { return m_desk.app->session(); }
    MainWindow *window() { return m_desk.app->mainWindow(); }

    // A customer's new ticket that the supervisor gives to me; its id.
    qint64 assignedToMe()
    {
        const test::ApiReply created = m_customer->post(
            QStringLiteral("/api/v1/tickets"),
            QJsonObject{{"subject", "Bell " + QUuid::createUuid().toString(QUuid::Id128).left(8)},
                        {"body", "Help."}});
        const qint64 id = created.json().value("id").toInteger();
        const test::ApiReply assigned = m_supervisor->patch(
            QStringLiteral("/api/v1/tickets/%1").arg(id),
            QJsonObject{{"owner_id", session()->currentUserId()}},
            {{"If-Match", '"' + QByteArray::number(created.json().value("version").toInteger()) + '"'}});
        return assigned.status == 200 ? id : 0;
    }

    QAction *entryAbout(qint64 ticketId)
    {
        NotificationBell *bell = window()->bell();
        emit bell->list()->aboutToShow();
        const QString number = QStringLiteral("TD-%1").arg(ticketId + 1000);
        for (QAction *a : bell->list()->actions()) {
            if (a->text().contains(number))
                return a;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_supervisor = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("demo")));
        m_customer = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_customer->login(QStringLiteral("customer1"), QStringLiteral("demo")));
        m_me = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_me->login(QStringLiteral("agent1"), QStringLiteral("demo")));
        const QString failure = test::signInAndSync(m_desk, m_server->baseUrl(), QStringLiteral("agent1"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void countsChoosesAndClears()
    {
        NotificationBell *bell = window()->bell();
        QVERIFY(bell->isVisible());
        const int before = bell->unreadCount();
        QCOMPARE(before, session()->store()->unreadNotificationCount());

        const qint64 first = assignedToMe();
        const qint64 second = assignedToMe();
        QVERIFY(first > 0 && second > 0);
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), before + 2, 15000);
        QCOMPARE(bell->text(), QString::number(before + 2));

        QAction *entry = entryAbout(first);
        QVERIFY2(entry, "the new notification is not in the bell's list");
        QVERIFY(entry->text().startsWith(QStringLiteral("Assigned to you: TD-")));
        QVERIFY(entry->font().bold());
        entry->trigger();
        QCOMPARE(bell->unreadCount(), before + 1); // at once, before the server heard of it
        QTRY_VERIFY_WITH_TIMEOUT(window()->currentTicketPage() && window()->ticketPage(first), 10000);
        QVERIFY(!entryAbout(first)->font().bold());

        QAction *readAll = nullptr;
        emit bell->list()->aboutToShow();
        for (QAction *a : bell->list()->actions()) {
            if (a->objectName() == QLatin1String("markAllRead"))
                readAll = a;
        }
        QVERIFY(readAll && readAll->isEnabled());
        readAll->trigger();
        QCOMPARE(bell->unreadCount(), 0);
        QCOMPARE(bell->text(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(session()->store()->pendingCount(), 0, 15000);
        QCOMPARE(m_me->get(QStringLiteral("/api/v1/notifications")).json().value("unread").toInt(), 0);
    }
};

QTEST_MAIN(TestNotificationBell)
#include "tst_notificationbell.moc"
