#include "workstation/mainwindow/syncstatuswidget.h"

#include "client/localstore.h"
#include "core/timestamp.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/session/session.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace tierdesk {

SyncStatusWidget::SyncStatusWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_lastSync(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QToolButton(this))
    , m_minute(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_pending->setObjectName(QStringLiteral("pendingEdits"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_conflicts->setAutoRaise(true);
    m_conflicts->setIcon(Icons::icon(QStringLiteral("conflict")));
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflicts->hide();
    m_syncNow->setAutoRaise(true);
    m_syncNow->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_syncNow->setToolTip(tr("Sync now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addWidget(m_syncNow);

    SyncEngine *engine = session->engine();
    connect(engine, &SyncEngine::stateChanged, this, &SyncStatusWidget::onState);
    connect(engine, &SyncEngine::pendingCountChanged, this, &SyncStatusWidget::onPending);
    connect(engine, &SyncEngine::progressChanged, this, &SyncStatusWidget::onProgress);
    connect(engine, &SyncEngine::firstSyncFinished, this, [this] {
        m_progress->hide();
        updateLastSync();
    });
    connect(engine, &SyncEngine::idle, this, &SyncStatusWidget::updateLastSync);
    connect(session->store(), &LocalStore::outboxChanged, this, &SyncStatusWidget::onPending);
    connect(session->store(), &LocalStore::changed, this, [this](const StoreChange &change) {
        if (change.entities.contains(QStringLiteral("conflict")) ||
            change.entities.contains(QStringLiteral("outbox")))
            updateConflicts();
    });
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsClicked);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    connect(m_syncNow, &QToolButton::clicked, engine, &SyncEngine::syncNow);
    m_minute->setInterval(60000);
    connect(m_minute, &QTimer::timeout, this, &SyncStatusWidget::updateLastSync);
    m_minute->start();

    onState(engine->state());
    onPending(session->store()->pendingCount());
    updateLastSync();
    updateConflicts();
}

void SyncStatusWidget::onState(SyncEngine::State state)
{
    QColor colour;
    QString text;
    switch (state) {
    case SyncEngine::State::Offline:
        colour = QColor(0x9a, 0xa0, 0xa6);
        text = m_session->isStarted() ? tr("Offline — working from the local copy") : tr("Offline");
        break;
    case SyncEngine::State::Connecting:
        colour = QColor(0xe0, 0xa4, 0x58);
        text = tr("Connecting…");
        break;
    case SyncEngine::State::Syncing:
        colour = QColor(0x3a, 0x7b, 0xd5);
        text = tr("Syncing…");
        break;
    case SyncEngine::State::Online:
        colour = QColor(0x2e, 0x9e, 0x5b);
        text = tr("Online");
        break;
    }
    m_dot->setPixmap(Icons::dot(colour).pixmap(12, 12));
    m_state->setText(text);
    m_state->setProperty("state", SyncEngine::stateName(state));
    const ClientError error = m_session->engine()->lastError();
    m_state->setToolTip(state == SyncEngine::State::Offline && error.isError() ? error.message : QString());
    m_syncNow->setEnabled(m_session->isStarted());
    if (state == SyncEngine::State::Online || state == SyncEngine::State::Offline)
        updateLastSync();
}

void SyncStatusWidget::onPending(int pending)
{
    m_pending->setText(pending == 0 ? tr("All changes sent")
                                    : tr("%n change(s) waiting to be sent", nullptr, pending));
    m_pending->setStyleSheet(pending == 0 ? QString() : QStringLiteral("color: #8a5300;"));
}

void SyncStatusWidget::onProgress(qint64 done, qint64 total)
{
    if (m_session->store()->firstSyncDone() || total <= 0) {
        m_progress->hide();
        return;
    }
    // Sequence numbers can exceed int: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    m_progress->setFormat(tr("First sync %p%"));
    m_progress->show();
}

void SyncStatusWidget::updateLastSync()
{
    const qint64 at = m_session->store()->isOpen() ? m_session->store()->lastSyncAt() : 0;
    if (at <= 0) {
        m_lastSync->setText(tr("Never synced"));
        return;
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at);
    const bool today = when.date() == QDate::currentDate();
    m_lastSync->setText(tr("Last sync %1")
                            .arg(today ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                       : QLocale().toString(when, QLocale::ShortFormat)));
    m_lastSync->setToolTip(TicketDisplay::ago(at, Timestamp::nowMs()));
}

void SyncStatusWidget::updateConflicts()
{
    const int n = int(m_session->store()->conflicts().size());
    m_conflicts->setText(tr("%n conflict(s) need you", nullptr, n));
    m_conflicts->setVisible(n > 0);
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

bool SyncStatusWidget::isProgressVisible() const
{
    return !m_progress->isHidden();
}

int SyncStatusWidget::progressValue() const
{
    return m_progress->value();
}

} // namespace tierdesk
