#include "server/server.h"

#include "server/auth/authhandler.h"
#include "server/auth/authservice.h"
#include "server/http/httpserver.h"
#include "server/http/router.h"
#include "server/resources/articles/articlesresource.h"
#include "server/resources/attachments/attachmentsresource.h"
#include "server/resources/changes/changeshandler.h"
#include "server/resources/handlerresource.h"
#include "server/resources/incidents/incidentsresource.h"
#include "server/resources/notifications/notificationsresource.h"
#include "server/resources/resourceregistry.h"
#include "server/resources/system/systemhandler.h"
#include "server/resources/tickets/ticketsresource.h"
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

    m_changes = std::make_unique<ChangeLog>(*m_db);
    m_users = std::make_unique<UserRepository>(*m_db, *m_changes);
    m_resources = std::make_unique<ResourceRegistry>();
    m_context =
        std::make_unique<ServerContext>(ServerContext{*m_db, *m_changes, *m_users, m_config, *m_resources});
    ServerContext &context = *m_context;

    // The resources, one line each. Order matters: it is the order of the schema's modules (a table may refer
    // to those registered before it) and a resource may use those registered before it.
    m_resources->add<HandlerResource<SystemHandler>>(QStringLiteral("system"));
    m_resources->add<IncidentsResource>(context);
    m_resources->add<NotificationsResource>(context);
    m_resources->add<TicketsResource>(context);
    m_resources->add<AttachmentsResource>(context);
    m_resources->add<ArticlesResource>(context);
    m_resources->add<HandlerResource<ChangesHandler>>(QStringLiteral("changes"), context);

    const QHash<QString, int> versions = SchemaMigrator::migrate(
        *m_db, QList<MigrationModule>{SchemaMigrator::coreModule()} + m_resources->migrationModules());
    qCInfo(lcServer) << "database" << m_config.database.describe() << "at schema versions" << versions;

    m_notifier = std::make_unique<ChangeNotifier>(m_changes->head());
    m_db->setCommitHook([notifier = m_notifier.get()](qint64 seq) { notifier->publish(seq); });
    m_auth = std::make_unique<AuthService>(*m_db, *m_users);
    m_router = std::make_unique<Router>(
        *m_db, [auth = m_auth.get()](const QByteArray &token) { return auth->authenticate(token); });
    m_authHandler = std::make_unique<AuthHandler>(context, *m_auth);
    m_authHandler->registerRoutes(*m_router);
    m_resources->registerRoutes(*m_router);
}

bool Server::seedDemoIfEmpty()
{
    return DemoSeeder(*m_context, m_resources->find<TicketsResource>().repository(),
                      m_resources->find<ArticlesResource>().repository(),
                      m_resources->find<IncidentsResource>().repository())
        .seedIfEmpty();
}

quint16 Server::start()
{
    auto authorise = [auth = m_auth.get()](const HttpRequest &request) {
        QByteArray token = Router::bearerToken(request);
        if (token.isEmpty())
            token = request.query.queryItemValue(QStringLiteral("access_token")).toLatin1();
        return !token.isEmpty() && auth->authenticate(token).has_value();
    };
    m_http = std::make_unique<HttpServer>(m_config, *m_router, authorise, *m_notifier);
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
    return m_resources->find<TicketsResource>().repository();
}

ResourceRegistry &Server::resources()
{
    return *m_resources;
}

const Router &Server::router() const
{
    return *m_router;
}

} // namespace tierdesk
