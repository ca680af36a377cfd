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
    body.insert(QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), m_code}, {QStringLiteral("message"), m_message}});
    HttpResponse response = HttpResponse::json(m_status, body);
    response.headers += m_headers;
    return response;
}

} // namespace tierdesk
