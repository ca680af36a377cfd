#include "server/resources/incidents/incidentsresource.h"

#include "server/servercontext.h"

namespace tierdesk {

IncidentsResource::IncidentsResource(ServerContext &context)
    : m_repository(context.db, context.changes)
    , m_handler(context, m_repository)
{}

QList<Migration> IncidentsResource::migrations() const
{
    return {
        {1,
         QStringLiteral("incidents"),
         {QStringLiteral("CREATE TABLE incidents (id {pk}, title TEXT NOT NULL, description TEXT NOT NULL,"
                         " status TEXT NOT NULL, created_at BIGINT NOT NULL, resolved_at BIGINT)")},
         {},
         {},
         1},
    };
}

void IncidentsResource::registerRoutes(Router &router)
{
    m_handler.registerRoutes(router);
}

} // namespace tierdesk
