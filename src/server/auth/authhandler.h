#pragma once

#include "server/servercontext.h"

namespace tierdesk {

class AuthService;
class Router;

// POST /auth/login, POST /auth/logout, GET /me, GET /users, GET /groups.
class AuthHandler
{
public:
    AuthHandler(ServerContext &context, AuthService &auth);
    void registerRoutes(Router &router);

private:
    ServerContext &m_context;
    AuthService &m_auth;
};

} // namespace tierdesk
