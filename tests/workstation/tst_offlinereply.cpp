// Offline: the server stops, the agent replies in the real composer anyway; the reply shows at once as
// waiting to be sent and the status bar counts it; the server comes back on the same port and the reply
// arrives exactly once (the outbox's idempotency key), and the window shows it once, no longer pending.

#include "workstationtest.h"

#include "workstation/mainwindow/syncstatuswidget.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/conversationview.h"
#include "workstation/ticket/messagewidget.h"
#include "workstation/ticket/ticketpage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

class TestOfflineReply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareTestProgram(); }

    void replyWhileOfflineArrivesOnce()
    {
        TestServer server({.demo = true});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Desk desk;
        WorkstationApp *app = desk.startProgram(server.baseUrl(), QStringLiteral("agent1"));
        QVERIFY(app->start());
        QVERIFY(app->loginDialog());
        test::fillAndSubmit(app->loginDialog(), server.baseUrl(), QStringLiteral("agent1"),
                            QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow(), 15000);
        Session *session = app->session();
        session->engine()->setMaxPollIntervalMs(500);
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session), 20000);

        const qint64 ticketId = test::ticketIdByNumber(session->store(), 1002);
        QVERIFY(ticketId > 0);
        TicketPage *page = app->mainWindow()->openTicket(ticketId);
        QVERIFY(page && page->exists());
        const int before = int(page->conversation()->messageWidgets().size());

        QVERIFY(server.stop());
        QTRY_COMPARE_WITH_TIMEOUT(session->engine()->state(), SyncEngine::State::Offline, 20000);

        const QString reply =
            QStringLiteral("Written offline, sent later (%1).").arg(QDateTime::currentMSecsSinceEpoch());
        auto *edit = page->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClicks(edit, reply);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);

        // Shown at once, marked as waiting, counted in the status bar.
        QTRY_COMPARE(int(page->conversation()->messageWidgets().size()), before + 1);
        MessageWidget *last = page->conversation()->messageWidgets().last();
        QCOMPARE(last->body(), reply);
        QVERIFY(last->isPending());
        QCOMPARE(last->findChild<QLabel *>(QStringLiteral("timeLabel"))->text(),
                 QStringLiteral("Waiting to be sent"));
        QTRY_COMPARE(app->mainWindow()->syncStatus()->pendingText(),
                     QStringLiteral("1 change waiting to be sent"));
        QTest::qWait(1500); // the engine keeps trying meanwhile; nothing may be lost or doubled by that
        QCOMPARE(session->store()->pendingCount(), 1);

        QVERIFY2(server.restart(true), qPrintable(server.errorString()));
        test::ApiClient agent(server);
        QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QTRY_COMPARE_WITH_TIMEOUT(
            test::countBodies(test::serverMessages(agent, ticketId), reply, QStringLiteral("public")), 1,
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session) && session->store()->pendingCount() == 0,
                                 20000);
        QTest::qWait(2000);
        QCOMPARE(test::countBodies(test::serverMessages(agent, ticketId), reply), 1);

        int shown = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     shown = 0;
                                     for (MessageWidget *w : page->conversation()->messageWidgets())
                                         if (w->body() == reply && !w->isPending())
                                             ++shown;
                                     return shown == 1;
                                 }()),
                                 10000);
        QCOMPARE(int(page->conversation()->messageWidgets().size()), before + 1);
        QCOMPARE(app->mainWindow()->syncStatus()->pendingText(), QStringLiteral("All changes sent"));
    }
};

QTEST_MAIN(TestOfflineReply)
#include "tst_offlinereply.moc"
