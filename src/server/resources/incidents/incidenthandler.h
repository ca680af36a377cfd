#pragma once

#include "server/servercontext.h"

namespace tierdesk {

class IncidentRepository;
class Router;

// GET /api/v1/incidents (everyone) and POST /api/v1/incidents (staff).
class IncidentHandler
{
public:
    IncidentHandler(ServerContext &context, IncidentRepository &incidents);
    void registerRoutes(Router &router);

    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxDescriptionLength = 10000;

private:
    // Kept for the same construction as every handler; incidents need nothing else from it yet.
    [[maybe_unused]] ServerContext &m_context;
    IncidentRepository &m_incidents;
};

} // namespace tierdesk
