#pragma once

#include "server/servercontext.h"

namespace tierdesk {

class Router;

// GET /api/v1/changes: the change feed, filtered to what the caller may see; /api/v1/stream: its wake-ups.
class ChangesHandler
{
public:
    explicit ChangesHandler(ServerContext &context);
    void registerRoutes(Router &router);

    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 1000;

private:
    ServerContext &m_context;
};

} // namespace tierdesk
