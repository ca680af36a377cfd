// The status bar during a first sync of a real server with synthetic data (a few thousand tickets, read in
// small pages so that there is something to watch): "Never synced" before, a progress bar that climbs and
// goes away, then "Online", "Last sync HH:MM" and the queue filled — and no "assigned to you" notification
// for tickets that were already mine before this computer knew them.

#include "workstationtest.h"

#include "workstation/mainwindow/syncstatuswidget.h"
#include "workstation/mainwindow/traynotifier.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/savedviewsmodel.h"
#include "workstation/queueview/queuepage.h"

#include <QProgressBar>

using namespace tierdesk;
using tierdesk::test::Desk;
using tierdesk::test::TestServer;

class TestFirstSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareTestProgram(); }

    void progressDuringTheFirstSync()
    {
        TestServer server;
        const test::CliResult generated =
            server.runCli({QStringLiteral("generate"), QStringLiteral("--tickets"), QStringLiteral("3000"),
                           QStringLiteral("--messages"), QStringLiteral("3000")});
        QVERIFY2(generated.finished && generated.exitCode == 0,
                 qPrintable(QString::fromUtf8(generated.standardError)));
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        Desk desk;
        WorkstationApp *app = desk.startProgram(server.baseUrl(), QStringLiteral("synth-agent1"));
        QList<int> progress;
        bool neverSyncedShown = false;
        int assigned = 0;
        connect(app, &WorkstationApp::mainWindowShown, this, [&](MainWindow *window) {
            // Before the sync starts: small pages, so the first sync takes several steps.
            app->session()->engine()->setPageSize(250);
            neverSyncedShown = window->syncStatus()->lastSyncText() == QStringLiteral("Never synced");
            connect(window->notifier(), &TrayNotifier::notified, this, [&assigned] { ++assigned; });
            auto *bar = window->syncStatus()->findChild<QProgressBar *>(QStringLiteral("firstSyncProgress"));
            connect(bar, &QProgressBar::valueChanged, this, [&, window](int value) {
                if (window->syncStatus()->isProgressVisible())
                    progress << value;
            });
        });
        QVERIFY(app->start());
        test::fillAndSubmit(app->loginDialog(), server.baseUrl(), QStringLiteral("synth-agent1"),
                            QStringLiteral("synthetic"));
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow(), 15000);
        MainWindow *window = app->mainWindow();
        QVERIFY(neverSyncedShown);
        QTRY_VERIFY_WITH_TIMEOUT(test::syncedAndIdle(app->session()), 60000);

        QVERIFY2(progress.size() >= 3, qPrintable(QStringLiteral("%1 progress steps").arg(progress.size())));
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i) >= progress.at(i - 1));
        QVERIFY(progress.first() < 1000);
        QTRY_VERIFY(!window->syncStatus()->isProgressVisible());
        QTRY_COMPARE(window->syncStatus()->stateText(), QStringLiteral("Online"));
        QVERIFY2(window->syncStatus()->lastSyncText().startsWith(QStringLiteral("Last sync ")),
                 qPrintable(window->syncStatus()->lastSyncText()));
        QCOMPARE(app->session()->store()->count(QStringLiteral("ticket")), 3000);
        QueuePage *queue = window->queuePage();
        queue->setSavedView(queue->savedViews()->rowOf(SavedView::AllTickets));
        QTRY_COMPARE(queue->model()->rowCount(), 3000);
        QTRY_VERIFY(queue->savedViews()->count(SavedView::MyTickets) > 0);
        QCOMPARE(assigned, 0);
    }
};

QTEST_MAIN(TestFirstSync)
#include "tst_firstsync.moc"
