#include "storetransaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStoreTx, "tierdesk.store.transaction")

namespace tierdesk {
namespace {
// Open transactions per connection; the store is used from one thread, so a plain hash is enough.
QHash<QString, int> &depths()
{
    static QHash<QString, int> d;
    return d;
}
} // namespace

StoreTransaction::StoreTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        if (!m_db.transaction())
            qCWarning(lcStoreTx) << "BEGIN failed:" << m_db.lastError().text();
        m_owner = true;
    }
    ++depth;
}

StoreTransaction::~StoreTransaction()
{
    int &depth = depths()[m_db.connectionName()];
    --depth;
    if (m_owner && !m_done) {
        if (!m_db.rollback())
            qCWarning(lcStoreTx) << "ROLLBACK failed:" << m_db.lastError().text();
    }
}

bool StoreTransaction::commit()
{
    m_done = true;
    if (!m_owner)
        return true;
    if (!m_db.commit()) {
        qCWarning(lcStoreTx) << "COMMIT failed:" << m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace tierdesk
