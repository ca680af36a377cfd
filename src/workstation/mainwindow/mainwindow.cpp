#include "workstation/mainwindow/mainwindow.h"

#include "ui_mainwindow.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "workstation/app/appsettings.h"
#include "workstation/app/languages.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/kb/kbpage.h"
#include "workstation/mainwindow/notificationbell.h"
#include "workstation/mainwindow/shortcutsdialog.h"
#include "workstation/mainwindow/syncstatuswidget.h"
#include "workstation/mainwindow/traynotifier.h"
#include "workstation/queueview/queuepage.h"
#include "workstation/session/session.h"
#include "workstation/ticket/composer.h"
#include "workstation/ticket/ticketpage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>

namespace tierdesk {

MainWindow::MainWindow(Session *session, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_settings(settings)
{
    ui->setupUi(this);
    setWindowIcon(Icons::application());
    m_queue = new QueuePage(session, this);
    m_kb = new KbPage(session, this);
    ui->tabs->addTab(m_queue, Icons::icon(QStringLiteral("queue")), tr("Queue"));
    ui->tabs->addTab(m_kb, Icons::icon(QStringLiteral("kb")), tr("Knowledge base"));
    // The queue and the knowledge base stay: only ticket tabs can be closed.
    for (int i = 0; i < 2; ++i)
        ui->tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);

    m_status = new SyncStatusWidget(session, this);
    statusBar()->addPermanentWidget(m_status);
    m_notifier = new TrayNotifier(session, this);
    m_bell = new NotificationBell(session, this);
    ui->tabs->setCornerWidget(m_bell, Qt::TopRightCorner);
    connect(m_bell, &NotificationBell::openTicketRequested, this, [this](qint64 id) { openTicket(id); });

    connect(m_queue, &QueuePage::openTicket, this, [this](qint64 id) { openTicket(id); });
    connect(m_kb, &KbPage::insertRequested, this, [this](qint64 ticketId, const QString &text) {
        if (TicketPage *page = openTicket(ticketId))
            page->insertIntoReply(text);
    });
    connect(m_kb, &KbPage::linkRequested, this, [this](qint64 ticketId, qint64 articleId) {
        if (TicketPage *page = ticketPage(ticketId)) {
            page->linkArticle(articleId);
            statusBar()->showMessage(tr("Article linked to %1.").arg(TicketDisplay::number(page->ticket())),
                                     5000);
        }
    });
    connect(ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    connect(ui->tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *page = qobject_cast<TicketPage *>(ui->tabs->widget(index))) {
            ui->tabs->removeTab(index);
            page->deleteLater();
            updateKbTarget();
        }
    });
    connect(m_notifier, &TrayNotifier::notified, this,
            [this](TrayNotifier::Kind, qint64, const QString &title, const QString &text) {
                statusBar()->showMessage(title + QStringLiteral(" — ") + text, 10000);
            });
    connect(m_notifier, &TrayNotifier::openTicketRequested, this, [this](qint64 id) {
        openTicket(id);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_status, &SyncStatusWidget::conflictsClicked, this, [this] {
        const QList<Conflict> conflicts = m_session->store()->conflicts();
        for (const Conflict &c : conflicts) {
            if (c.entity == QLatin1String("ticket")) {
                openTicket(c.entityId);
                return;
            }
        }
        if (!conflicts.isEmpty()) {
            showKnowledgeBase();
            m_kb->openArticle(conflicts.first().entityId);
        }
    });
    SyncEngine *engine = session->engine();
    connect(engine, &SyncEngine::editRejected, this, [this](const OutboxEntry &entry, const QString &reason) {
        statusBar()->showMessage(
            tr("The server refused a change (%1): %2").arg(OutboxEntry::kindName(entry.kind), reason), 15000);
    });
    connect(engine, &SyncEngine::conflictRaised, this, [this](const Conflict &conflict) {
        statusBar()->showMessage(
            tr("Someone else changed the same fields; open the item to choose what to keep."), 15000);
        if (conflict.entity == QLatin1String("ticket"))
            if (TicketPage *page = ticketPage(conflict.entityId))
                page->reload();
    });
    connect(session, &Session::currentUserChanged, this, &MainWindow::updateTitle);

    setUpActions();
    setUpLanguageMenu();
    updateTitle();
    updateKbTarget();
    if (!settings->windowGeometry().isEmpty())
        restoreGeometry(settings->windowGeometry());
    m_notifier->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    const auto keys = [](std::initializer_list<QKeySequence> list) { return QList<QKeySequence>(list); };
    ui->actionSyncNow->setShortcuts(keys({QKeySequence(Qt::Key_F5)}));
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionShowQueue->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_1)}));
    ui->actionShowKb->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_2)}));
    ui->actionNextTicket->setShortcuts(
        keys({QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_PageDown)}));
    ui->actionPreviousTicket->setShortcuts(
        keys({QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_PageUp)}));
    ui->actionCloseTab->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_W)}));
    ui->actionReply->setShortcuts(keys({QKeySequence(Qt::Key_R)}));
    ui->actionNote->setShortcuts(keys({QKeySequence(Qt::Key_N)}));
    ui->actionAssignToMe->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}));
    ui->actionHistory->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_H)}));
    ui->actionSearch->setShortcuts(keys({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_Slash)}));
    ui->actionShortcuts->setShortcuts(keys({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)}));
    for (QAction *a : shortcutActions())
        a->setShortcutContext(Qt::WindowShortcut);
    ui->actionSyncNow->setIcon(Icons::icon(QStringLiteral("refresh")));
    ui->actionShowQueue->setIcon(Icons::icon(QStringLiteral("queue")));
    ui->actionShowKb->setIcon(Icons::icon(QStringLiteral("kb")));
    ui->actionReply->setIcon(Icons::icon(QStringLiteral("reply")));
    ui->actionNote->setIcon(Icons::icon(QStringLiteral("note")));
    ui->actionAssignToMe->setIcon(Icons::icon(QStringLiteral("assign")));
    ui->actionShortcuts->setIcon(Icons::icon(QStringLiteral("help")));

    connect(ui->actionSyncNow, &QAction::triggered, m_session->engine(), &SyncEngine::syncNow);
    connect(ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionShowQueue, &QAction::triggered, this, &MainWindow::showQueue);
    connect(ui->actionShowKb, &QAction::triggered, this, &MainWindow::showKnowledgeBase);
    connect(ui->actionNextTicket, &QAction::triggered, this, &MainWindow::nextTicket);
    connect(ui->actionPreviousTicket, &QAction::triggered, this, &MainWindow::previousTicket);
    connect(ui->actionCloseTab, &QAction::triggered, this, &MainWindow::closeCurrentTicket);
    connect(ui->actionReply, &QAction::triggered, this, &MainWindow::reply);
    connect(ui->actionNote, &QAction::triggered, this, &MainWindow::note);
    connect(ui->actionAssignToMe, &QAction::triggered, this, &MainWindow::assignToMe);
    connect(ui->actionHistory, &QAction::triggered, this, [this] {
        if (TicketPage *page = currentTicketPage())
            page->showHistory();
    });
    connect(ui->actionSearch, &QAction::triggered, this, &MainWindow::search);
    connect(ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Tierdesk"),
            tr("<b>Tierdesk %1</b><p>The agents' workstation of a help desk for tiered technical "
               "support: queue, tickets and knowledge base, working offline from a local copy.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setUpLanguageMenu()
{
    QMenu *menu = ui->menuSettings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString chosen = m_settings->language();
    QAction *system = menu->addAction(tr("Follow the system"));
    system->setCheckable(true);
    system->setChecked(chosen.isEmpty());
    system->setData(QString());
    group->addAction(system);
    menu->addSeparator();
    for (const Languages::Language &l : Languages::available()) {
        QAction *a = menu->addAction(l.nativeName);
        a->setCheckable(true);
        a->setChecked(chosen == l.code);
        a->setData(l.code);
        group->addAction(a);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *a) {
        const QString code = a->data().toString();
        m_settings->setLanguage(code);
        QMessageBox::information(this, tr("Language"),
                                 tr("Tierdesk will use the new language from its next start."));
    });
}

QList<QAction *> MainWindow::shortcutActions() const
{
    return {ui->actionNextTicket, ui->actionPreviousTicket, ui->actionReply,     ui->actionNote,
            ui->actionAssignToMe, ui->actionSearch,         ui->actionShortcuts, ui->actionShowQueue,
            ui->actionShowKb,     ui->actionCloseTab,       ui->actionHistory,   ui->actionSyncNow,
            ui->actionQuit};
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::updateTitle()
{
    const QString name = m_session->currentUser().value(QLatin1String("name")).toString();
    setWindowTitle(tr("Tierdesk — %1 on %2")
                       .arg(name.isEmpty() ? m_session->login() : name, m_session->serverUrl().host()));
}

TicketPage *MainWindow::lastTicketPage() const
{
    return m_lastTicket.data();
}

TicketPage *MainWindow::currentTicketPage() const
{
    return qobject_cast<TicketPage *>(ui->tabs->currentWidget());
}

QList<TicketPage *> MainWindow::ticketPages() const
{
    QList<TicketPage *> pages;
    for (int i = 0; i < ui->tabs->count(); ++i)
        if (auto *page = qobject_cast<TicketPage *>(ui->tabs->widget(i)))
            pages << page;
    return pages;
}

TicketPage *MainWindow::ticketPage(qint64 id) const
{
    for (TicketPage *page : ticketPages())
        if (page->ticketId() == id)
            return page;
    return nullptr;
}

TicketPage *MainWindow::openTicket(qint64 id, bool replaceCurrent)
{
    if (id == 0)
        return nullptr;
    if (TicketPage *existing = ticketPage(id)) {
        ui->tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *page = new TicketPage(m_session, id, this);
    connect(page, &TicketPage::titleChanged, this, [this, page](const QString &title) {
        const int index = ui->tabs->indexOf(page);
        if (index >= 0) {
            ui->tabs->setTabText(index, title);
            updateKbTarget();
        }
    });
    connect(page, &TicketPage::lookupErrorCode, this, &MainWindow::lookupErrorCode);
    connect(page, &TicketPage::openArticle, this, &MainWindow::openArticle);
    TicketPage *current = currentTicketPage();
    int index;
    if (replaceCurrent && current) {
        index = ui->tabs->indexOf(current);
        ui->tabs->insertTab(index, page, page->tabTitle());
        ui->tabs->removeTab(index + 1);
        current->deleteLater();
    } else {
        index = ui->tabs->addTab(page, page->tabTitle());
    }
    ui->tabs->setTabToolTip(index, page->ticket().value(QLatin1String("subject")).toString());
    ui->tabs->setCurrentWidget(page);
    m_lastTicket = page;
    updateKbTarget();
    return page;
}

void MainWindow::onTabChanged(int)
{
    if (TicketPage *page = currentTicketPage()) {
        m_lastTicket = page;
        m_queue->selectTicket(page->ticketId());
    }
    updateKbTarget();
}

void MainWindow::updateKbTarget()
{
    if (!m_lastTicket || ui->tabs->indexOf(m_lastTicket) < 0) {
        const QList<TicketPage *> pages = ticketPages();
        m_lastTicket = pages.isEmpty() ? nullptr : pages.last();
    }
    if (m_lastTicket)
        m_kb->setTargetTicket(m_lastTicket->ticketId(), TicketDisplay::number(m_lastTicket->ticket()));
    else
        m_kb->setTargetTicket(0, QString());
}

void MainWindow::showQueue()
{
    ui->tabs->setCurrentWidget(m_queue);
    m_queue->table()->setFocus();
}

void MainWindow::showKnowledgeBase()
{
    ui->tabs->setCurrentWidget(m_kb);
}

void MainWindow::stepTicket(int delta)
{
    TicketPage *current = currentTicketPage();
    if (current)
        m_queue->selectTicket(current->ticketId());
    const qint64 id = m_queue->step(delta);
    if (id == 0) {
        statusBar()->showMessage(delta > 0 ? tr("This is the last ticket of the view.")
                                           : tr("This is the first ticket of the view."),
                                 3000);
        return;
    }
    // In the queue J/K move the selection; in a ticket they go on to the next ticket in the same tab.
    if (current)
        openTicket(id, true);
}

void MainWindow::nextTicket()
{
    stepTicket(+1);
}

void MainWindow::previousTicket()
{
    stepTicket(-1);
}

void MainWindow::reply()
{
    TicketPage *page = currentTicketPage();
    if (!page && ui->tabs->currentWidget() == m_queue)
        page = openTicket(m_queue->currentTicketId());
    if (page)
        page->startReply();
}

void MainWindow::note()
{
    TicketPage *page = currentTicketPage();
    if (!page && ui->tabs->currentWidget() == m_queue)
        page = openTicket(m_queue->currentTicketId());
    if (page)
        page->startNote();
}

void MainWindow::assignToMe()
{
    if (TicketPage *page = currentTicketPage()) {
        page->assignToMe();
        return;
    }
    if (ui->tabs->currentWidget() == m_queue) {
        const int n = int(m_queue->selectedTicketIds().size());
        m_queue->assignSelectedToMe();
        if (n > 0)
            statusBar()->showMessage(tr("%n ticket(s) assigned to you.", nullptr, n), 4000);
    }
}

void MainWindow::search()
{
    if (ui->tabs->currentWidget() == m_kb) {
        m_kb->focusSearch();
        return;
    }
    ui->tabs->setCurrentWidget(m_queue);
    m_queue->focusFilter();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

void MainWindow::closeCurrentTicket()
{
    if (TicketPage *page = currentTicketPage()) {
        ui->tabs->removeTab(ui->tabs->indexOf(page));
        page->deleteLater();
        updateKbTarget();
    }
}

void MainWindow::lookupErrorCode(const QString &code)
{
    showKnowledgeBase();
    m_kb->lookupErrorCode(code);
}

void MainWindow::openArticle(qint64 id)
{
    showKnowledgeBase();
    m_kb->openArticle(id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry(), saveState());
    event->accept();
    emit closed();
}

} // namespace tierdesk
