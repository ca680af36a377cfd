#include "workstation/app/screenshottour.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "workstation/app/workstationapp.h"
#include "workstation/kb/kbpage.h"
#include "workstation/login/logindialog.h"
#include "workstation/mainwindow/mainwindow.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/savedviewsmodel.h"
#include "workstation/queueview/queuepage.h"
#include "workstation/session/session.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/ticketpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace tierdesk {

ScreenshotTour::ScreenshotTour(WorkstationApp *app, AppSettings *settings, const QString &directory,
                               QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_settings(settings)
    , m_directory(directory)
{
    connect(app, &WorkstationApp::mainWindowShown, this, &ScreenshotTour::onMainWindow);
}

void ScreenshotTour::onMainWindow(MainWindow *window)
{
    m_window = window;
    window->resize(1440, 880);
    QTimer::singleShot(200, this, [this] { waitForSync(0); });
}

void ScreenshotTour::waitForSync(int attempt)
{
    Session *session = m_app->session();
    if (!session || !m_window) {
        fail(QStringLiteral("the window went away"));
        return;
    }
    if (session->store()->firstSyncDone() && session->engine()->isIdle()) {
        run();
        return;
    }
    if (attempt > 300) {
        fail(QStringLiteral("the first sync did not finish within a minute"));
        return;
    }
    QTimer::singleShot(200, this, [this, attempt] { waitForSync(attempt + 1); });
}

void ScreenshotTour::settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    settle(400);
    const QString path = QDir(m_directory).filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        fail(QStringLiteral("could not write %1").arg(path));
        return false;
    }
    m_written << path;
    std::printf("wrote %s\n", qPrintable(path));
    std::fflush(stdout);
    return true;
}

void ScreenshotTour::fail(const QString &message)
{
    std::fprintf(stderr, "screenshot tour: %s\n", qPrintable(message));
    emit finished(1);
}

void ScreenshotTour::run()
{
    QDir().mkpath(m_directory);
    MainWindow *window = m_window;
    Session *session = m_app->session();

    // Queue: every open ticket, in the default order.
    QueuePage *queue = window->queuePage();
    window->showQueue();
    queue->setSavedView(queue->savedViews()->rowOf(SavedView::AllOpen));
    queue->table()->selectRow(1);
    if (!save(window, QStringLiteral("queue.png")))
        return;

    // A ticket with customer messages, replies and an internal note: the open one with the most messages
    // that has a note.
    const qint64 busiest = session->store()->busiestOpenTicketWithNote();
    const qint64 ticketId = busiest != 0 ? busiest : queue->model()->ticketId(0);
    TicketPage *page = window->openTicket(ticketId);
    if (!page) {
        fail(QStringLiteral("no ticket to show"));
        return;
    }
    // A draft note with a screenshot waiting in the preview strip (never sent).
    page->startNote();
    page->composer()->setText(tr("Checked the relay logs: the queue volume filled up at 03:12. Asked the "
                                 "storage team to extend it; will update the customer when mail flows."));
    page->composer()->addImage(queue->grab().toImage(), QStringLiteral("queue-overview.png"));
    if (!save(window, QStringLiteral("ticket.png")))
        return;

    // Knowledge base: a search with highlighted snippets and the best article open.
    KbPage *kb = window->kbPage();
    window->showKnowledgeBase();
    kb->search(QStringLiteral("SMTP relay"));
    if (!kb->resultIds().isEmpty())
        kb->openArticle(kb->resultIds().first());
    if (!save(window, QStringLiteral("kb.png")))
        return;

    // The sign-in, as a new start shows it.
    LoginDialog login(m_settings);
    login.setServer(session->serverUrl());
    login.setLogin(session->login());
    login.setPassword(QStringLiteral("demo"));
    login.show();
    login.findChild<QWidget *>(QStringLiteral("signInButton"))->setFocus();
    settle(100);
    login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->deselect();
    if (!save(&login, QStringLiteral("login.png")))
        return;
    login.hide();
    emit finished(0);
}

} // namespace tierdesk
