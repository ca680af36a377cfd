#include "apijob.h"

#include "apiconnection.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QThreadPool>
#include <QTimer>

#ifndef TIERDESK_VERSION
#define TIERDESK_VERSION "0"
#endif

// Per-request lines are debug output, off unless asked for
// (QT_LOGGING_RULES="tierdesk.client.api.debug=true").
Q_LOGGING_CATEGORY(lcApiJob, "tierdesk.client.api", QtInfoMsg)

namespace tierdesk {

namespace {

// Set on a reply when we aborted it ourselves, so that onReplyFinished() can tell why it ended.
const char TimedOutProperty[] = "tierdesk_timedOut";
const char CancelledProperty[] = "tierdesk_cancelled";
const char SslProblemsProperty[] = "tierdesk_sslProblems";
const char SentTokenProperty[] = "tierdesk_sentToken";

QString hostAndPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort));
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// One certificate problem as a sentence. QSslError::errorString() is OpenSSL's wording ("The certificate
// is self-signed, and untrusted"); these name the host and say what it means.
QString sslProblem(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("The certificate of %1 is self-signed and not trusted").arg(host);
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral(
                   "The certificate of %1 comes from a self-signed authority this computer does not "
                   "trust")
            .arg(host);
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return QStringLiteral("The certificate of %1 was issued by an authority this computer does not trust")
            .arg(host);
    case QSslError::CertificateExpired:
        return certificate.isNull() ? QStringLiteral("The certificate of %1 has expired").arg(host)
                                    : QStringLiteral("The certificate of %1 expired on %2")
                                          .arg(host, dateText(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return certificate.isNull() ? QStringLiteral("The certificate of %1 is not valid yet").arg(host)
                                    : QStringLiteral("The certificate of %1 is not valid before %2")
                                          .arg(host, dateText(certificate.effectiveDate()));
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        return names.isEmpty()
                   ? QStringLiteral("The certificate presented by %1 is made out for another name").arg(host)
                   : QStringLiteral("The certificate presented by %1 is made out for %2, not for %1")
                         .arg(host, names.join(QStringLiteral(", ")));
    }
    case QSslError::CertificateRevoked:
        return QStringLiteral("The certificate of %1 has been revoked").arg(host);
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidPurpose:
        return QStringLiteral("The certificate of %1 is not trusted for a secure web server").arg(host);
    case QSslError::CertificateBlacklisted:
        return QStringLiteral("The certificate of %1 is on the list of known bad certificates").arg(host);
    case QSslError::NoPeerCertificate:
        return QStringLiteral("%1 presented no certificate").arg(host);
    default:
        return QStringLiteral("The certificate of %1 could not be verified (%2)")
            .arg(host, error.errorString());
    }
}

bool isJsonObjectText(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{';
    }
    return false;
}

} // namespace

ApiJob::ApiJob(ApiConnection *connection, const QByteArray &method, const QString &pathAndQuery,
               QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_method(method.toUpper())
    , m_path(pathAndQuery)
    , m_requestId(ApiConnection::newRequestId())
    , m_timer(new QTimer(this))
{
    if (m_method != "GET" && m_method != "HEAD" && m_method != "OPTIONS") {
        // Every mutation carries a key of its own, even when the caller gives none. Qt's HTTP layer sends
        // a request once more by itself when a kept-alive connection drops after the request went out but
        // before the answer began (measured in tst_apiclient); with the key the server answers that hidden
        // repeat with the first answer instead of applying the change twice. The job itself still repeats
        // only requests with the caller's key (isRetrySafe()): without one, the caller decides.
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        m_headers.append({"Idempotency-Key",
                          QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)});
    }
    m_timer->setSingleShot(true);
    // One timer serves both waits of a job: the answer of the running attempt (a timeout) and the pause
    // before the next attempt (a retry). Which one it is follows from whether a reply is running.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_reply)
            onTimeout();
        else if (!m_finished)
            sendAttempt();
    });
}

ApiJob::~ApiJob()
{
    if (m_decoding.valid())
        m_decoding.wait(); // the worker posts its result to this object; the posted event dies with it
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::setJsonBody(const QJsonObject &body)
{
    m_requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_contentType = "application/json";
}

void ApiJob::setRawBody(const QByteArray &body, const QByteArray &contentType)
{
    m_requestBody = body;
    m_contentType = contentType;
}

void ApiJob::setIdempotencyKey(const QByteArray &key)
{
    m_hasIdempotencyKey = !key.isEmpty();
    if (m_hasIdempotencyKey)
        setHeader("Idempotency-Key", key); // replaces the job's own key
}

void ApiJob::setIfMatch(qint64 version)
{
    setHeader("If-Match", '"' + QByteArray::number(version) + '"');
}

void ApiJob::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

bool ApiJob::isRetrySafe() const
{
    return m_method == "GET" || m_method == "HEAD" || m_hasIdempotencyKey;
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &header : m_responseHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ApiJob::start()
{
    if (m_reply || m_attempt > 0)
        return; // started already
    m_finished = false;
    m_error = {};
    sendAttempt();
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->setProperty(CancelledProperty, true);
        m_reply->abort();
        onReplyFinished(); // a no-op if abort() delivered finished() already
        return;
    }
    ClientError error;
    error.kind = ClientError::Kind::Cancelled;
    error.message = QStringLiteral("The request was cancelled.");
    finish(error);
}

bool ApiJob::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    connect(this, &ApiJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_finished;
}

bool ApiJob::parse(ClientError *)
{
    return true;
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    if (!m_connection) {
        ClientError error;
        error.kind = ClientError::Kind::Cancelled;
        error.message =
            QStringLiteral("The connection to the server was closed before the request was sent.");
        // Asynchronously, like every other ending: whoever started the job has not connected yet.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }

    const QUrl url = m_connection->url(m_path);
    QNetworkRequest request(url);
    // The server speaks HTTP/1.1 with keep-alive; no HTTP/2 negotiation.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-Id", m_requestId);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tierdesk/" TIERDESK_VERSION));

    bool sendsToken = false;
    bool authorizationGiven = false;
    for (const auto &header : std::as_const(m_headers)) {
        // An Authorization header set on the job replaces the bearer token; an empty one sends none
        // (login must not carry a stale token).
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorizationGiven = true;
        if (!header.second.isEmpty())
            request.setRawHeader(header.first, header.second);
    }
    if (!authorizationGiven && !m_connection->token().isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_connection->token());
        sendsToken = true;
    }
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);

    if (url.scheme() == QLatin1String("https") && !m_connection->trustedCertificates().isEmpty()) {
        // Extra trust anchors: the chain is still verified, host name included.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_connection->trustedCertificates());
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_connection->network()->sendCustomRequest(request, m_method, m_requestBody);
    m_reply = reply;
    reply->setProperty(SentTokenProperty, sendsToken);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // The manager deletes its replies when the connection goes away (an ApiClient destroyed with jobs
    // still running): forget the reply then, and end the job as cancelled.
    connect(reply, &QObject::destroyed, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        m_timer->stop();
        QTimer::singleShot(0, this, [this] {
            ClientError error;
            error.kind = ClientError::Kind::Cancelled;
            error.message = QStringLiteral("The connection to the server was closed before the answer came.");
            finish(error);
        });
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [reply, host = url.host()](const QList<QSslError> &errors) {
                // Recorded for the message; never ignored. The handshake fails after this slot returns.
                QStringList problems;
                for (const QSslError &error : errors) {
                    const QString problem = sslProblem(error, host);
                    if (!problems.contains(problem))
                        problems.append(problem);
                }
                reply->setProperty(SslProblemsProperty, problems);
            });
    // Qt reports (0, 0) for "nothing known"; a progress bar wants only real figures.
    const auto report = [this](qint64 done, qint64 total) {
        if (done > 0 || total > 0)
            emit progress(done, total);
    };
    if (!m_requestBody.isEmpty())
        connect(reply, &QNetworkReply::uploadProgress, this, report);
    else
        connect(reply, &QNetworkReply::downloadProgress, this, report);
    // Any byte in either direction proves that the server is alive: the timeout is for silence, so that a
    // large attachment on a slow line is not cut off while it is still moving.
    const auto alive = [this] {
        if (m_reply && m_timer->isActive())
            m_timer->start();
    };
    connect(reply, &QNetworkReply::uploadProgress, this, alive);
    connect(reply, &QNetworkReply::downloadProgress, this, alive);

    const int timeout = m_timeoutMs > 0 ? m_timeoutMs : m_connection->timeoutMs();
    if (timeout > 0)
        m_timer->start(timeout);
    qCDebug(lcApiJob).noquote() << m_method << url.toDisplayString() << "id" << m_requestId << "attempt"
                                << m_attempt;
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_reply->setProperty(TimedOutProperty, true);
    m_reply->abort();
    onReplyFinished(); // a no-op if abort() delivered finished() already
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this); // nothing of this attempt may arrive after it has been dealt with
    m_timer->stop();
    reply->deleteLater();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    m_responseHeaders = reply->rawHeaderPairs();
    m_json = QJsonObject();

    ClientError error = errorFromReply(reply);
    const bool answered = !error.isError() || (m_status > 0 && error.kind != ClientError::Kind::Cancelled &&
                                               error.kind != ClientError::Kind::Timeout);
    if (answered && m_method != "HEAD" && reply->rawHeader("Content-Encoding").isEmpty()) {
        // Qt 6.4 can report a response whose connection closed before Content-Length bytes arrived as a
        // complete answer with a short body (seen through FaultProxy's CutResponse). A short body is a broken
        // line, not an answer: also for an error status, whose cut body would lose what it carries (a 412's
        // "current" version, without which the edit could not be merged and was refused). With a
        // Content-Encoding the header counts the compressed bytes: not comparable.
        bool known = false;
        const qint64 expected = reply->rawHeader("Content-Length").trimmed().toLongLong(&known);
        if (known && expected != m_body.size()) {
            error.kind = ClientError::Kind::Network;
            error.httpStatus = m_status;
            error.message = QStringLiteral("The answer from %1 was cut off after %2 of %3 bytes.")
                                .arg(hostAndPort(reply->url()))
                                .arg(m_body.size())
                                .arg(expected);
        }
    }
    if (!error.isError()) {
        if (Decoder decoder = backgroundDecoder(m_body)) {
            startDecode(std::move(decoder));
            return;
        }
    }
    if (!error.isError()) {
        if (expectsJson() && !m_body.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                error.kind = ClientError::Kind::Protocol;
                error.httpStatus = m_status;
                error.message =
                    QStringLiteral("The server's answer to %1 %2 is not a JSON object (%3).")
                        .arg(QString::fromLatin1(m_method), m_path,
                             parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : QStringLiteral("not an object"));
            } else {
                m_json = document.object();
            }
        }
        if (!error.isError() && !parse(&error) && !error.isError()) {
            error.kind = ClientError::Kind::Protocol;
            error.httpStatus = m_status;
            error.message = QStringLiteral("The server's answer to %1 %2 is not what the API promises.")
                                .arg(QString::fromLatin1(m_method), m_path);
        }
    }

    if (error.kind == ClientError::Kind::Unauthorized && reply->property(SentTokenProperty).toBool() &&
        m_connection)
        emit m_connection->unauthorized();

    const int maxAttempts =
        m_maxAttempts > 0 ? m_maxAttempts : (m_connection ? m_connection->retryPolicy().maxAttempts() : 1);
    if (error.isTransient() && isRetrySafe() && m_attempt < maxAttempts && m_connection) {
        const int delay = m_connection->retryPolicy().delayMs(m_attempt + 1);
        qCInfo(lcApiJob).noquote() << m_method << m_path << "id" << m_requestId << "attempt" << m_attempt
                                   << "failed:" << error.message << "- retrying in" << delay << "ms";
        m_error = error; // visible while waiting; replaced by the next attempt's outcome
        m_timer->start(delay);
        return;
    }
    finish(error);
}

ClientError ApiJob::errorFromReply(QNetworkReply *reply) const
{
    using Kind = ClientError::Kind;
    ClientError error;
    const QUrl url = reply->url();
    const QString where = hostAndPort(url);
    const QNetworkReply::NetworkError code = reply->error();

    if (reply->property(CancelledProperty).toBool()) {
        error.kind = Kind::Cancelled;
        error.message = QStringLiteral("The request was cancelled.");
        return error;
    }
    if (reply->property(TimedOutProperty).toBool()) {
        const int timeout = m_timeoutMs > 0 ? m_timeoutMs : (m_connection ? m_connection->timeoutMs() : 0);
        error.kind = Kind::Timeout;
        error.message = QStringLiteral("The server at %1 did not answer within %2 seconds.")
                            .arg(where, QString::number(timeout / 1000.0, 'g', 3));
        return error;
    }

    // Qt's error ranges: 1-99 the connection, 101-199 the proxy, 201-299 HTTP 4xx, 301-399 the protocol,
    // 401-499 HTTP 5xx. With an HTTP status and an error of the 4xx/5xx kind, the server's answer says it
    // all; with a connection error the answer (if any arrived) is incomplete and must not be trusted.
    const bool httpLevel =
        code == QNetworkReply::NoError || (code >= 201 && code <= 299) || (code >= 401 && code <= 499);
    if (httpLevel && m_status > 0) {
        if (m_status >= 200 && m_status < 300)
            return error;
        QJsonObject body;
        if (isJsonObjectText(m_body))
            body = QJsonDocument::fromJson(m_body).object();
        error = ClientError::fromHttp(m_status, body);
        if (!body.contains(QLatin1String("error"))) {
            // Not the API's error format (a reverse proxy, a gateway page): name the status and who sent it.
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            error.message.replace(QStringLiteral("(HTTP %1)").arg(m_status),
                                  QStringLiteral("(HTTP %1%2 from %3)")
                                      .arg(m_status)
                                      .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason, where));
            if (error.kind == Kind::Protocol && m_status >= 300 && m_status < 400) {
                const QString location = QString::fromUtf8(reply->rawHeader("Location"));
                error.message =
                    QStringLiteral("The server at %1 redirects to %2: check the server address.")
                        .arg(where, location.isEmpty() ? QStringLiteral("another address") : location);
            }
        }
        return error;
    }

    error.httpStatus = m_status;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.kind = Kind::Network;
        error.message = QStringLiteral("The server at %1 refused the connection — is it running?").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = Kind::Network;
        error.message = QStringLiteral("The server name %1 could not be found — check the address and the "
                                       "network connection.")
                            .arg(url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = Kind::Network;
        error.message =
            QStringLiteral("The server at %1 closed the connection before answering completely.").arg(where);
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        error.message = QStringLiteral("The server at %1 did not answer in time.").arg(where);
        break;
    case QNetworkReply::OperationCanceledError:
        // Only we abort replies, and we mark those; this one was closed under us (the manager went away).
        error.kind = Kind::Cancelled;
        error.message = QStringLiteral("The request to %1 was cancelled.").arg(where);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (code == QNetworkReply::SslHandshakeFailedError ||
            reply->property(SslProblemsProperty).isValid()) {
            const QStringList problems = reply->property(SslProblemsProperty).toStringList();
            error.kind = Kind::Tls;
            if (problems.isEmpty())
                error.message = QStringLiteral("No secure connection could be made to %1: %2.")
                                    .arg(where, reply->errorString());
            else
                error.message =
                    QStringLiteral("%1. Tierdesk did not connect, to keep your data safe; if your "
                                   "organisation uses its own certificate, add it to the trusted "
                                   "certificates.")
                        .arg(problems.join(QStringLiteral("; ")));
            break;
        }
        error.kind = Kind::Network;
        error.message =
            QStringLiteral("Could not talk to the server at %1: %2.").arg(where, reply->errorString());
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        error.kind = Kind::Network;
        error.message =
            QStringLiteral("The network is not available; the request to %1 will be repeated when it "
                           "is back.")
                .arg(where);
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        error.kind = Kind::Rejected;
        error.message = QStringLiteral("The address %1 cannot be used: %2.")
                            .arg(url.toDisplayString(), reply->errorString());
        break;
    case QNetworkReply::ProtocolFailure:
        // A garbled or cut HTTP answer: on a sound server that is the line, not the request.
        error.kind = Kind::Network;
        error.message = QStringLiteral("The connection to %1 broke in the middle of the answer (%2).")
                            .arg(where, reply->errorString());
        break;
    default:
        if (code >= 101 && code <= 199) {
            error.kind = Kind::Network;
            error.message = QStringLiteral("The proxy between Tierdesk and %1 failed: %2.")
                                .arg(where, reply->errorString());
        } else {
            error.kind = Kind::Network;
            error.message =
                QStringLiteral("Could not talk to the server at %1: %2.").arg(where, reply->errorString());
        }
        break;
    }
    return error;
}

ApiJob::Decoder ApiJob::backgroundDecoder(const QByteArray &)
{
    return {};
}

void ApiJob::startDecode(Decoder decoder)
{
    auto done = std::make_shared<std::promise<void>>();
    m_decoding = done->get_future();
    QThreadPool::globalInstance()->start([this, decoder = std::move(decoder), done] {
        ClientError error;
        if (!decoder(&error) && !error.isError())
            error.kind = ClientError::Kind::Protocol;
        // Posted before the promise is kept: a destructor waiting for the promise then removes the event.
        QMetaObject::invokeMethod(
            this, [this, error] { onDecoded(error); }, Qt::QueuedConnection);
        done->set_value();
    });
}

void ApiJob::onDecoded(const ClientError &decodeError)
{
    if (m_decoding.valid())
        m_decoding.get();
    if (m_finished)
        return; // aborted meanwhile
    ClientError error = decodeError;
    if (!error.isError() && !parse(&error) && !error.isError())
        error.kind = ClientError::Kind::Protocol;
    if (error.kind == ClientError::Kind::Protocol && error.message.isEmpty()) {
        error.httpStatus = m_status;
        error.message = QStringLiteral("The server's answer to %1 %2 is not what the API promises.")
                            .arg(QString::fromLatin1(m_method), m_path);
    }
    finish(error);
}

void ApiJob::finish(const ClientError &error)
{
    if (m_finished)
        return;
    m_timer->stop();
    m_error = error;
    m_finished = true;
    if (error.isError()) {
        qCDebug(lcApiJob).noquote() << m_method << m_path << "id" << m_requestId << "failed after"
                                    << m_attempt << "attempt(s):" << ClientError::kindName(error.kind)
                                    << error.message;
    }
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace tierdesk
