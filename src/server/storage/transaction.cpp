#include "server/storage/transaction.h"

#include "server/storage/database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace tierdesk {
namespace {
thread_local Transaction *t_current = nullptr;
// Any constant will do, as long as every instance of the server uses the same one.
constexpr qint64 WriteLockKey = 0x7469657264657368; // "tierdesh"
} // namespace

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
    , m_mode(mode)
    , m_outer(t_current)
{
    if (m_outer) {
        if (mode == Mode::Write && !m_outer->isWrite())
            throw DatabaseError(QStringLiteral("A write transaction cannot nest inside a read transaction."));
        t_current = this;
        return;
    }
    if (db.isPostgres()) {
        db.execute(QStringLiteral("BEGIN"));
        if (mode == Mode::Write)
            db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)")).bind(WriteLockKey).exec();
    } else {
        db.execute(mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    t_current = this;
}

Transaction::~Transaction()
{
    t_current = m_outer;
    if (m_outer || m_done)
        return;
    try {
        m_db.execute(QStringLiteral("ROLLBACK"));
    } catch (const DatabaseError &e) {
        qCWarning(lcDatabase) << "rollback failed:" << e.what();
    }
}

void Transaction::commit()
{
    if (m_outer) {
        if (m_lastSeq)
            m_outer->noteChange(m_lastSeq);
        m_done = true;
        return;
    }
    if (m_lastSeq && m_db.isPostgres()) {
        // Delivered by PostgreSQL only when the transaction commits, to every instance listening.
        m_db.prepare(QStringLiteral("SELECT pg_notify('tierdesk_changes', ?)"))
            .bind(QString::number(m_lastSeq))
            .exec();
    }
    m_db.execute(QStringLiteral("COMMIT"));
    m_done = true;
    if (m_lastSeq)
        m_db.notifyCommitted(m_lastSeq);
}

Transaction *Transaction::current()
{
    return t_current;
}

void Transaction::noteChange(qint64 seq)
{
    m_lastSeq = std::max(m_lastSeq, seq);
}

} // namespace tierdesk
