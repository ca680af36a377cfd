#pragma once

namespace tierdesk {

class Router;

// GET /healthz and GET /api/v1/openapi.json (the document kept in resources/, compiled in).
class SystemHandler
{
public:
    void registerRoutes(Router &router);
};

} // namespace tierdesk
