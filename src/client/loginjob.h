#pragma once

#include "apijob.h"

#include "core/user.h"

namespace tierdesk {

// POST /api/v1/auth/login. On success the connection carries the new token.
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(ApiConnection *connection, const QString &login, const QString &password,
             QObject *parent = nullptr);

    QByteArray token() const { return m_token; }
    User user() const { return m_user; }

protected:
    bool parse(ClientError *error) override;

private:
    QByteArray m_token;
    User m_user;
};

} // namespace tierdesk
