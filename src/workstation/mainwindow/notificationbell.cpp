#include "workstation/mainwindow/notificationbell.h"

#include "client/localstore.h"
#include "workstation/common/icons.h"
#include "workstation/common/ticketdisplay.h"
#include "workstation/mainwindow/notificationtext.h"
#include "workstation/session/session.h"

#include <QDateTime>
#include <QLocale>
#include <QMenu>

namespace tierdesk {

NotificationBell::NotificationBell(Session *session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(Icons::icon(QStringLiteral("bell")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    // Built when opened, so it always shows the cache as it is then.
    connect(m_menu, &QMenu::aboutToShow, this, &NotificationBell::rebuildMenu);
    connect(session->store(), &LocalStore::changed, this, [this](const StoreChange &change) {
        // The count depends on notifications alone (the list, with ticket numbers, is built when opened).
        if (change.reset || change.entities.contains(QStringLiteral("notification")))
            refresh();
    });
    refresh();
}

void NotificationBell::refresh()
{
    LocalStore *store = m_session->store();
    m_unread = store->isOpen() ? store->unreadNotificationCount() : 0;
    setText(m_unread > 0 ? QString::number(m_unread) : QString());
    const QString tip =
        m_unread > 0 ? tr("%n unread notification(s)", nullptr, m_unread) : tr("No unread notifications");
    setToolTip(tip);
    setAccessibleName(tr("Notifications"));
    setAccessibleDescription(tip);
}

void NotificationBell::rebuildMenu()
{
    m_menu->clear();
    LocalStore *store = m_session->store();
    const QList<Notification> all = store->isOpen() ? store->notifications() : QList<Notification>();
    if (all.isEmpty()) {
        m_menu->addAction(tr("Nothing yet: assignments and replies show here."))->setEnabled(false);
        return;
    }
    QAction *readAll = m_menu->addAction(tr("Mark all as read"));
    readAll->setObjectName(QStringLiteral("markAllRead"));
    readAll->setEnabled(m_unread > 0);
    connect(readAll, &QAction::triggered, this, [this] { m_session->store()->markAllNotificationsRead(); });
    m_menu->addSeparator();
    const QLocale locale;
    for (const Notification &n : all.mid(0, Shown)) {
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(n.createdAt).toLocalTime(), QLocale::ShortFormat);
        QString text = NotificationText::text(n, store);
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        QAction *action = m_menu->addAction(
            QStringLiteral("%1 — %2 (%3)").arg(NotificationText::title(n, store), text, when));
        if (!n.isRead()) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        const qint64 id = n.id;
        const std::optional<qint64> ticket = n.ticketId;
        connect(action, &QAction::triggered, this, [this, id, ticket] {
            m_session->store()->markNotificationRead(id);
            if (ticket)
                emit openTicketRequested(*ticket);
        });
    }
}

} // namespace tierdesk
