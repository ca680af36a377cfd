#include "server/resources/notifications/notificationrepository.h"

#include "server/resources/domainerror.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/table.h"

#include "core/timestamp.h"

namespace tierdesk {
namespace {

const Table<Notification> &notificationTable()
{
    using T = Table<Notification>;
    static const T table(QStringLiteral("notifications"),
                         {
                             T::key("id", &Notification::id),
                             T::field("user_id", &Notification::userId),
                             T::field("kind", &Notification::kind),
                             T::field("ticket_id", &Notification::ticketId),
                             T::field("text", &Notification::text),
                             T::field("created_at", &Notification::createdAt),
                             T::field("read_at", &Notification::readAt),
                         });
    return table;
}

// One line, at most `max` characters, cut after a whole word where there is one.
QString shortened(const QString &text, int max)
{
    QString line = text.simplified();
    if (line.size() <= max)
        return line;
    line.truncate(max - 1);
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
    if (space > max / 2)
        line.truncate(space);
    return line + QChar(0x2026);
}

} // namespace

NotificationRepository::NotificationRepository(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{}

std::optional<Notification> NotificationRepository::notificationById(qint64 id)
{
    Statement st = m_db.prepare(notificationTable().selectSql() + QStringLiteral(" WHERE id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return notificationTable().read(st);
}

void NotificationRepository::publish(const Notification &n)
{
    m_changes.append(QStringLiteral("notification"), n.id, n.toJson(), ChangeAudience::recipient(n.userId));
}

Notification NotificationRepository::notify(qint64 userId, NotificationKind kind,
                                            std::optional<qint64> ticketId, const QString &text,
                                            std::optional<qint64> at)
{
    Notification n;
    n.userId = userId;
    n.kind = kind;
    n.ticketId = ticketId;
    n.text = shortened(text, Notification::MaxTextLength);
    n.createdAt = at.value_or(Timestamp::nowMs());
    n.id = notificationTable().insert(m_db, n);
    publish(n);
    return n;
}

NotificationRepository::Page NotificationRepository::list(qint64 userId, int limit,
                                                          std::optional<qint64> before)
{
    Page page;
    Statement st =
        m_db.prepare(before ? notificationTable().selectSql() +
                                  QStringLiteral(" WHERE user_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
                            : notificationTable().selectSql() +
                                  QStringLiteral(" WHERE user_id = ? ORDER BY id DESC LIMIT ?"));
    st.bind(userId);
    if (before)
        st.bind(*before);
    // One extra row tells whether an older page follows.
    st.bind(limit + 1).exec();
    while (st.next()) {
        if (page.items.size() == limit) {
            page.next = page.items.constLast().id;
            break;
        }
        page.items.append(notificationTable().read(st));
    }
    Statement count = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"));
    count.bind(userId).exec();
    page.unread = count.next() ? int(count.int64(0)) : 0;
    return page;
}

Notification NotificationRepository::markRead(qint64 userId, qint64 id)
{
    std::optional<Notification> n = notificationById(id);
    if (!n || n->userId != userId)
        throw DomainError::notFound(QStringLiteral("No notification %1.").arg(id));
    if (n->readAt)
        return *n;
    n->readAt = Timestamp::nowMs();
    Statement update = m_db.prepare(notificationTable().updateSql());
    notificationTable().bindWritten(update, *n);
    update.bind(id).exec();
    publish(*n);
    return *n;
}

int NotificationRepository::markAllRead(qint64 userId)
{
    return markRead(QStringLiteral("user_id = ?"), {userId});
}

int NotificationRepository::markReadBefore(qint64 cutoff)
{
    return markRead(QStringLiteral("created_at < ?"), {cutoff});
}

int NotificationRepository::markRead(const QString &condition, const QVariantList &values)
{
    QList<Notification> unread;
    {
        Statement st = m_db.prepare(notificationTable().selectSql() + QStringLiteral(" WHERE ") + condition +
                                    QStringLiteral(" AND read_at IS NULL ORDER BY id"));
        for (const QVariant &v : values)
            st.bind(v);
        st.exec();
        while (st.next())
            unread.append(notificationTable().read(st));
    }
    const qint64 now = Timestamp::nowMs();
    Statement update = m_db.prepare(QStringLiteral("UPDATE notifications SET read_at = ? WHERE ") +
                                    condition + QStringLiteral(" AND read_at IS NULL"));
    update.bind(now);
    for (const QVariant &v : values)
        update.bind(v);
    update.exec();
    // Each one in the feed, so every device of the user clears the same bell.
    for (Notification &n : unread) {
        n.readAt = now;
        publish(n);
    }
    return int(unread.size());
}

} // namespace tierdesk
