#include "server/http/requestcontext.h"

#include "server/http/apierror.h"
#include "server/http/utf8.h"

#include "core/timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tierdesk {

namespace {

// RFC 7493: no unpaired surrogates (\ud800 escapes) anywhere, in keys or values: such text has no UTF-8 form.
bool hasUnpairedSurrogate(const QJsonValue &value)
{
    if (value.isString())
        return !QStringView(value.toString()).isValidUtf16();
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (hasUnpairedSurrogate(item))
                return true;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!QStringView(it.key()).isValidUtf16() || hasUnpairedSurrogate(it.value()))
                return true;
        }
    }
    return false;
}

} // namespace

RequestContext::RequestContext(const HttpRequest &request, QHash<QString, QString> pathParams,
                               std::optional<User> user)
    : m_request(request)
    , m_params(std::move(pathParams))
    , m_user(std::move(user))
{}

const User &RequestContext::user() const
{
    if (!m_user)
        throw ApiError::unauthorized();
    return *m_user;
}

void RequestContext::requireStaff() const
{
    if (!tierdesk::isStaff(user().role))
        throw ApiError::forbidden(QStringLiteral("Only support staff may do this."));
}

qint64 RequestContext::idParam(const QString &name) const
{
    bool ok = false;
    const qint64 id = m_params.value(name).toLongLong(&ok);
    if (!ok || id <= 0)
        throw ApiError::notFound(QStringLiteral("No such %1: '%2'.").arg(name, m_params.value(name)));
    return id;
}

QJsonObject RequestContext::jsonBody() const
{
    const QByteArray type = m_request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        throw ApiError(415, QStringLiteral("unsupported_media_type"),
                       QStringLiteral("Send the body as application/json."));
    if (!Utf8::isValid(m_request.body))
        throw ApiError::badRequest(QStringLiteral("invalid_utf8"),
                                   QStringLiteral("The body is not valid UTF-8."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(QStringLiteral("invalid_json"),
                                   QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                       .arg(error.errorString())
                                       .arg(error.offset));
    if (!doc.isObject())
        throw ApiError::badRequest(QStringLiteral("invalid_json"),
                                   QStringLiteral("The body must be a JSON object."));
    if (hasUnpairedSurrogate(doc.object()))
        throw ApiError::badRequest(QStringLiteral("invalid_json"),
                                   QStringLiteral("The body holds an unpaired UTF-16 surrogate escape."));
    return doc.object();
}

std::optional<QString> RequestContext::queryString(const QString &key, int maxLength) const
{
    if (!m_request.query.hasQueryItem(key))
        return std::nullopt;
    // Decode ourselves: QUrlQuery would quietly replace invalid UTF-8 with U+FFFD.
    const QByteArray raw = QByteArray::fromPercentEncoding(
        m_request.query.queryItemValue(key, QUrl::FullyEncoded).toLatin1().replace('+', ' '));
    if (!Utf8::isValid(raw))
        throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                   QStringLiteral("Query parameter '%1' is not valid UTF-8.").arg(key));
    const QString value = QString::fromUtf8(raw);
    if (value.size() > maxLength)
        throw ApiError::badRequest(
            QStringLiteral("bad_parameter"),
            QStringLiteral("Query parameter '%1' is longer than %2 characters.").arg(key).arg(maxLength));
    return value;
}

std::optional<qint64> RequestContext::queryInt(const QString &key, qint64 min, qint64 max) const
{
    const auto text = queryString(key, 20);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                   QStringLiteral("Query parameter '%1' must be an integer from %2 to %3.")
                                       .arg(key)
                                       .arg(min)
                                       .arg(max));
    return value;
}

std::optional<qint64> RequestContext::queryTime(const QString &key) const
{
    const auto text = queryString(key, 40);
    if (!text)
        return std::nullopt;
    const auto ms = Timestamp::fromIso(*text);
    if (!ms)
        throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                   QStringLiteral("Query parameter '%1' must be an ISO 8601 time.").arg(key));
    return ms;
}

qint64 RequestContext::ifMatchVersion() const
{
    QByteArray value = m_request.header("if-match").trimmed();
    if (value.isEmpty())
        throw ApiError(
            428, QStringLiteral("precondition_required"),
            QStringLiteral("Send If-Match with the version you edited, so no one's change is overwritten."));
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version < 1)
        throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                   QStringLiteral("If-Match must hold a version number."));
    return version;
}

} // namespace tierdesk
