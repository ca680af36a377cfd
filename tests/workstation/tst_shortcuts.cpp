// Keyboard shortcuts pressed on the real window (J/K and Ctrl+PgDn/PgUp, R, N, Ctrl+Shift+A, / and Ctrl+F,
// F1 and ?), letters typed into the composer staying text, and the notifications: a ticket a supervisor
// assigns to me on the server, none for my own assignment, and an SLA running out.

#include "workstationtest.h"

#include "workstation/kb/kbpage.h"
#include "workstation/mainwindow/shortcutsdialog.h"
#include "workstation/mainwindow/traynotifier.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/savedviewsmodel.h"
#include "workstation/queueview/queuepage.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/conversationview.h"
#include "workstation/ticket/ticketpage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    Desk m_desk;
    std::unique_ptr<test::ApiClient> m_supervisor;

    Session *session() { return m_desk.app->session(); }
    MainWindow *window() { return m_desk.app->mainWindow(); }

    // Keys go where the focus is, as on a real keyboard.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_supervisor = std::make_unique<test::ApiClient>(*m_server);
        QVERIFY(m_supervisor->login(QStringLiteral("supervisor"), QStringLiteral("demo")));
        const QString failure = test::signInAndSync(m_desk, m_server->baseUrl(), QStringLiteral("agent1"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }

    void nextAndPreviousInTheQueue()
    {
        QueuePage *queue = window()->queuePage();
        queue->setSavedView(queue->savedViews()->rowOf(SavedView::AllOpen));
        QTRY_VERIFY(queue->model()->rowCount() > 3);
        queue->table()->setFocus();
        queue->table()->setCurrentIndex(queue->model()->index(0, 0));
        press(Qt::Key_J);
        QCOMPARE(queue->table()->currentIndex().row(), 1);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(queue->table()->currentIndex().row(), 2);
        press(Qt::Key_K);
        QCOMPARE(queue->table()->currentIndex().row(), 1);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(queue->table()->currentIndex().row(), 0);
        QVERIFY(!window()->currentTicketPage()); // in the queue, J/K only move
    }

    void replyNoteAndNextTicket()
    {
        QueuePage *queue = window()->queuePage();
        const qint64 first = queue->model()->ticketId(0);
        press(Qt::Key_R);
        TicketPage *page = window()->currentTicketPage();
        QVERIFY(page);
        QCOMPARE(page->ticketId(), first);
        QCOMPARE(page->composer()->mode(), Composer::Mode::Reply);
        auto *edit = page->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QCOMPARE(QApplication::focusWidget(), edit);
        // Letters typed into the composer are text, not shortcuts.
        QTest::keyClicks(edit, QStringLiteral("jkrn/"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("jkrn/"));
        QCOMPARE(window()->currentTicketPage(), page);
        edit->clear();

        page->conversation()->setFocus();
        press(Qt::Key_N);
        QCOMPARE(page->composer()->mode(), Composer::Mode::Note);
        QCOMPARE(QApplication::focusWidget(), edit);

        // J in a ticket: the next ticket of the queue, in the same tab.
        page->conversation()->setFocus();
        const int tabs = int(window()->ticketPages().size());
        press(Qt::Key_J);
        QTRY_VERIFY(window()->currentTicketPage() &&
                    window()->currentTicketPage()->ticketId() == queue->model()->ticketId(1));
        QCOMPARE(int(window()->ticketPages().size()), tabs);
        window()->currentTicketPage()->conversation()->setFocus();
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_VERIFY(window()->currentTicketPage() && window()->currentTicketPage()->ticketId() == first);
    }

    void assignToMeFromTheKeyboard()
    {
        // An unassigned ticket of my tier.
        QueuePage *queue = window()->queuePage();
        queue->setSavedView(queue->savedViews()->rowOf(SavedView::UnassignedInMyTier));
        QTRY_VERIFY(queue->model()->rowCount() > 0);
        const qint64 id = queue->model()->ticketId(0);
        TicketPage *page = window()->openTicket(id);
        page->conversation()->setFocus();
        QSignalSpy notified(window()->notifier(), &TrayNotifier::notified);
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->get(QStringLiteral("/api/v1/tickets/%1").arg(id))
                                      .json()
                                      .value(QLatin1String("owner_id"))
                                      .toInteger(),
                                  session()->currentUserId(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(session()), 10000);
        QTest::qWait(500);
        QCOMPARE(notified.count(), 0); // my own assignment is no news to me
    }

    void searchAndShortcutList()
    {
        window()->currentTicketPage()->conversation()->setFocus();
        press(Qt::Key_Slash);
        QCOMPARE(QApplication::focusWidget(), window()->queuePage()->filterEdit());
        window()->showKnowledgeBase();
        window()->kbPage()->resultsList()->setFocus();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window()->kbPage()->searchEdit());

        for (int key : {int(Qt::Key_F1), int(Qt::Key_Question)}) {
            // The closed dialog handed activation back to the window, as a window manager does.
            window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window()));
            window()->kbPage()->resultsList()->setFocus();
            int rows = 0;
            QTimer::singleShot(100, this, [&] {
                auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
                if (dialog) {
                    rows = dialog->rowCount();
                    dialog->reject();
                }
            });
            press(key);
            QVERIFY2(rows >= 13, qPrintable(QStringLiteral("key %1: %2 rows, focus %3")
                                                .arg(key)
                                                .arg(rows)
                                                .arg(QApplication::focusWidget()
                                                         ? QApplication::focusWidget()->objectName()
                                                         : QStringLiteral("none"))));
        }
    }

    void notificationsForAssignmentAndSla()
    {
        TrayNotifier *notifier = window()->notifier();
        QSignalSpy notified(notifier, &TrayNotifier::notified);
        // A supervisor gives me an unassigned ticket.
        QueuePage *queue = window()->queuePage();
        queue->setSavedView(queue->savedViews()->rowOf(SavedView::UnassignedInMyTier));
        QTRY_VERIFY(queue->model()->rowCount() > 0);
        const qint64 id = queue->model()->ticketId(0);
        const QJsonObject ticket = m_supervisor->get(QStringLiteral("/api/v1/tickets/%1").arg(id)).json();
        const test::ApiReply assigned = m_supervisor->patch(
            QStringLiteral("/api/v1/tickets/%1").arg(id),
            QJsonObject{{QStringLiteral("owner_id"), session()->currentUserId()}},
            {{"If-Match",
              '"' + QByteArray::number(ticket.value(QLatin1String("version")).toInteger()) + '"'}});
        QVERIFY2(assigned.status == 200, qPrintable(assigned.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 15000);
        QCOMPARE(notified.first().at(0).value<TrayNotifier::Kind>(), TrayNotifier::Kind::Assigned);
        QCOMPARE(notified.first().at(1).toLongLong(), id);
        QVERIFY(notified.first().at(2).toString().startsWith(QStringLiteral("Assigned to you: TD-")));
        notified.clear();

        // A day later no first response was given on the tickets due within it: each is reported once.
        QSqlQuery q(LocalStoreTestAccess::database(*session()->store()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM tickets WHERE owner_id = %1 AND first_response_at IS NULL"
                                  " AND status IN ('new', 'open') AND sla_due_at > %2")
                       .arg(session()->currentUserId())
                       .arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(q.next(), "the ticket just assigned has its first response still to come");
        const qint64 due = q.value(0).toLongLong();
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 48LL * 3600 * 1000;
        notifier->setClock([later] { return later; });
        notifier->checkSlaBreaches();
        QList<qint64> breached;
        for (const QList<QVariant> &n : std::as_const(notified)) {
            QCOMPARE(n.at(0).value<TrayNotifier::Kind>(), TrayNotifier::Kind::SlaBreached);
            breached << n.at(1).toLongLong();
        }
        QVERIFY(breached.contains(due));
        notified.clear();
        notifier->checkSlaBreaches();
        QCOMPARE(notified.count(), 0);
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
