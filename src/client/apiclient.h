#pragma once

#include "apiconnection.h"
#include "apijob.h"
#include "attachmentjobs.h"
#include "changesjob.h"
#include "loginjob.h"

#include <QObject>
#include <QUrlQuery>
#include <optional>

namespace tierdesk {

// Typed calls for every server route the programs use. Each returns a started job (owned by the client,
// deleted after finished()); connect to ApiJob::finished. Mutations take an idempotency key so that the
// sync engine can repeat them safely; pass an empty key only for calls a person repeats by hand.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);

    ApiConnection *connection() const { return m_connection; }
    QUrl baseUrl() const { return m_connection->baseUrl(); }
    void setToken(const QByteArray &token) { m_connection->setToken(token); }
    QByteArray token() const { return m_connection->token(); }

    LoginJob *login(const QString &login, const QString &password);
    ApiJob *logout();
    ApiJob *me();
    ApiJob *health();
    ApiJob *users();
    ApiJob *groups();
    ApiJob *incidents();

    // filters: status, owner_id, group_id, tier, requester_id, q, updated_since, limit, cursor
    ApiJob *tickets(const QUrlQuery &filters = {});
    ApiJob *ticket(qint64 id);
    ApiJob *createTicket(const QJsonObject &draft, const QByteArray &idempotencyKey);
    ApiJob *patchTicket(qint64 id, qint64 baseVersion, const QJsonObject &patch,
                        const QByteArray &idempotencyKey);
    ApiJob *ticketAudit(qint64 id);
    ApiJob *messages(qint64 ticketId);
    ApiJob *postMessage(qint64 ticketId, const QJsonObject &message, const QByteArray &idempotencyKey);

    UploadAttachmentJob *uploadAttachment(const QString &filename, const QByteArray &contentType,
                                          const QByteArray &bytes);
    DownloadAttachmentJob *downloadAttachment(qint64 id, const QByteArray &expectedSha256Hex = {});

    // filters: q, error_code, category, lang
    ApiJob *articles(const QUrlQuery &filters = {});
    ApiJob *article(qint64 id);
    ApiJob *createArticle(const QJsonObject &article, const QByteArray &idempotencyKey);
    ApiJob *patchArticle(qint64 id, qint64 baseVersion, const QJsonObject &patch,
                         const QByteArray &idempotencyKey);

    ChangesJob *changes(qint64 since, int limit = 1000);

    // A named action: POST `path` (e.g. /api/v1/notifications/7/read) with a JSON body.
    ApiJob *action(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey);

    // A new random idempotency key (128 bits, URL-safe).
    static QByteArray newIdempotencyKey();

private:
    template<class Job> Job *started(Job *job);
    // Every mutation: a JSON body, the idempotency key, and If-Match when it edits a version.
    ApiJob *mutation(const QByteArray &method, const QString &path, const QJsonObject &body,
                     const QByteArray &idempotencyKey, std::optional<qint64> baseVersion = std::nullopt);

    ApiConnection *m_connection;
};

} // namespace tierdesk
