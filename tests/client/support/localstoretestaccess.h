#pragma once

// The cache's connection, for tests (and benchmarks) that look at or change the SQLite file underneath a
// LocalStore: EXPLAIN plans, dropped tables, rows written behind the store's back. The programs have no such
// way in: their reads go through LocalStore and client/query.
//
//     QSqlQuery q(LocalStoreTestAccess::database(store));

#include "client/localstore.h"

#include <QSqlDatabase>

namespace tierdesk {

class LocalStoreTestAccess
{
public:
    static QSqlDatabase database(const LocalStore &store) { return store.database(); }
};

} // namespace tierdesk
