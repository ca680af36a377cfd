#pragma once

#include "server/auth/loginratelimiter.h"

#include "core/user.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <optional>

namespace tierdesk {

class Database;
class UserRepository;

// Logins and bearer tokens. Tokens are 256 random bits handed out once; only their SHA-256 is stored, so a
// copy of the database lets nobody in.
class AuthService
{
public:
    AuthService(Database &db, UserRepository &users);

    struct LoginResult
    {
        QString token;
        User user;
    };
    // Throws ApiError 401 (wrong login or password, same message for both) or 429 (too many failures).
    LoginResult login(const QString &login, const QString &password);
    void logout(const QByteArray &token);
    std::optional<User> authenticate(const QByteArray &token);

    static constexpr qint64 TokenLifetimeMs = 30LL * 24 * 3600 * 1000;

private:
    static QString tokenHash(const QByteArray &token);

    Database &m_db;
    UserRepository &m_users;
    LoginRateLimiter m_limiter;
    // User id → user (with groups) for a few seconds: reading them on every request took a fifth of a simple
    // GET. The token is still checked each time; a changed role or team shows after at most CacheLifetimeMs.
    struct CachedSession
    {
        User user;
        qint64 validUntil = 0;
    };
    static constexpr qint64 CacheLifetimeMs = 5000;
    static constexpr qsizetype CacheCapacity = 10000;
    QMutex m_cacheMutex;
    QHash<qint64, CachedSession> m_cache;
    QString m_dummyHash; // verified against when the login is unknown, so timing does not reveal accounts
};

} // namespace tierdesk
