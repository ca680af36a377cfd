#include "clienterror.h"

#include <QJsonValue>

namespace tierdesk {

namespace {

ClientError::Kind kindForStatus(int status)
{
    using Kind = ClientError::Kind;
    if (status >= 200 && status < 300)
        return Kind::None;
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
    case 412:
        return Kind::Conflict;
    case 408: // the server gave up waiting for our request: the same request may well get through later
        return Kind::Timeout;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::Rejected;
    if (status >= 500 && status < 600)
        return Kind::Server;
    // 1xx or 3xx as a final answer, or nonsense: not what the API promises.
    return Kind::Protocol;
}

QString fallbackMessage(ClientError::Kind kind, int status)
{
    using Kind = ClientError::Kind;
    switch (kind) {
    case Kind::Unauthorized:
        return QStringLiteral("The server did not accept the sign-in (HTTP %1): log in again.").arg(status);
    case Kind::Forbidden:
        return QStringLiteral("The server refused this action for your account (HTTP %1).").arg(status);
    case Kind::NotFound:
        return QStringLiteral("The server does not know this item (HTTP %1).").arg(status);
    case Kind::Conflict:
        return QStringLiteral("Someone changed this item in the meantime (HTTP %1).").arg(status);
    case Kind::Timeout:
        return QStringLiteral("The server gave up waiting for the request (HTTP %1).").arg(status);
    case Kind::Server:
        return QStringLiteral("The server had a problem (HTTP %1); try again shortly.").arg(status);
    case Kind::Protocol:
        return QStringLiteral("The server gave an unexpected answer (HTTP %1).").arg(status);
    default:
        return QStringLiteral("The server refused the request (HTTP %1).").arg(status);
    }
}

} // namespace

ClientError ClientError::fromHttp(int status, const QJsonObject &body)
{
    ClientError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    if (error.kind == Kind::None)
        return error;
    error.body = body;
    const QJsonObject details = body.value(QLatin1String("error")).toObject();
    error.code = details.value(QLatin1String("code")).toString();
    error.message = details.value(QLatin1String("message")).toString().trimmed();
    if (error.message.isEmpty())
        error.message = fallbackMessage(error.kind, status);
    return error;
}

QString ClientError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace tierdesk
