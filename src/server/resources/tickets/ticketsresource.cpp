#include "server/resources/tickets/ticketsresource.h"

#include "server/resources/notifications/notificationsresource.h"
#include "server/resources/resourceregistry.h"
#include "server/servercontext.h"

namespace tierdesk {

TicketsResource::TicketsResource(ServerContext &context)
    : m_repository(context.db, context.changes, context.users,
                   context.resources.find<NotificationsResource>().repository())
    , m_handler(context, m_repository)
{}

QList<Migration> TicketsResource::migrations() const
{
    return {
        {1,
         QStringLiteral("tickets, messages, ticket audit"),
         {
             QStringLiteral(
                 "CREATE TABLE tickets (id {pk}, number BIGINT NOT NULL UNIQUE, subject TEXT NOT NULL,"
                 " status TEXT NOT NULL, severity INTEGER NOT NULL, priority INTEGER NOT NULL,"
                 " requester_id BIGINT NOT NULL REFERENCES users(id), owner_id BIGINT REFERENCES users(id),"
                 " group_id BIGINT REFERENCES teams(id), tier INTEGER NOT NULL,"
                 " collaborator_ids TEXT NOT NULL DEFAULT '[]', error_codes TEXT NOT NULL DEFAULT '[]',"
                 " tags TEXT NOT NULL DEFAULT '[]', incident_id BIGINT REFERENCES incidents(id),"
                 " merged_into_id BIGINT REFERENCES tickets(id), created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL, last_customer_activity_at BIGINT, first_response_at BIGINT,"
                 " resolved_at BIGINT, sla_due_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX tickets_queue ON tickets (priority, sla_due_at, id)"),
             QStringLiteral("CREATE INDEX tickets_requester ON tickets (requester_id)"),
             QStringLiteral("CREATE INDEX tickets_owner ON tickets (owner_id)"),
             QStringLiteral("CREATE INDEX tickets_updated ON tickets (updated_at)"),
             QStringLiteral(
                 "CREATE TABLE messages (id {pk}, ticket_id BIGINT NOT NULL REFERENCES tickets(id),"
                 " author_id BIGINT NOT NULL REFERENCES users(id), kind TEXT NOT NULL,"
                 " body TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, id)"),
             QStringLiteral(
                 "CREATE TABLE ticket_audit (id {pk}, ticket_id BIGINT NOT NULL REFERENCES tickets(id),"
                 " actor_id BIGINT NOT NULL REFERENCES users(id), field TEXT NOT NULL,"
                 " old_value TEXT, new_value TEXT, at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX ticket_audit_ticket ON ticket_audit (ticket_id, id)"),
         },
         {},
         {},
         1},
    };
}

void TicketsResource::registerRoutes(Router &router)
{
    m_handler.registerRoutes(router);
}

} // namespace tierdesk
