#include "apiclient.h"

#include "exchangerecorder.h"

#include "testserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtDebug>

namespace tierdesk::test {

namespace {

const QByteArray jsonContentType = QByteArrayLiteral("application/json");

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpHeaders withContentType(const QByteArray &contentType, const HttpHeaders &headers)
{
    HttpHeaders all;
    if (!contentType.isEmpty())
        all.append({QByteArrayLiteral("Content-Type"), contentType});
    all.append(headers);
    return all;
}

} // namespace

ApiClient::ApiClient(const TestServer &server)
    : m_server(&server)
    , m_manager(new QNetworkAccessManager)
{
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

ApiClient::ApiClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_manager(new QNetworkAccessManager)
{
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

ApiClient::~ApiClient()
{
    delete m_manager;
}

QUrl ApiClient::baseUrl() const
{
    return m_server ? m_server->baseUrl() : m_baseUrl;
}

QUrl ApiClient::url(const QString &path) const
{
    QString base = baseUrl().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
}

void ApiClient::setToken(const QByteArray &token)
{
    m_token = token;
}

bool ApiClient::login(const QString &login, const QString &password)
{
    const ApiReply reply =
        post(QStringLiteral("/api/v1/auth/login"),
             QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    const QString token = reply.json().value(QLatin1String("token")).toString();
    if (reply.status != 200 || token.isEmpty()) {
        qWarning().noquote() << "ApiClient::login(" << login << ") failed:" << reply.describe();
        return false;
    }
    setToken(token);
    m_user = reply.json().value(QLatin1String("user")).toObject();
    return true;
}

ApiReply ApiClient::get(const QString &path, const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("GET"), path, {}, headers);
}

ApiReply ApiClient::del(const QString &path, const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("DELETE"), path, {}, headers);
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body, const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("POST"), path, toJson(body), withContentType(jsonContentType, headers));
}

ApiReply ApiClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                         const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("POST"), path, body, withContentType(contentType, headers));
}

ApiReply ApiClient::patch(const QString &path, const QJsonObject &body, const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("PATCH"), path, toJson(body), withContentType(jsonContentType, headers));
}

ApiReply ApiClient::patch(const QString &path, const QByteArray &body, const QByteArray &contentType,
                          const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("PATCH"), path, body, withContentType(contentType, headers));
}

ApiReply ApiClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                            const HttpHeaders &headers)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value); // a null value removes the header

    // sendCustomRequest() also serves GET/POST/PATCH: Qt then sends exactly the method and body given.
    QNetworkReply *reply = body.isEmpty() && (method == "GET" || method == "HEAD" || method == "DELETE")
                               ? m_manager->sendCustomRequest(request, method)
                               : m_manager->sendCustomRequest(request, method, body);
    if (m_ignoreSslErrors)
        reply->ignoreSslErrors();

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    ApiReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("timeout after %1 ms: %2 %3")
                           .arg(m_timeoutMs)
                           .arg(QString::fromLatin1(method), request.url().toString());
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            const QByteArray key = name.toLower();
            auto it = result.headers.find(key);
            if (it == result.headers.end())
                result.headers.insert(key, value);
            else
                *it += QByteArrayLiteral(", ") + value;
        }
        result.body = reply->readAll();
        if (result.status == 0)
            result.error = reply->errorString();
    }
    reply->deleteLater();
    ExchangeRecorder::record(
        method, request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8(), result);
    m_lastReply = result;
    return result;
}

} // namespace tierdesk::test
