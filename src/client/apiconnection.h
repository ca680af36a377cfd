#pragma once

#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace tierdesk {

// What all requests to one server share: the network manager, the base URL, the bearer token, default
// timeout and retry policy, and extra trusted certificates (a self-signed test or company CA). Jobs
// (ApiJob and its subclasses) are created against a connection; it owns nothing else.
class ApiConnection : public QObject
{
    Q_OBJECT
public:
    explicit ApiConnection(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiConnection() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // baseUrl + path (path starts with "/api/v1/…" or "/healthz"); the query is kept.
    QUrl url(const QString &pathAndQuery) const;

    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // Certificates trusted in addition to the system's (never "ignore all errors").
    void addTrustedCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> trustedCertificates() const { return m_trusted; }

    QNetworkAccessManager *network() const { return m_network; }
    // A fresh id for X-Request-Id, so a request can be found in the server's log.
    static QByteArray newRequestId();

signals:
    // The server answered 401 to a request that carried a token: the session is over.
    void unauthorized();

private:
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    RetryPolicy m_retryPolicy;
    QList<QSslCertificate> m_trusted;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace tierdesk
