#include "workstation/login/loginerrortext.h"

namespace tierdesk {

QString LoginErrorText::serverName(const QUrl &server)
{
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return server.host() + QLatin1Char(':') + QString::number(port);
}

QString LoginErrorText::describe(const ClientError &error, const QUrl &server)
{
    using Kind = ClientError::Kind;
    const QString where = serverName(server);
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        return tr("Wrong account or password.");
    case Kind::Network:
        return tr("Cannot reach the server at %1. Check the address and your network connection. (%2)")
            .arg(where, error.message);
    case Kind::Timeout:
        return tr("The server at %1 did not answer in time. Try again, or check the address.").arg(where);
    case Kind::Tls:
        return tr("The server's certificate is not trusted, so Tierdesk did not send your password. %1 "
                  "If this server uses its own certificate, get the certificate file from your administrator "
                  "and choose it with \"Trust a certificate…\".")
            .arg(error.message);
    case Kind::Forbidden:
        return tr("The server refused the sign-in for this account.");
    case Kind::Rejected:
        if (error.httpStatus == 429)
            return tr("Too many sign-in attempts. Wait a minute, then try again.");
        return tr("The server refused the sign-in: %1").arg(error.message);
    case Kind::Server:
        return tr("The server at %1 has a problem (HTTP %2). Try again shortly.")
            .arg(where)
            .arg(error.httpStatus);
    case Kind::Protocol:
    case Kind::NotFound:
        return tr("%1 does not answer like a Tierdesk server. Check the address.").arg(where);
    case Kind::Conflict:
    case Kind::Cancelled:
        break;
    }
    return error.message;
}

} // namespace tierdesk
