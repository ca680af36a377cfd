#pragma once

#include "server/resources/incidents/incidenthandler.h"
#include "server/resources/incidents/incidentrepository.h"
#include "server/resources/resource.h"

namespace tierdesk {

struct ServerContext;

// Incidents: outages many tickets point at.
class IncidentsResource : public Resource
{
public:
    explicit IncidentsResource(ServerContext &context);

    QString name() const override { return QStringLiteral("incidents"); }
    QList<Migration> migrations() const override;
    void registerRoutes(Router &router) override;

    IncidentRepository &repository() { return m_repository; }

private:
    IncidentRepository m_repository;
    IncidentHandler m_handler;
};

} // namespace tierdesk
