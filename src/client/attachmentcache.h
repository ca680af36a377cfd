#pragma once

#include <QByteArray>
#include <optional>

namespace tierdesk {

class PreparedStatements;

// The size-capped cache of attachment bytes inside the local cache's database (table attachment_cache), so
// an attachment opened once opens again at once and offline. When an insert goes over the limit the least
// recently used entries go first; "recently" is a counter in the meta table (lru_clock), bumped on every
// insert and read, not the wall clock, so a changed system time cannot reorder it. Entries are checked
// against their SHA-256 on every read: a damaged one is dropped and reported missing (fetched again), never
// handed out.
//
// Works over the store's connection and its shared prepared statements; each call is one StoreTransaction
// (or joins the caller's).
class AttachmentCache
{
public:
    static constexpr qint64 DefaultLimit = 256LL * 1024 * 1024;

    explicit AttachmentCache(PreparedStatements &statements);

    // The limit is kept in the cache file, so it survives a restart; lowering it evicts at once.
    void setLimit(qint64 bytes);
    qint64 limit();
    qint64 size(); // bytes held now

    // Stores `bytes` as the most recently used entry. Bytes larger than the whole limit are not kept (they
    // would evict everything and still not fit).
    void insert(qint64 id, const QByteArray &sha256Hex, const QByteArray &bytes);
    // The bytes of `id` if cached and intact; marks them the most recently used.
    std::optional<QByteArray> bytes(qint64 id);

private:
    qint64 nextClock();
    void evict();

    PreparedStatements &m_statements;
};

} // namespace tierdesk
