#include "server/auth/passwordhasher.h"

#include "server/storage/database.h"

#include <sodium.h>

namespace tierdesk {
namespace {
QString hashWith(const QString &password, unsigned long long ops, size_t mem)
{
    if (sodium_init() < 0)
        throw DatabaseError(QStringLiteral("libsodium failed to initialise"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), ops, mem) != 0)
        throw DatabaseError(QStringLiteral("Out of memory while hashing a password"));
    return QString::fromLatin1(out);
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    return hashWith(password, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

QString PasswordHasher::hashFast(const QString &password)
{
    return hashWith(password, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

} // namespace tierdesk
