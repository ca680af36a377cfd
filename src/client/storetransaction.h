#pragma once

#include <QSqlDatabase>

namespace tierdesk {

// RAII transaction on the local cache: rolls back unless commit() was called, so an exception or an early
// return can never leave half a page of the feed applied without its cursor. Nested guards join the
// outermost one.
class StoreTransaction
{
public:
    explicit StoreTransaction(QSqlDatabase db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool commit();

private:
    QSqlDatabase m_db;
    bool m_owner = false;
    bool m_done = false;
};

} // namespace tierdesk
