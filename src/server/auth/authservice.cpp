#include "server/auth/authservice.h"

#include "server/auth/passwordhasher.h"
#include "server/http/apierror.h"
#include "server/resources/users/userrepository.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/timestamp.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace tierdesk {

AuthService::AuthService(Database &db, UserRepository &users)
    : m_db(db)
    , m_users(users)
    , m_dummyHash(PasswordHasher::hash(QStringLiteral("not a real password")))
{}

QString AuthService::tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

AuthService::LoginResult AuthService::login(const QString &login, const QString &password)
{
    const qint64 now = Timestamp::nowMs();
    if (const int wait = m_limiter.retryAfterSeconds(login, now)) {
        throw ApiError(
            429, QStringLiteral("too_many_requests"),
            QStringLiteral("Too many failed logins for this account. Try again in %1 seconds.").arg(wait),
            {{QStringLiteral("retry_after"), wait}})
            .withHeader("Retry-After", QByteArray::number(wait));
    }
    const std::optional<User> user = m_users.userByLogin(login);
    const QString stored = user ? m_users.passwordHash(user->id) : m_dummyHash;
    if (!PasswordHasher::verify(password, stored) || !user) {
        m_limiter.recordFailure(login, now);
        throw ApiError::unauthorized(QStringLiteral("Wrong login or password."));
    }
    m_limiter.recordSuccess(login);

    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Transaction tx(m_db, Transaction::Mode::Write);
    m_db.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?")).bind(now).exec();
    m_db.prepare(
            QStringLiteral("INSERT INTO tokens (hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"))
        .bind(tokenHash(token))
        .bind(user->id)
        .bind(now)
        .bind(now + TokenLifetimeMs)
        .exec();
    tx.commit();
    return {QString::fromLatin1(token), *user};
}

void AuthService::logout(const QByteArray &token)
{
    m_db.prepare(QStringLiteral("DELETE FROM tokens WHERE hash = ?")).bind(tokenHash(token)).exec();
}

std::optional<User> AuthService::authenticate(const QByteArray &token)
{
    if (token.size() > 256)
        return std::nullopt;
    const auto hash = tokenHash(token);
    const qint64 now = Timestamp::nowMs();
    // The token itself is checked on every request, so a logout or a password change (which deletes the
    // user's tokens, possibly from another process) takes effect at once.
    qint64 userId = 0;
    {
        Statement st =
            m_db.prepare(QStringLiteral("SELECT user_id FROM tokens WHERE hash = ? AND expires_at > ?"));
        st.bind(hash).bind(now).exec();
        if (!st.next())
            return std::nullopt;
        userId = st.int64(0);
    }
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_cache.constFind(userId);
        if (it != m_cache.cend() && it->validUntil > now)
            return it->user;
    }
    std::optional<User> user = m_users.userById(userId);
    if (user) {
        QMutexLocker lock(&m_cacheMutex);
        if (m_cache.size() >= CacheCapacity)
            m_cache.clear();
        m_cache.insert(userId, {*user, now + CacheLifetimeMs});
    }
    return user;
}

} // namespace tierdesk
