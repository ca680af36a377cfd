#include "apiclient.h"

#include <QRandomGenerator>

namespace tierdesk {

namespace {

QString withQuery(const QString &path, const QUrlQuery &query)
{
    if (query.isEmpty())
        return path;
    return path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

} // namespace

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_connection(new ApiConnection(baseUrl, this))
{}

template<class Job> Job *ApiClient::started(Job *job)
{
    job->start();
    return job;
}

LoginJob *ApiClient::login(const QString &login, const QString &password)
{
    return started(new LoginJob(m_connection, login, password, this));
}

ApiJob *ApiClient::logout()
{
    auto *job = new ApiJob(m_connection, "POST", QStringLiteral("/api/v1/auth/logout"), this);
    const QByteArray token = m_connection->token();
    // The token is worthless once the server has dropped it; forget it unless another login replaced it.
    connect(job, &ApiJob::finished, this, [this, token](ApiJob *finished) {
        if ((finished->ok() || finished->error().kind == ClientError::Kind::Unauthorized) &&
            m_connection->token() == token)
            m_connection->setToken({});
    });
    return started(job);
}

ApiJob *ApiClient::me()
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/me"), this));
}

ApiJob *ApiClient::health()
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/healthz"), this));
}

ApiJob *ApiClient::users()
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/users"), this));
}

ApiJob *ApiClient::groups()
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/groups"), this));
}

ApiJob *ApiClient::incidents()
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/incidents"), this));
}

ApiJob *ApiClient::tickets(const QUrlQuery &filters)
{
    return started(
        new ApiJob(m_connection, "GET", withQuery(QStringLiteral("/api/v1/tickets"), filters), this));
}

ApiJob *ApiClient::ticket(qint64 id)
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/tickets/%1").arg(id), this));
}

ApiJob *ApiClient::createTicket(const QJsonObject &draft, const QByteArray &idempotencyKey)
{
    return mutation("POST", QStringLiteral("/api/v1/tickets"), draft, idempotencyKey);
}

ApiJob *ApiClient::patchTicket(qint64 id, qint64 baseVersion, const QJsonObject &patch,
                               const QByteArray &idempotencyKey)
{
    return mutation("PATCH", QStringLiteral("/api/v1/tickets/%1").arg(id), patch, idempotencyKey,
                    baseVersion);
}

ApiJob *ApiClient::ticketAudit(qint64 id)
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/tickets/%1/audit").arg(id), this));
}

ApiJob *ApiClient::messages(qint64 ticketId)
{
    return started(
        new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId), this));
}

ApiJob *ApiClient::postMessage(qint64 ticketId, const QJsonObject &message, const QByteArray &idempotencyKey)
{
    return mutation("POST", QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId), message,
                    idempotencyKey);
}

ApiJob *ApiClient::action(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    return mutation("POST", path, body, idempotencyKey);
}

UploadAttachmentJob *ApiClient::uploadAttachment(const QString &filename, const QByteArray &contentType,
                                                 const QByteArray &bytes)
{
    auto *job = new UploadAttachmentJob(m_connection, filename, contentType, bytes, this);
    // A key of its own makes the upload safe to repeat after a dropped connection: the server answers a
    // repeat with the attachment it stored the first time instead of storing a second one.
    job->setIdempotencyKey(newIdempotencyKey());
    return started(job);
}

DownloadAttachmentJob *ApiClient::downloadAttachment(qint64 id, const QByteArray &expectedSha256Hex)
{
    return started(new DownloadAttachmentJob(m_connection, id, expectedSha256Hex, this));
}

ApiJob *ApiClient::articles(const QUrlQuery &filters)
{
    return started(
        new ApiJob(m_connection, "GET", withQuery(QStringLiteral("/api/v1/kb/articles"), filters), this));
}

ApiJob *ApiClient::article(qint64 id)
{
    return started(new ApiJob(m_connection, "GET", QStringLiteral("/api/v1/kb/articles/%1").arg(id), this));
}

ApiJob *ApiClient::createArticle(const QJsonObject &article, const QByteArray &idempotencyKey)
{
    return mutation("POST", QStringLiteral("/api/v1/kb/articles"), article, idempotencyKey);
}

ApiJob *ApiClient::patchArticle(qint64 id, qint64 baseVersion, const QJsonObject &patch,
                                const QByteArray &idempotencyKey)
{
    return mutation("PATCH", QStringLiteral("/api/v1/kb/articles/%1").arg(id), patch, idempotencyKey,
                    baseVersion);
}

ApiJob *ApiClient::mutation(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QByteArray &idempotencyKey, std::optional<qint64> baseVersion)
{
    auto *job = new ApiJob(m_connection, method, path, this);
    job->setJsonBody(body);
    if (baseVersion)
        job->setIfMatch(*baseVersion);
    job->setIdempotencyKey(idempotencyKey);
    return started(job);
}

ChangesJob *ApiClient::changes(qint64 since, int limit)
{
    return started(new ChangesJob(m_connection, since, limit, this));
}

QByteArray ApiClient::newIdempotencyKey()
{
    quint32 words[4]; // 128 bits
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace tierdesk
