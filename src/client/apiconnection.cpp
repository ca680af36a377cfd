#include "apiconnection.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace tierdesk {

ApiConnection::ApiConnection(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_network(new QNetworkAccessManager(this))
{
    // Replies are deleted by the jobs (they read the body and headers first).
    m_network->setAutoDeleteReplies(false);
}

ApiConnection::~ApiConnection() = default;

QUrl ApiConnection::url(const QString &pathAndQuery) const
{
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    // A base URL may carry a prefix (https://host/tierdesk behind a reverse proxy).
    url.setPath(m_baseUrl.path() + path);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

void ApiConnection::setToken(const QByteArray &token)
{
    m_token = token;
}

void ApiConnection::addTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    for (const QSslCertificate &certificate : certificates) {
        if (!certificate.isNull() && !m_trusted.contains(certificate))
            m_trusted.append(certificate);
    }
    // QNetworkAccessManager keeps idle connections, and a cached connection keeps the TLS configuration
    // it was made with: drop them, so that the next request verifies against the new list.
    m_network->clearConnectionCache();
}

QByteArray ApiConnection::newRequestId()
{
    quint32 words[3];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace tierdesk
