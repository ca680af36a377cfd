#include "workstation/mainwindow/traynotifier.h"

#include "client/localstore.h"
#include "client/syncengine.h"
#include "core/timestamp.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/mainwindow/notificationtext.h"
#include "workstation/session/session.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTray, "tierdesk.workstation.tray")

namespace tierdesk {

TrayNotifier::TrayNotifier(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
    , m_clock([] { return Timestamp::nowMs(); })
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        m_tray->setToolTip(tr("Tierdesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastTicket != 0)
                emit openTicketRequested(m_lastTicket);
        });
        m_tray->show();
    }
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &TrayNotifier::checkSlaBreaches);
    connect(session->store(), &LocalStore::changed, this, &TrayNotifier::onStoreChanged);
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

void TrayNotifier::setCheckInterval(int ms)
{
    m_timer->setInterval(ms);
}

void TrayNotifier::start()
{
    m_started = true;
    // With an empty cache the first sync brings everything: what is mine once it is done is the starting
    // point, not news (its last page is stored before firstSyncFinished() comes).
    m_baseline = m_session->store()->isOpen() && m_session->store()->firstSyncDone();
    if (!m_baseline) {
        connect(
            m_session->engine(), &SyncEngine::firstSyncFinished, this,
            [this] {
                rememberSeen();
                m_baseline = true;
            },
            Qt::SingleShotConnection);
    }
    rememberSeen();
    m_lastCheck = m_clock();
    m_timer->start();
}

void TrayNotifier::rememberSeen()
{
    m_lastNotification = 0;
    if (!m_session->store()->isOpen())
        return;
    const QList<Notification> all = m_session->store()->notifications(); // newest first
    if (!all.isEmpty())
        m_lastNotification = all.first().id;
}

void TrayNotifier::onStoreChanged(const StoreChange &change)
{
    if (!m_started || !m_baseline)
        return; // the first sync is still loading: its end sets the starting point
    if (!change.reset && !change.entities.contains(QStringLiteral("notification")))
        return;
    // What the server told me since the last look, oldest first; read ones (on another device) are no news.
    LocalStore *store = m_session->store();
    QList<Notification> fresh;
    for (const Notification &n : store->notifications()) {
        if (n.id <= m_lastNotification)
            break;
        fresh.prepend(n);
    }
    for (const Notification &n : std::as_const(fresh)) {
        m_lastNotification = std::max(m_lastNotification, n.id);
        if (n.isRead())
            continue;
        notify(n.kind == NotificationKind::Assigned ? Kind::Assigned : Kind::Reply, n.ticketId.value_or(0),
               NotificationText::title(n, store), NotificationText::text(n, store));
    }
}

void TrayNotifier::checkSlaBreaches()
{
    const qint64 now = m_clock();
    const qint64 since = m_lastCheck;
    m_lastCheck = now;
    const qint64 me = m_session->currentUserId();
    if (me <= 0 || !m_session->store()->isOpen() || since <= 0)
        return;
    // Due between the last look and now, no first response, still open, and mine or waiting in my tier.
    const QList<qint64> ids =
        m_session->store()->ticketIdsBreachingSla(since, now, me, m_session->currentTier());
    for (qint64 id : std::as_const(ids)) {
        const auto ticket = m_session->store()->ticket(id);
        if (!ticket)
            continue;
        notify(Kind::SlaBreached, id, tr("SLA breached: %1").arg(TicketDisplay::number(*ticket)),
               tr("%1 — no first response in time.").arg(ticket->value(QLatin1String("subject")).toString()));
    }
}

void TrayNotifier::notify(Kind kind, qint64 ticketId, const QString &title, const QString &text)
{
    qCInfo(lcTray) << title << text;
    m_lastTicket = ticketId;
    if (m_tray)
        m_tray->showMessage(
            title, text, kind == Kind::SlaBreached ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
            8000);
    emit notified(kind, ticketId, title, text);
}

} // namespace tierdesk
