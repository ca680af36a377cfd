#include "server/resources/incidents/incidenthandler.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/resources/incidents/incidentrepository.h"

#include "core/jsonreader.h"

#include <QJsonArray>

namespace tierdesk {

IncidentHandler::IncidentHandler(ServerContext &context, IncidentRepository &incidents)
    : m_context(context)
    , m_incidents(incidents)
{}

void IncidentHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/incidents"), [this](RequestContext &) {
        QJsonArray items;
        for (const Incident &i : m_incidents.incidents())
            items.append(i.toJson());
        return HttpResponse::json(200, {{QStringLiteral("items"), items}});
    });

    router.add("POST", QStringLiteral("/api/v1/incidents"), [this](RequestContext &ctx) {
        ctx.requireStaff();
        JsonReader reader(ctx.jsonBody());
        const QString title = reader.requiredString(QStringLiteral("title"), 1, MaxTitleLength);
        const QString description =
            reader.optionalString(QStringLiteral("description"), 0, MaxDescriptionLength).value_or(QString());
        reader.rejectUnknownFields();
        if (!reader.ok())
            throw ApiError::validation(reader.error());
        return HttpResponse::json(201, m_incidents.create(title, description).toJson());
    });
}

} // namespace tierdesk
