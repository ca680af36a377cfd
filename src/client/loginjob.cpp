#include "loginjob.h"

#include "apiconnection.h"

namespace tierdesk {

LoginJob::LoginJob(ApiConnection *connection, const QString &login, const QString &password, QObject *parent)
    : ApiJob(connection, "POST", QStringLiteral("/api/v1/auth/login"), parent)
{
    setJsonBody({{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    // A stale token must not travel with a login: a 401 here means a wrong password, not an ended session.
    setHeader("Authorization", {});
}

bool LoginJob::parse(ClientError *error)
{
    const QString token = json().value(QLatin1String("token")).toString();
    const std::optional<User> user = User::fromJson(json().value(QLatin1String("user")).toObject());
    if (token.isEmpty() || !user) {
        error->kind = ClientError::Kind::Protocol;
        error->httpStatus = httpStatus();
        error->message = QStringLiteral("The server accepted the login but sent no %1.")
                             .arg(token.isEmpty() ? QStringLiteral("token") : QStringLiteral("valid user"));
        return false;
    }
    m_token = token.toUtf8();
    m_user = *user;
    if (connection())
        connection()->setToken(m_token);
    return true;
}

} // namespace tierdesk
