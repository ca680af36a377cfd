#include "syncclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tierdesk::test {

SyncClient::SyncClient(const QUrl &server, const QString &cachePath)
    : m_cachePath(cachePath)
{
    build(server);
}

SyncClient::~SyncClient()
{
    if (m_engine)
        m_engine->stop();
    m_engine.reset();
    m_store.reset();
    m_api.reset();
}

void SyncClient::build(const QUrl &server)
{
    const QByteArray token = m_api ? m_api->token() : QByteArray();
    const bool running = m_engine && m_engine->state() != SyncEngine::State::Offline;
    m_engine.reset();
    m_api = std::make_unique<ApiClient>(server);
    m_api->setToken(token);
    if (!m_store) {
        m_store = std::make_unique<LocalStore>();
        QString error;
        if (!m_store->open(m_cachePath, &error))
            qFatal("cannot open the cache %s: %s", qPrintable(m_cachePath), qPrintable(error));
    }
    m_engine = std::make_unique<SyncEngine>(m_api.get(), m_store.get());
    if (running)
        m_engine->start();
}

void SyncClient::setServer(const QUrl &server)
{
    build(server);
}

bool SyncClient::login(const QString &login, const QString &password, QString *error)
{
    LoginJob *job = m_api->login(login, password);
    job->setAutoDelete(false);
    const bool finished = job->waitForFinished(30000);
    const bool ok = finished && job->ok();
    if (ok) {
        m_api->setToken(job->token());
        m_store->setCurrentUser(job->user().toJson());
    } else if (error) {
        *error = finished ? job->error().message : QStringLiteral("login timed out");
    }
    delete job;
    return ok;
}

QHash<qint64, QJsonObject> serverTickets(ApiClient &api, QString *error)
{
    QHash<qint64, QJsonObject> out;
    QString cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        ApiJob *job = api.tickets(query);
        job->setAutoDelete(false);
        if (!job->waitForFinished(30000) || !job->ok()) {
            if (error)
                *error = job->error().message;
            delete job;
            return out;
        }
        for (const QJsonValue &v : job->items())
            out.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
        const QJsonValue next = job->json().value(QLatin1String("next"));
        delete job;
        if (!next.isString() || next.toString().isEmpty())
            break;
        cursor = next.toString();
    }
    return out;
}

} // namespace tierdesk::test
