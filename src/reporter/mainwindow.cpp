#include "reporter/mainwindow.h"

#include "ui_mainwindow.h"

#include "reporter/newproblemwizard.h"
#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"
#include "reporter/ticketlistmodel.h"
#include "reporter/ticketview.h"

#include "client/localstore.h"
#include "client/syncengine.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>

namespace tierdesk {

MainWindow::MainWindow(ReporterSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_model(new TicketListModel(session, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TicketListModel::SortRole);
    m_ui->ticketList->setModel(m_sorted);
    m_ui->ticketList->sortByColumn(TicketListModel::UpdatedColumn, Qt::DescendingOrder);
    m_ui->ticketList->header()->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    m_ui->ticketList->header()->setStretchLastSection(false);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->ticketView->setSession(session);
    m_ui->banner->hide();

    connect(m_ui->ticketList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_ui->ticketView->showTicket(current.data(TicketListModel::TicketIdRole).toLongLong());
            });
    connect(m_ui->actionNewProblem, &QAction::triggered, this, &MainWindow::reportProblem);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_session && m_session->engine())
            m_session->engine()->syncNow();
        if (m_session && m_session->queue())
            m_session->queue()->retryNow();
    });
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reload must not lose the ticket being read.
        const int row = m_model->rowOf(m_ui->ticketView->ticketId());
        if (row >= 0) {
            const QSignalBlocker blocker(m_ui->ticketList->selectionModel());
            m_ui->ticketList->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
        }
        updateStatus();
    });

    if (session && session->engine()) {
        connect(session->engine(), &SyncEngine::stateChanged, this, &MainWindow::updateStatus);
        connect(session->engine(), &SyncEngine::pendingCountChanged, this, &MainWindow::updateStatus);
        connect(session->engine(), &SyncEngine::editRejected, this,
                [this](const OutboxEntry &, const QString &reason) {
                    showBanner(tr("The server did not accept a change: %1").arg(reason));
                });
        connect(session->queue(), &SendQueue::changed, this, &MainWindow::updateStatus);
        connect(session->queue(), &SendQueue::entryFailed, this,
                [this](const QString &, const QString &reason) {
                    showBanner(tr("A report could not be sent: %1").arg(reason));
                });
        connect(session->queue(), &SendQueue::handedOver, this,
                [this](const QString &, SendQueue::Kind kind, qint64 ticketId, qint64) {
                    if (kind == SendQueue::Kind::Ticket)
                        showTicket(ticketId);
                });
    }
    updateStatus();
}

MainWindow::~MainWindow() = default;

TicketView *MainWindow::ticketView() const
{
    return m_ui->ticketView;
}

QString MainWindow::statusText() const
{
    return m_ui->statusBar->currentMessage();
}

QString MainWindow::bannerText() const
{
    return m_ui->banner->isHidden() ? QString() : m_ui->banner->text();
}

void MainWindow::showBanner(const QString &text)
{
    m_ui->banner->setText(text);
    m_ui->banner->show();
}

void MainWindow::updateStatus()
{
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
    if (!m_session || !m_session->engine())
        return;
    QString state;
    switch (m_session->engine()->state()) {
    case SyncEngine::State::Offline:
        state = tr("Offline: what you write is kept and sent later");
        break;
    case SyncEngine::State::Connecting:
        state = tr("Connecting…");
        break;
    case SyncEngine::State::Syncing:
        state = tr("Updating…");
        break;
    case SyncEngine::State::Online:
        state = tr("Online");
        break;
    }
    const int waiting = m_session->engine()->pendingCount() + m_session->queue()->pendingCount();
    if (waiting > 0)
        state += QStringLiteral(" · ") + tr("%n item(s) waiting to be sent", nullptr, waiting);
    m_ui->statusBar->showMessage(state);
    setWindowTitle(tr("Tierdesk support — %1").arg(m_session->login()));
}

NewProblemWizard *MainWindow::reportProblem()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new NewProblemWizard(m_session, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
    return m_wizard;
}

void MainWindow::showTicket(qint64 ticketId)
{
    const int row = m_model->rowOf(ticketId);
    if (row >= 0)
        m_ui->ticketList->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    m_ui->ticketView->showTicket(ticketId);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace tierdesk
