#include "workstation/session/session.h"

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"
#include "core/domaintypes.h"
#include "workstation/session/attachmentloader.h"
#include "workstation/session/directory.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "tierdesk.workstation.session")

namespace tierdesk {

Session::Session(const QUrl &server, const QString &login, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_login(login)
    , m_api(new ApiClient(server, this))
    , m_store(new LocalStore(this))
{
    m_engine = new SyncEngine(m_api, m_store, this);
    m_directory = new Directory(m_store, this);
    m_attachments = new AttachmentLoader(m_api, m_store, this);
    connect(m_engine, &SyncEngine::authenticationRequired, this, &Session::authenticationRequired);
}

Session::~Session()
{
    m_engine->stop();
}

bool Session::openCache(const QString &path, QString *error)
{
    if (!m_store->open(path, error))
        return false;
    m_user = {};
    m_directory->reload();
    return true;
}

QString Session::cachePath() const
{
    return m_store->path();
}

void Session::addTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_api->connection()->addTrustedCertificates(certificates);
}

void Session::setToken(const QByteArray &token)
{
    m_api->setToken(token);
}

bool Session::hasToken() const
{
    return !m_api->token().isEmpty();
}

void Session::setCurrentUser(const QJsonObject &user)
{
    m_store->setCurrentUser(user);
    m_user = user;
    emit currentUserChanged();
}

QJsonObject Session::currentUser() const
{
    if (m_user.isEmpty() && m_store->isOpen())
        m_user = m_store->currentUser();
    return m_user;
}

qint64 Session::currentUserId() const
{
    return currentUser().value(QLatin1String("id")).toInteger();
}

int Session::currentTier() const
{
    return currentUser().value(QLatin1String("tier")).toInt(0);
}

bool Session::isStaff() const
{
    const auto role = roleFromString(currentUser().value(QLatin1String("role")).toString());
    return role && tierdesk::isStaff(*role);
}

void Session::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcSession) << "syncing" << m_login << "with" << m_server.toString();
    m_engine->start();
}

void Session::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_engine->stop();
}

} // namespace tierdesk
