#include "server/resources/notifications/notificationsresource.h"

#include "server/servercontext.h"

namespace tierdesk {

NotificationsResource::NotificationsResource(ServerContext &context)
    : m_repository(context.db, context.changes)
    , m_handler(m_repository)
{}

QList<Migration> NotificationsResource::migrations() const
{
    return {
        {1,
         QStringLiteral("notifications"),
         {
             // ticket_id has no foreign key: notifications come before tickets in the schema's order (tickets
             // notify through them), and a notification may outlive what it was about.
             QStringLiteral("CREATE TABLE notifications (id {pk},"
                            " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL, ticket_id BIGINT, text TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL, read_at BIGINT)"),
             QStringLiteral("CREATE INDEX notifications_user ON notifications (user_id, id)"),
         },
         {},
         {}},
    };
}

void NotificationsResource::registerRoutes(Router &router)
{
    m_handler.registerRoutes(router);
}

} // namespace tierdesk
