#pragma once

#include <QToolButton>

class QMenu;

namespace tierdesk {

class Session;
struct StoreChange;

// The bell in the corner of the main window: the number of unread notifications and, on click, the latest
// ones (unread in bold). Choosing one marks it read and opens its ticket; "Mark all as read" clears the
// bell. Both work offline: the marks go through the outbox.
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(Session *session, QWidget *parent = nullptr);

    int unreadCount() const { return m_unread; }
    QMenu *list() const { return m_menu; }
    static constexpr int Shown = 15;

public slots:
    void refresh();

signals:
    void openTicketRequested(qint64 ticketId);

private:
    void rebuildMenu();

    Session *m_session;
    QMenu *m_menu;
    int m_unread = 0;
};

} // namespace tierdesk
