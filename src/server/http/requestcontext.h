#pragma once

#include "server/http/httprequest.h"

#include "core/user.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace tierdesk {

// What a handler sees of one request: the request, the path parameters and who asks. The accessors validate
// as they read and throw ApiError with the right 4xx, so handlers never parse untrusted text themselves.
class RequestContext
{
public:
    RequestContext(const HttpRequest &request, QHash<QString, QString> pathParams, std::optional<User> user);

    const HttpRequest &request() const { return m_request; }
    bool hasUser() const { return m_user.has_value(); }
    const User &user() const; // 401 when nobody is logged in
    bool isStaff() const { return m_user && tierdesk::isStaff(m_user->role); }
    void requireStaff() const; // 403 for customers

    // A positive integer path parameter ({id}); 404 otherwise (an id that cannot exist is an unknown id).
    qint64 idParam(const QString &name = QStringLiteral("id")) const;

    // The body as a JSON object: 415 unless Content-Type is application/json, 400 invalid_utf8 / invalid_json
    // when it is not UTF-8 / not a JSON object.
    QJsonObject jsonBody() const;

    // Query parameters: 400 bad_parameter when present but not an integer in range / too long / not UTF-8.
    std::optional<qint64> queryInt(const QString &key, qint64 min, qint64 max) const;
    std::optional<QString> queryString(const QString &key, int maxLength) const;
    std::optional<qint64> queryTime(const QString &key) const; // ISO 8601

    // If-Match: VERSION (or "VERSION"): 428 when missing, 400 when not a version number.
    qint64 ifMatchVersion() const;

private:
    const HttpRequest &m_request;
    QHash<QString, QString> m_params;
    std::optional<User> m_user;
};

} // namespace tierdesk
