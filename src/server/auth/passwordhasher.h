#pragma once

#include <QString>

namespace tierdesk {

// Argon2id through libsodium (memory-hard, ~64 MiB and a few passes per hash: slow on purpose), in
// libsodium's self-describing string form so parameters can be raised later without breaking stored hashes.
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &storedHash);
    // For synthetic data only: a cheap hash accepted by verify(); never used for real accounts.
    static QString hashFast(const QString &password);
};

} // namespace tierdesk
