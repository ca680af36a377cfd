#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace tierdesk {

// The statements of one database connection, each prepared once per SQL text and then reused: SQLite skips
// parsing and planning on every later call, which matters when a feed page writes thousands of rows. A
// failure throws std::runtime_error (with the SQL and SQLite's message), so a writer's StoreTransaction
// rolls back instead of committing half a change.
//
// One instance per connection, shared by the parts of the local cache that use it (LocalStore,
// AttachmentCache), so each statement exists once. Used from the thread that opened the connection.
class PreparedStatements
{
public:
    PreparedStatements() = default;
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // Statements are prepared on this connection from now on; those of a previous one are dropped.
    void setConnection(const QString &connectionName);
    // Drops every statement. Must happen before the connection is removed (a live query keeps it in use).
    void clear();
    QSqlDatabase database() const;

    // The statement for `sql`, prepared on first use. Callers bind, exec() and finish() it themselves.
    QSqlQuery &query(const QString &sql);
    static void exec(QSqlQuery &q);

private:
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace tierdesk
