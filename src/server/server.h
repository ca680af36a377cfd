#pragma once

#include "server/serverconfig.h"

#include <memory>

namespace tierdesk {

class AuthHandler;
class AuthService;
class ChangeLog;
class ChangeNotifier;
class Database;
class HttpServer;
class PgNotificationListener;
class ResourceRegistry;
class Router;
class TicketRepository;
class UserRepository;
struct ServerContext;

// Owns and wires the whole server: storage, the shared services (users, authentication), the resources
// (registered in one line each in open()), the router and the HTTP layer. main() and the tests' in-process
// uses go through this one class.
class Server
{
public:
    explicit Server(ServerConfig config);
    ~Server();

    // Opens the database, registers the resources and migrates the schema (the server's own module first,
    // then each resource's in registration order); throws DatabaseError with a readable message.
    void open();
    // Seeds the demo data when the database has no users yet; returns whether it did.
    bool seedDemoIfEmpty();
    // Starts listening; returns the bound port.
    quint16 start();
    void stop();

    ServerContext &context();
    Database &database();
    TicketRepository &tickets();
    ResourceRegistry &resources();
    const Router &router() const;

private:
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ResourceRegistry> m_resources;
    std::unique_ptr<AuthHandler> m_authHandler;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<PgNotificationListener> m_pgListener;
};

} // namespace tierdesk
