#pragma once

#include "server/http/httpresponse.h"

#include <QJsonObject>
#include <QString>
#include <exception>

namespace tierdesk {

// Thrown by handlers for anything the client got wrong or may not do. The router turns it into
// {"error": {"code", "message"}} with the status; `extra` adds fields next to "error" (412 puts "current"
// there).
class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString message, QJsonObject extra = {});

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    HttpResponse toResponse() const;
    // The request field at fault, as "field" inside "error".
    ApiError &withField(const QString &field)
    {
        m_field = field;
        return *this;
    }
    ApiError &withHeader(const QByteArray &name, const QByteArray &value)
    {
        m_headers.append({name, value});
        return *this;
    }
    const char *what() const noexcept override { return "tierdesk::ApiError"; }

    static ApiError badRequest(const QString &code, const QString &message) { return {400, code, message}; }
    static ApiError
    unauthorized(const QString &message = QStringLiteral("Log in first: this needs a valid token."))
    {
        return {401, QStringLiteral("unauthorized"), message};
    }
    static ApiError forbidden(const QString &message) { return {403, QStringLiteral("forbidden"), message}; }
    static ApiError notFound(const QString &what) { return {404, QStringLiteral("not_found"), what}; }
    static ApiError conflict(const QString &message) { return {409, QStringLiteral("conflict"), message}; }
    static ApiError validation(const QString &message)
    {
        return {422, QStringLiteral("validation_failed"), message};
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QString m_field;
    QJsonObject m_extra;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace tierdesk
