#pragma once

#include <QtGlobal>

namespace tierdesk {

class Database;

// RAII guard: rolls back unless commit() was called. Write transactions take the write lock up front —
// SQLite's BEGIN IMMEDIATE, and on PostgreSQL a transaction-scoped advisory lock — so that writers are
// serialised and change-log sequences commit in the order they were handed out (a feed reader can then
// never see sequence 11 before 10 is visible). Guards nest: an inner guard on a thread that already has a
// transaction open joins it and leaves commit/rollback to the outermost one.
class Transaction
{
public:
    enum class Mode { Read, Write };

    Transaction(Database &db, Mode mode);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

    // The innermost open transaction on this thread, or nullptr.
    static Transaction *current();
    // Records that this transaction appended change `seq`; after commit the database's commit hook hears it.
    void noteChange(qint64 seq);
    bool isWrite() const { return m_mode == Mode::Write; }

private:
    Database &m_db;
    Mode m_mode;
    Transaction *m_outer;
    bool m_done = false;
    qint64 m_lastSeq = 0;
};

} // namespace tierdesk
