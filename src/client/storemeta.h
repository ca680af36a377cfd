#pragma once

#include <QString>

namespace tierdesk {

class PreparedStatements;

// The local cache's key-value table `meta`: the sync cursor, the current user, the first-sync flag, the
// counter of local ids, the attachment cache's limit and LRU clock. A thin view over the shared prepared
// statements, cheap to make where needed; writes join the caller's StoreTransaction.
class StoreMeta
{
public:
    explicit StoreMeta(PreparedStatements &statements)
        : m_statements(statements)
    {}

    QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);

private:
    PreparedStatements &m_statements;
};

} // namespace tierdesk
