#include "server/http/apierror.h"

#include <QJsonDocument>

namespace tierdesk {

ApiError::ApiError(int status, QString code, QString message, QJsonObject extra)
    : m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_extra(std::move(extra))
{}

HttpResponse ApiError::toResponse() const
{
    QJsonObject body = m_extra;
    QJsonObject error{{QStringLiteral("code"), m_code}, {QStringLiteral("message"), m_message}};
    if (!m_field.isEmpty())
        error.insert(QStringLiteral("field"), m_field);
    body.insert(QStringLiteral("error"), error);
    HttpResponse response = HttpResponse::json(m_status, body);
    response.headers += m_headers;
    return response;
}

} // namespace tierdesk
