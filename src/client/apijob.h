#pragma once

#include "apiconnection.h"
#include "clienterror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>
#include <future>

class QNetworkReply;
class QTimer;

namespace tierdesk {

// One request to the server, in the manner of Nextcloud's AbstractNetworkJob: the base does the HTTP part
// (URL, bearer token, X-Request-Id, JSON body, timeout, retries with backoff and jitter, mapping failures to
// ClientError); subclasses only parse what their route returns (parse()).
//
// Retries happen only when repeating is harmless: GET/HEAD, or a POST/PATCH that carries an
// Idempotency-Key (the server answers a repeat with the first answer), and only for transient failures.
//
// A job deletes itself after finished() unless setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(ApiConnection *connection, const QByteArray &method, const QString &pathAndQuery,
           QObject *parent = nullptr);
    ~ApiJob() override;

    void setJsonBody(const QJsonObject &body);
    void setRawBody(const QByteArray &body, const QByteArray &contentType);
    void setIdempotencyKey(const QByteArray &key);
    void setIfMatch(qint64 version);
    void setHeader(const QByteArray &name, const QByteArray &value);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    void start();
    void abort(); // finishes with Kind::Cancelled

    // Blocks in a local event loop until finished (for command-line tools and tests). false on timeout.
    bool waitForFinished(int timeoutMs = 60000);

    bool isFinished() const { return m_finished; }
    bool isRetrySafe() const;
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QByteArray requestId() const { return m_requestId; }
    int attempts() const { return m_attempt; }

    // Results, valid after finished().
    ClientError error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    int httpStatus() const { return m_status; }
    QByteArray responseBody() const { return m_body; }
    QByteArray responseHeader(const QByteArray &name) const;
    QJsonObject json() const { return m_json; }
    QJsonArray items() const { return m_json.value(QStringLiteral("items")).toArray(); }

signals:
    void finished(tierdesk::ApiJob *job);
    // Upload/download progress of the current attempt, for progress bars.
    void progress(qint64 done, qint64 total);

protected:
    // Called on a 2xx answer; return false with *error set when the body is not what the route promises.
    virtual bool parse(ClientError *error);
    // For downloads: whether the body is JSON (default true).
    virtual bool expectsJson() const { return true; }
    // Large answers (pages of the change feed) are decoded on a worker thread so that the caller's thread,
    // the GUI's, stays free for the database and the user. A job that wants it returns, for a 2xx body, a
    // function to run on the worker instead of the base's JSON parsing (json() stays empty). The function
    // may touch only state it shares with the job by value (a shared_ptr), never the job itself: the job can
    // be destroyed meanwhile. parse() follows in the job's thread. Empty (the default): no background work.
    using Decoder = std::function<bool(ClientError *error)>;
    virtual Decoder backgroundDecoder(const QByteArray &body);

    ApiConnection *connection() const { return m_connection; }

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void finish(const ClientError &error);
    void startDecode(Decoder decoder);
    void onDecoded(const ClientError &decodeError);
    ClientError errorFromReply(QNetworkReply *reply) const;

    QPointer<ApiConnection> m_connection;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QByteArray m_requestBody;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QByteArray m_requestId;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = -1;   // -1: the connection's
    int m_maxAttempts = -1; // -1: the connection's retry policy
    int m_attempt = 0;
    int m_status = 0;
    bool m_hasIdempotencyKey = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    ClientError m_error;
    QJsonObject m_json;
    std::future<void> m_decoding; // valid while a Decoder runs on a worker; the destructor waits for it
};

} // namespace tierdesk
