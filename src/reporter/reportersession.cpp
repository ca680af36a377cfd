#include "reporter/reportersession.h"

#include "reporter/sendqueue.h"

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"
#include "core/user.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSession, "tierdesk.reporter.session")

namespace tierdesk {

namespace {

QString safeName(QString text, const QString &allowed)
{
    text.replace(QRegularExpression(QStringLiteral("[^%1]").arg(allowed)), QStringLiteral("_"));
    return text;
}

QString hostFolder(const QUrl &server)
{
    return safeName(server.host() + QLatin1Char('_') +
                        QString::number(server.port(server.scheme() == QLatin1String("https") ? 443 : 80)),
                    QStringLiteral("A-Za-z0-9._-"));
}

} // namespace

ReporterSession::ReporterSession(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_api(std::make_unique<ApiClient>(server))
{}

ReporterSession::~ReporterSession()
{
    if (m_queue)
        m_queue->stop();
    if (m_engine)
        m_engine->stop();
}

QString ReporterSession::dataDirectory() const
{
    return m_dataDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                     : m_dataDirectory;
}

QString ReporterSession::cachePath(const QString &login) const
{
    return QDir(dataDirectory())
        .filePath(QStringLiteral("cache/%1/%2.sqlite")
                      .arg(hostFolder(m_server), safeName(login, QStringLiteral("A-Za-z0-9._@-"))));
}

QString ReporterSession::queueDirectory(const QString &login) const
{
    return QDir(dataDirectory())
        .filePath(QStringLiteral("outgoing/%1/%2")
                      .arg(hostFolder(m_server), safeName(login, QStringLiteral("A-Za-z0-9._@-"))));
}

QByteArray ReporterSession::token() const
{
    return m_api->token();
}

QJsonObject ReporterSession::currentUser() const
{
    return m_store ? m_store->currentUser() : QJsonObject();
}

qint64 ReporterSession::userId() const
{
    return currentUser().value(QLatin1String("id")).toInteger();
}

void ReporterSession::signIn(const QString &login, const QString &password)
{
    LoginJob *job = m_api->login(login, password);
    connect(job, &ApiJob::finished, this, [this, job, login](ApiJob *) {
        if (!job->ok()) {
            const ClientError error = job->error();
            QString message;
            switch (error.kind) {
            case ClientError::Kind::Unauthorized:
                message = tr("The login or the password is wrong.");
                break;
            case ClientError::Kind::Network:
            case ClientError::Kind::Timeout:
                message = tr("The server cannot be reached: %1").arg(error.message);
                break;
            default:
                message = error.httpStatus == 429
                              ? tr("Too many failed attempts; wait a few minutes and try again.")
                              : error.message;
            }
            emit signInFailed(error, message);
            return;
        }
        const User user = job->user();
        if (isStaff(user.role)) {
            m_api->logout();
            ClientError refused;
            refused.kind = ClientError::Kind::Forbidden;
            emit signInFailed(refused,
                              tr("This is a support staff account; please use the Tierdesk workstation."));
            return;
        }
        QString error;
        if (!open(login, user.toJson(), &error)) {
            ClientError failure;
            failure.kind = ClientError::Kind::Protocol;
            emit signInFailed(failure, error);
            return;
        }
        emit signedIn(job->token());
    });
}

bool ReporterSession::resume(const QString &login, const QByteArray &token, QString *error)
{
    m_api->setToken(token);
    if (!open(login, QJsonObject(), error))
        return false;
    // Who is this token? A 401 ends the session (the connection's unauthorized() → engine); other failures
    // mean offline, and the cached user stands.
    ApiJob *job = m_api->me();
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        if (finished->ok() && m_store)
            m_store->setCurrentUser(finished->json());
    });
    return true;
}

bool ReporterSession::open(const QString &login, const QJsonObject &user, QString *error)
{
    if (m_engine)
        m_engine->stop();
    m_queue.reset();
    m_engine.reset();
    m_store = std::make_unique<LocalStore>();
    const QString path = cachePath(login);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_store->open(path, error)) {
        m_store.reset();
        return false;
    }
    if (!user.isEmpty())
        m_store->setCurrentUser(user);
    m_login = login;
    m_engine = std::make_unique<SyncEngine>(m_api.get(), m_store.get());
    m_queue = std::make_unique<SendQueue>(m_api.get(), m_engine.get(), m_store.get(), queueDirectory(login));
    connect(m_engine.get(), &SyncEngine::authenticationRequired, this,
            &ReporterSession::authenticationRequired);
    connect(m_store.get(), &LocalStore::changed, this, [this](const StoreChange &change) {
        if (change.reset || change.entities.contains(QStringLiteral("incident")))
            emit incidentsChanged();
    });
    m_engine->start();
    m_queue->start();
    refreshIncidents();
    qCInfo(lcSession) << "session of" << login << "on" << m_server.toString() << "cache" << path;
    return true;
}

void ReporterSession::signOut()
{
    if (m_queue)
        m_queue->stop();
    if (m_engine)
        m_engine->stop();
    if (!m_api->token().isEmpty())
        m_api->logout();
    m_queue.reset();
    m_engine.reset();
    m_store.reset();
    m_login.clear();
}

QList<QJsonObject> ReporterSession::myTickets() const
{
    if (!m_store)
        return {};
    const qint64 me = userId();
    QList<QJsonObject> mine;
    for (const QJsonObject &ticket : m_store->tickets()) {
        // A customer's feed holds only their own tickets; the check keeps it so if that ever changed.
        const qint64 requester = ticket.value(QLatin1String("requester_id")).toInteger();
        if (me == 0 || requester == me || ticket.value(QLatin1String("id")).toInteger() < 0)
            mine.append(ticket);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("updated_at")).toString() >
               b.value(QLatin1String("updated_at")).toString();
    });
    return mine;
}

QList<QJsonObject> ReporterSession::visibleMessages(qint64 ticketId) const
{
    QList<QJsonObject> visible;
    if (!m_store)
        return visible;
    for (const QJsonObject &message : m_store->messages(ticketId)) {
        if (message.value(QLatin1String("kind")).toString() == QLatin1String("internal"))
            continue;
        visible.append(message);
    }
    return visible;
}

QHash<qint64, QString> ReporterSession::openingTexts() const
{
    QHash<qint64, QString> texts;
    for (const QJsonObject &ticket : myTickets()) {
        const qint64 id = ticket.value(QLatin1String("id")).toInteger();
        const QList<QJsonObject> messages = visibleMessages(id);
        if (!messages.isEmpty())
            texts.insert(id, messages.first().value(QLatin1String("body")).toString());
    }
    return texts;
}

QList<QJsonObject> ReporterSession::incidents() const
{
    QList<QJsonObject> list = m_store ? m_store->incidents() : QList<QJsonObject>();
    // Incidents fetched from /api/v1/incidents fill in what the feed has not brought (yet).
    for (const QJsonObject &fetched : m_fetchedIncidents) {
        const qint64 id = fetched.value(QLatin1String("id")).toInteger();
        const bool known = std::any_of(list.cbegin(), list.cend(), [id](const QJsonObject &i) {
            return i.value(QLatin1String("id")).toInteger() == id;
        });
        if (!known)
            list.append(fetched);
    }
    return list;
}

void ReporterSession::refreshIncidents()
{
    ApiJob *job = m_api->incidents();
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        if (!finished->ok())
            return;
        m_fetchedIncidents.clear();
        for (const QJsonValue &v : finished->items())
            m_fetchedIncidents.append(v.toObject());
        emit incidentsChanged();
    });
}

} // namespace tierdesk
