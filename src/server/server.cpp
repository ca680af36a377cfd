#include "server/server.h"

#include "server/auth/authhandler.h"
#include "server/auth/authservice.h"
#include "server/http/httpserver.h"
#include "server/http/router.h"
#include "server/resources/articles/articlerepository.h"
#include "server/resources/articles/kbhandler.h"
#include "server/resources/attachments/attachmenthandler.h"
#include "server/resources/attachments/attachmentstore.h"
#include "server/resources/changes/changeshandler.h"
#include "server/resources/incidents/incidenthandler.h"
#include "server/resources/incidents/incidentrepository.h"
#include "server/resources/system/systemhandler.h"
#include "server/resources/tickets/tickethandler.h"
#include "server/resources/tickets/ticketrepository.h"
#include "server/resources/users/userrepository.h"
#include "server/servercontext.h"
#include "server/storage/changelog.h"
#include "server/storage/changenotifier.h"
#include "server/storage/database.h"
#include "server/storage/pgnotificationlistener.h"
#include "server/storage/schemamigrator.h"
#include "server/tools/demoseeder.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "tierdesk.server.main")

namespace tierdesk {

Server::Server(ServerConfig config)
    : m_config(std::move(config))
{}

Server::~Server()
{
    stop();
}

void Server::open()
{
    QDir().mkpath(m_config.dataDir);
    QDir().mkpath(m_config.attachmentDir());
    if (m_config.database.backend == DatabaseConfig::Backend::Sqlite &&
        m_config.database.sqlitePath.isEmpty())
        m_config.database.sqlitePath = m_config.dataDir + QStringLiteral("/tierdesk.sqlite");
    m_db = std::make_unique<Database>(m_config.database);
    m_db->connection();
    const int version = SchemaMigrator::migrate(*m_db);
    qCInfo(lcServer) << "database" << m_config.database.describe() << "at schema version" << version;

    m_changes = std::make_unique<ChangeLog>(*m_db);
    m_notifier = std::make_unique<ChangeNotifier>(m_changes->head());
    m_db->setCommitHook([notifier = m_notifier.get()](qint64 seq) { notifier->publish(seq); });
    m_users = std::make_unique<UserRepository>(*m_db, *m_changes);
    m_context = std::make_unique<ServerContext>(ServerContext{*m_db, *m_changes, *m_users, m_config});
    m_auth = std::make_unique<AuthService>(*m_db, *m_users);
    m_tickets = std::make_unique<TicketRepository>(*m_db, *m_changes, *m_users);
    m_articles = std::make_unique<ArticleRepository>(*m_db, *m_changes);
    m_incidents = std::make_unique<IncidentRepository>(*m_db, *m_changes);
    m_attachments = std::make_unique<AttachmentStore>(*m_db, m_config);

    m_router = std::make_unique<Router>(
        *m_db, [auth = m_auth.get()](const QByteArray &token) { return auth->authenticate(token); });
    // Handlers' routes capture the handler objects, so they live as long as the server.
    const auto keep = [this](auto handler) {
        handler->registerRoutes(*m_router);
        m_handlers.push_back(std::move(handler));
    };
    keep(std::make_shared<SystemHandler>());
    keep(std::make_shared<AuthHandler>(*m_context, *m_auth));
    keep(std::make_shared<TicketHandler>(*m_context, *m_tickets));
    keep(std::make_shared<IncidentHandler>(*m_context, *m_incidents));
    keep(std::make_shared<AttachmentHandler>(*m_context, *m_attachments));
    keep(std::make_shared<KbHandler>(*m_context, *m_articles));
    keep(std::make_shared<ChangesHandler>(*m_context));
}

bool Server::seedDemoIfEmpty()
{
    return DemoSeeder(*m_context, *m_tickets, *m_articles, *m_incidents).seedIfEmpty();
}

quint16 Server::start()
{
    auto authorise = [auth = m_auth.get()](const HttpRequest &request) {
        QByteArray token = Router::bearerToken(request);
        if (token.isEmpty())
            token = request.query.queryItemValue(QStringLiteral("access_token")).toLatin1();
        return !token.isEmpty() && auth->authenticate(token).has_value();
    };
    m_http = std::make_unique<HttpServer>(
        m_config, [router = m_router.get()](const HttpRequest &request) { return router->dispatch(request); },
        authorise, *m_notifier);
    const quint16 port = m_http->start();
    if (m_db->isPostgres()) {
        m_pgListener = std::make_unique<PgNotificationListener>(*m_db, *m_changes, *m_notifier);
        m_pgListener->start();
    }
    return port;
}

void Server::stop()
{
    if (m_http)
        m_http->stop();
    m_http.reset();
    m_pgListener.reset();
}

ServerContext &Server::context()
{
    return *m_context;
}

Database &Server::database()
{
    return *m_db;
}

TicketRepository &Server::tickets()
{
    return *m_tickets;
}

const Router &Server::router() const
{
    return *m_router;
}

} // namespace tierdesk
