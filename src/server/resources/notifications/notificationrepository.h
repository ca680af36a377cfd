#pragma once

#include "core/notification.h"

#include <QList>
#include <QVariantList>
#include <optional>

namespace tierdesk {

class ChangeLog;
class Database;

// The notifications of every user. Writes run inside the caller's write transaction and publish the row to
// the change feed for its recipient alone.
class NotificationRepository
{
public:
    NotificationRepository(Database &db, ChangeLog &changes);

    // Tells `userId` about something; `text` is cut to Notification::MaxTextLength. `at` defaults to now (the
    // demo seeder passes the time of the event it replays).
    Notification notify(qint64 userId, NotificationKind kind, std::optional<qint64> ticketId,
                        const QString &text, std::optional<qint64> at = std::nullopt);

    struct Page
    {
        QList<Notification> items;  // newest first
        std::optional<qint64> next; // the id to continue before, when older ones follow
        int unread = 0;             // of all the user's notifications, not only this page
    };
    // The user's notifications older than `before` (all when unset), at most `limit`.
    Page list(qint64 userId, int limit, std::optional<qint64> before = std::nullopt);

    // Marks one of the user's notifications read (again: keeps the first read_at). DomainError not found when
    // it does not exist or is somebody else's — the same answer, so ids tell nothing about other users.
    Notification markRead(qint64 userId, qint64 id);
    // Marks every unread notification of the user read; returns how many changed.
    int markAllRead(qint64 userId);
    // Marks everyone's notifications made before `cutoff` read (the demo's history is not news).
    int markReadBefore(qint64 cutoff);

private:
    std::optional<Notification> notificationById(qint64 id);
    int markRead(const QString &condition, const QVariantList &values);
    void publish(const Notification &notification);

    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace tierdesk
