#pragma once

#include "server/storage/databaseconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <stdexcept>

namespace tierdesk {

// Raised when the database itself fails (not the client's fault): the router answers 503 and logs it.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
};

class Statement;

// The server's storage. QSqlDatabase connections may only be used by the thread that opened them, so every
// thread gets its own connection, opened on first use and closed when the thread ends; each connection keeps
// its statements prepared once (a cache keyed by SQL text), as Trojitá's caches do.
class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    bool isPostgres() const { return m_config.backend == DatabaseConfig::Backend::Postgres; }

    // Opens this thread's connection now (throws DatabaseError with the driver's message if it cannot).
    QSqlDatabase connection();

    // A prepared statement from this thread's cache. Positional '?' placeholders on both backends.
    Statement prepare(const QString &sql);
    // Runs SQL that is not worth preparing (DDL, BEGIN); throws on failure.
    void execute(const QString &sql);

    // Called after each write transaction that appended to the change log commits, with its highest sequence.
    void setCommitHook(std::function<void(qint64)> hook) { m_commitHook = std::move(hook); }
    void notifyCommitted(qint64 seq) const
    {
        if (m_commitHook)
            m_commitHook(seq);
    }

    // Closes this thread's connection (the others close as their threads end).
    void closeThreadConnection();

private:
    DatabaseConfig m_config;
    QString m_connectionPrefix;
    std::function<void(qint64)> m_commitHook;
};

// A borrowed prepared query. Binding is positional; exec() throws DatabaseError. The destructor calls
// finish() so that SQLite does not keep a read snapshot open on a cached statement.
class Statement
{
public:
    explicit Statement(QSqlQuery *query);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(const QVariant &value);
    Statement &bindNullInt();
    Statement &bindOptional(const std::optional<qint64> &value);
    Statement &exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    std::optional<qint64> optionalInt64(int column) const;
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // For INSERT … RETURNING id: executes and returns the first column of the first row.
    qint64 execReturningId();

private:
    QSqlQuery *m_query;
    int m_bound = 0;
};

} // namespace tierdesk
