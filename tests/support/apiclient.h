#pragma once

#include "apireply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace tierdesk::test {

class TestServer;

// Synchronous HTTP client for tests. Every call runs a local QEventLoop until the reply is complete or the
// timeout (30 s by default) expires; a timeout gives status 0 and error "timeout". Redirects are not
// followed, no proxy is used, HTTP/1.1 only. Keeps its connections alive between calls.
class ApiClient
{
public:
    // Follows the server: baseUrl() is read on every call, so requests reach the new port after restart().
    // The server must outlive the client.
    explicit ApiClient(const TestServer &server);
    explicit ApiClient(const QUrl &baseUrl); // e.g. http://127.0.0.1:8080
    ~ApiClient();
    ApiClient(const ApiClient &) = delete;
    ApiClient &operator=(const ApiClient &) = delete;

    QUrl baseUrl() const;
    QUrl url(const QString &path) const; // path starts with "/" and may carry "?query"

    // Sent as "Authorization: Bearer TOKEN" on every request while non-empty.
    void setToken(const QByteArray &token);
    void setToken(const QString &token) { setToken(token.toUtf8()); }
    void clearToken() { m_token.clear(); }
    QByteArray token() const { return m_token; }

    // POST /api/v1/auth/login; on 200 stores the token and the user. On failure prints the reply with
    // qWarning and returns false, so QVERIFY(client.login("agent1", "pw")) explains itself.
    bool login(const QString &login, const QString &password);
    QJsonObject user() const { return m_user; } // "user" of the last successful login

    ApiReply get(const QString &path, const HttpHeaders &headers = {});
    ApiReply del(const QString &path, const HttpHeaders &headers = {});
    ApiReply post(const QString &path, const QJsonObject &body, const HttpHeaders &headers = {});
    // contentType empty: no Content-Type header at all.
    ApiReply post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                  const HttpHeaders &headers = {});
    ApiReply patch(const QString &path, const QJsonObject &body, const HttpHeaders &headers = {});
    ApiReply patch(const QString &path, const QByteArray &body, const QByteArray &contentType,
                   const HttpHeaders &headers = {});
    // Any method; headers (Content-Type included) are sent as given. A header given here replaces the
    // client's Authorization header; {"Authorization", QByteArray()} removes it for this call.
    ApiReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const HttpHeaders &headers = {});

    const ApiReply &lastReply() const { return m_lastReply; }

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // For --tls-cert servers with self-signed certificates.
    void setIgnoreSslErrors(bool ignore) { m_ignoreSslErrors = ignore; }

private:
    const TestServer *m_server = nullptr;
    QUrl m_baseUrl;
    QNetworkAccessManager *m_manager = nullptr;
    QByteArray m_token;
    QJsonObject m_user;
    ApiReply m_lastReply;
    int m_timeoutMs = 30000;
    bool m_ignoreSslErrors = false;
};

} // namespace tierdesk::test
