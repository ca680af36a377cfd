#pragma once

#include "server/serverconfig.h"

#include <memory>
#include <vector>

namespace tierdesk {

class ArticleRepository;
class AttachmentStore;
class AuthService;
class ChangeLog;
class ChangeNotifier;
class Database;
class HttpServer;
class IncidentRepository;
class PgNotificationListener;
class Router;
class TicketRepository;
class UserRepository;
struct ServerContext;

// Owns and wires the whole server: storage, repositories, the router with every handler, and the HTTP layer.
// main() and the tests' in-process uses go through this one class.
class Server
{
public:
    explicit Server(ServerConfig config);
    ~Server();

    // Opens the database and migrates the schema; throws DatabaseError with a readable message.
    void open();
    // Seeds the demo data when the database has no users yet; returns whether it did.
    bool seedDemoIfEmpty();
    // Starts listening; returns the bound port.
    quint16 start();
    void stop();

    ServerContext &context();
    Database &database();
    TicketRepository &tickets();
    const Router &router() const;

private:
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<TicketRepository> m_tickets;
    std::unique_ptr<ArticleRepository> m_articles;
    std::unique_ptr<IncidentRepository> m_incidents;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<Router> m_router;
    std::vector<std::shared_ptr<void>> m_handlers;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<PgNotificationListener> m_pgListener;
};

} // namespace tierdesk
