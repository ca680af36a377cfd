// An agent's day in the real program against a real demo tierdesk-server: signing in through the real
// LoginDialog (first with a wrong password), opening a ticket from the queue with a double click, replying,
// adding an internal note and changing the status — each checked on the server through the API, the note
// also from the customer's side, where it must not exist. Then the program starts again with the server
// gone: the window opens straight from the cache with the remembered token, offline.

#include "workstationtest.h"

#include "client/apiclient.h"
#include "workstation/mainwindow/syncstatuswidget.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/savedviewsmodel.h"
#include "workstation/queueview/queuepage.h"
#include "workstation/session/directory.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/conversationview.h"
#include "workstation/ticket/messagewidget.h"
#include "workstation/ticket/ticketpage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

class TestAgentFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    Desk m_desk;
    qint64 m_ticketId = 0;

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void signInThroughTheDialog()
    {
        WorkstationApp *app = m_desk.startProgram(m_server->baseUrl(), QStringLiteral("agent1"));
        QVERIFY(app->start());
        LoginDialog *dialog = app->loginDialog();
        QVERIFY2(dialog, "a first start has nothing cached: the sign-in comes first");
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!app->mainWindow());

        QSignalSpy failed(dialog, &LoginDialog::signInFailed);
        test::fillAndSubmit(dialog, m_server->baseUrl(), QStringLiteral("agent1"),
                            QStringLiteral("not-the-password"));
        QVERIFY(failed.wait(15000));
        QCOMPARE(dialog->lastError().kind, ClientError::Kind::Unauthorized);
        QCOMPARE(dialog->errorText(), QStringLiteral("Wrong account or password."));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(!app->mainWindow());

        test::fillAndSubmit(dialog, m_server->baseUrl(), QStringLiteral("agent1"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow() && app->mainWindow()->isVisible(), 15000);
        Session *session = app->session();
        QVERIFY(session);
        session->engine()->setMaxPollIntervalMs(1000);
        QCOMPARE(session->currentUser().value(QLatin1String("login")).toString(), QStringLiteral("agent1"));
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(session->engine()->state(), SyncEngine::State::Online, 10000);
        QCOMPARE(app->mainWindow()->syncStatus()->stateText(), QStringLiteral("Online"));
        // "Remember me" with the person's consent to a file (no keychain here): the token, never the
        // password.
        const QString tokenFile = m_desk.dir.filePath(QStringLiteral("credentials/credentials.json"));
        QVERIFY(QFile::exists(tokenFile));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("demo\""));
    }

    void openTicketFromTheQueue()
    {
        MainWindow *window = m_desk.app->mainWindow();
        QVERIFY(window);
        QueuePage *queue = window->queuePage();
        queue->setSavedView(queue->savedViews()->rowOf(SavedView::AllOpen));
        m_ticketId = test::ticketIdByNumber(m_desk.app->session()->store(), 1001);
        QVERIFY(m_ticketId > 0);
        int row = -1;
        QTRY_VERIFY((row = queue->model()->rowOfTicket(m_ticketId)) >= 0);
        QTableView *table = queue->table();
        const QModelIndex index = queue->model()->index(row, QueueModel::SubjectColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_VERIFY(window->currentTicketPage());
        TicketPage *page = window->currentTicketPage();
        QCOMPARE(page->ticketId(), m_ticketId);
        QVERIFY(page->exists());

        // The conversation shows every cached message, the three kinds apart.
        const QList<QJsonObject> messages = m_desk.app->session()->store()->messages(m_ticketId);
        QCOMPARE(page->conversation()->messageWidgets().size(), messages.size());
        int notes = 0;
        for (MessageWidget *w : page->conversation()->messageWidgets()) {
            const bool internal = w->kind() == MessageWidget::Kind::InternalNote;
            QCOMPARE(w->objectName(), internal ? QStringLiteral("internalNote")
                                               : (w->kind() == MessageWidget::Kind::PublicReply
                                                      ? QStringLiteral("publicReply")
                                                      : QStringLiteral("customerMessage")));
            if (internal) {
                ++notes;
                QCOMPARE(w->findChild<QLabel *>(QStringLiteral("kindLabel"))->text(),
                         QStringLiteral("Internal note — not visible to the customer"));
            }
        }
        int cachedNotes = 0;
        for (const QJsonObject &m : messages)
            cachedNotes += m.value(QLatin1String("kind")).toString() == QLatin1String("internal");
        QCOMPARE(notes, cachedNotes);
    }

    void replyAndNoteReachTheServer()
    {
        TicketPage *page = m_desk.app->mainWindow()->currentTicketPage();
        QVERIFY(page);
        auto *edit = page->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        auto *send = page->findChild<QPushButton *>(QStringLiteral("sendButton"));
        auto *noteMode = page->findChild<QToolButton *>(QStringLiteral("noteModeButton"));
        QVERIFY(edit && send && noteMode);
        QCOMPARE(send->text(), QStringLiteral("Send reply"));

        const QString reply = QStringLiteral("We are on it: the relay is being repaired (reply %1).")
                                  .arg(QDateTime::currentMSecsSinceEpoch());
        edit->setFocus();
        QTest::keyClicks(edit, reply);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(edit->toPlainText().isEmpty());

        QTest::mouseClick(noteMode, Qt::LeftButton);
        QCOMPARE(page->composer()->mode(), Composer::Mode::Note);
        QCOMPARE(send->text(), QStringLiteral("Add internal note"));
        const QString note =
            QStringLiteral("Internal: relay eu-relay-02 volume full, storage team paged (note %1).")
                .arg(QDateTime::currentMSecsSinceEpoch());
        QTest::keyClicks(edit, note);
        QTest::mouseClick(send, Qt::LeftButton);

        test::ApiClient agent(*m_server);
        QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QTRY_COMPARE_WITH_TIMEOUT(
            test::countBodies(test::serverMessages(agent, m_ticketId), reply, QStringLiteral("public")), 1,
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            test::countBodies(test::serverMessages(agent, m_ticketId), note, QStringLiteral("internal")), 1,
            15000);

        // The customer who opened the ticket sees the reply and never the note.
        const QJsonObject ticket = agent.get(QStringLiteral("/api/v1/tickets/%1").arg(m_ticketId)).json();
        const qint64 requester = ticket.value(QLatin1String("requester_id")).toInteger();
        const QString customerLogin =
            m_desk.app->session()->directory()->user(requester).value(QLatin1String("login")).toString();
        QVERIFY(!customerLogin.isEmpty());
        test::ApiClient customer(*m_server);
        QVERIFY(customer.login(customerLogin, QStringLiteral("demo")));
        const QJsonArray seen = test::serverMessages(customer, m_ticketId);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(test::countBodies(seen, reply), 1);
        QCOMPARE(test::countBodies(seen, note), 0);
        for (const QJsonValue &v : seen)
            QVERIFY(v.toObject().value(QLatin1String("kind")).toString() != QLatin1String("internal"));

        // Back in the window: both arrived once each, acknowledged (no longer pending), each in its own look.
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(m_desk.app->session()), 10000);
        int replies = 0, notes = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                replies = notes = 0;
                for (MessageWidget *w : page->conversation()->messageWidgets()) {
                    if (w->isPending())
                        return false;
                    replies += w->body() == reply && w->kind() == MessageWidget::Kind::PublicReply;
                    notes += w->body() == note && w->kind() == MessageWidget::Kind::InternalNote;
                }
                return replies == 1 && notes == 1;
            }()),
            10000);
    }

    void statusChangeReachesTheServer()
    {
        TicketPage *page = m_desk.app->mainWindow()->currentTicketPage();
        auto *status = page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QVERIFY(status);
        const int target = status->findData(QStringLiteral("waiting_customer"));
        QVERIFY(target >= 0);
        status->setFocus();
        // Arrow keys as a person would use them; each step is a change the agent made.
        while (status->currentIndex() != target)
            QTest::keyClick(status, status->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        test::ApiClient agent(*m_server);
        QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QTRY_COMPARE_WITH_TIMEOUT(agent.get(QStringLiteral("/api/v1/tickets/%1").arg(m_ticketId))
                                      .json()
                                      .value(QLatin1String("status"))
                                      .toString(),
                                  QStringLiteral("waiting_customer"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(m_desk.app->session()), 10000);
        QCOMPARE(page->ticket().value(QLatin1String("status")).toString(),
                 QStringLiteral("waiting_customer"));
    }

    void laterStartOpensFromTheCacheOffline()
    {
        const int cachedTickets = int(m_desk.app->session()->store()->count(QStringLiteral("ticket")));
        m_desk.app.reset(); // the program ends
        QVERIFY(m_server->stop());

        // Started again without arguments: the remembered account, its cache and its token.
        WorkstationApp *app = m_desk.startProgram();
        QVERIFY(app->start());
        QVERIFY2(app->mainWindow(), "the window opens from the cache at once");
        QVERIFY(app->mainWindow()->isVisible());
        QCOMPARE(app->session()->login(), QStringLiteral("agent1"));
        QCOMPARE(int(app->session()->store()->count(QStringLiteral("ticket"))), cachedTickets);
        QVERIFY(app->mainWindow()->queuePage()->model()->rowCount() > 0);
        // The token comes from the file; the sync starts and finds nobody there.
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->isStarted(), 10000);
        QVERIFY(!app->loginDialog());
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->engine()->state(), SyncEngine::State::Offline, 15000);
        QVERIFY(app->mainWindow()->syncStatus()->stateText().startsWith(QStringLiteral("Offline")));
        // Reading works offline: the ticket from before, with the reply and the note.
        TicketPage *page = app->mainWindow()->openTicket(m_ticketId);
        QVERIFY(page && page->exists());
        QVERIFY(page->conversation()->messageWidgets().size() >= 2);
    }

    void endedSessionBringsBackTheSignIn()
    {
        QVERIFY2(m_server->restart(true), qPrintable(m_server->errorString()));
        WorkstationApp *app = m_desk.app.get();
        Session *session = app->session();
        session->engine()->setMaxPollIntervalMs(500);
        QTRY_COMPARE_WITH_TIMEOUT(session->engine()->state(), SyncEngine::State::Online, 20000);
        // The session is ended on the server (as an administrator or a password change would).
        test::ApiClient same(*m_server);
        same.setToken(session->api()->token());
        QCOMPARE(same.post(QStringLiteral("/api/v1/auth/logout"), QJsonObject()).status / 100, 2);
        session->engine()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog() && app->loginDialog()->isVisible(), 15000);
        QVERIFY(app->mainWindow()->isVisible()); // the work stays on screen behind the sign-in
        QVERIFY(app->loginDialog()
                    ->findChild<QLabel *>(QStringLiteral("infoLabel"))
                    ->text()
                    .startsWith(QStringLiteral("The server ended your session.")));
        test::fillAndSubmit(app->loginDialog(), m_server->baseUrl(), QStringLiteral("agent1"),
                            QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->loginDialog(), 15000);
        QCOMPARE(app->session(), session); // same account: the same window and cache go on
        QTRY_COMPARE_WITH_TIMEOUT(session->engine()->state(), SyncEngine::State::Online, 20000);
    }

    void signOutForgetsTheToken()
    {
        WorkstationApp *app = m_desk.app.get();
        CredentialStore reader;
        reader.setServiceName(QStringLiteral("tierdesk-workstation-test"));
        reader.setFallbackDirectory(m_desk.dir.filePath(QStringLiteral("credentials")));
        reader.setFileFallbackAllowed(true);
        QString error;
        QVERIFY(!reader.readTokenBlocking(m_server->baseUrl(), QStringLiteral("agent1"), &error).isEmpty());
        app->mainWindow()->action(QStringLiteral("actionSignOut"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog() && app->loginDialog()->isVisible(), 10000);
        QTRY_VERIFY(!app->mainWindow());
        QTRY_VERIFY_WITH_TIMEOUT(
            reader.readTokenBlocking(m_server->baseUrl(), QStringLiteral("agent1"), &error).isEmpty(), 10000);
    }
};

QTEST_MAIN(TestAgentFlow)
#include "tst_agentflow.moc"
