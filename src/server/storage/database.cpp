#include "server/storage/database.h"

#include <QAtomicInteger>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <memory>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcDatabase, "tierdesk.server.database")

namespace tierdesk {
namespace {

// One thread's connection to one Database, with its statement cache. Destroyed when the thread ends (or the
// Database closes it): queries first, then the connection, as QtSql requires.
struct ThreadConnection
{
    QString name;
    QSqlDatabase db; // once open: kept here so that each statement skips QtSql's locked global registry
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;

    ~ThreadConnection()
    {
        statements.clear();
        db = QSqlDatabase();
        if (QSqlDatabase::contains(name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

thread_local std::unordered_map<QString, std::unique_ptr<ThreadConnection>> t_connections;
QAtomicInteger<quint64> s_threadCounter;
thread_local quint64 t_threadId = ++s_threadCounter;

ThreadConnection &threadConnection(const QString &prefix)
{
    auto &slot = t_connections[prefix];
    if (!slot) {
        slot = std::make_unique<ThreadConnection>();
        slot->name = prefix + QStringLiteral("-t%1").arg(t_threadId);
    }
    return *slot;
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_connectionPrefix(QStringLiteral("tierdesk-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    closeThreadConnection();
}

void Database::closeThreadConnection()
{
    t_connections.erase(m_connectionPrefix);
}

QSqlDatabase Database::connection()
{
    ThreadConnection &tc = threadConnection(m_connectionPrefix);
    if (tc.db.isOpen())
        return tc.db;
    if (QSqlDatabase::contains(tc.name)) {
        QSqlDatabase db = QSqlDatabase::database(tc.name, false);
        if (db.isOpen()) {
            tc.db = db;
            return db;
        }
    }
    const bool pg = isPostgres();
    QSqlDatabase db =
        QSqlDatabase::contains(tc.name)
            ? QSqlDatabase::database(tc.name, false)
            : QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), tc.name);
    if (!db.isValid())
        throw DatabaseError(QStringLiteral("The Qt SQL driver %1 is not installed.")
                                .arg(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE")));
    if (pg) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=tierdesk-server"));
    } else {
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        throw DatabaseError(
            QStringLiteral("Cannot open %1: %2").arg(m_config.describe(), db.lastError().text()));
    QSqlQuery setup(db);
    const QStringList pragmas =
        pg ? QStringList{QStringLiteral("SET client_min_messages TO WARNING")}
           : QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                         QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString &sql : pragmas) {
        if (!setup.exec(sql))
            throw DatabaseError(QStringLiteral("%1 failed: %2").arg(sql, setup.lastError().text()));
    }
    qCDebug(lcDatabase) << "opened" << m_config.describe() << "as" << tc.name;
    tc.db = db;
    return db;
}

Statement Database::prepare(const QString &sql)
{
    ThreadConnection &tc = threadConnection(m_connectionPrefix);
    auto it = tc.statements.find(sql);
    if (it != tc.statements.end() && tc.db.isOpen())
        return Statement(it->second.get()); // the hot path: prepared before on this thread's open connection
    QSqlDatabase db = connection();
    if (it == tc.statements.end()) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw DatabaseError(
                QStringLiteral("Cannot prepare [%1]: %2").arg(sql, query->lastError().text()));
        it = tc.statements.emplace(sql, std::move(query)).first;
    }
    return Statement(it->second.get());
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw DatabaseError(QStringLiteral("[%1] failed: %2").arg(sql, query.lastError().text()));
}

Statement::Statement(QSqlQuery *query)
    : m_query(query)
{}

Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_bound(other.m_bound)
{}

Statement::~Statement()
{
    if (m_query)
        m_query->finish();
}

Statement &Statement::bind(const QVariant &value)
{
    // QtSql writes a null QString as SQL NULL; our text columns mean "empty" by it, and real NULLs go through
    // bindNullInt()/bindOptional() or an explicit null QVariant.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_bound++, QStringLiteral(""));
    else
        m_query->bindValue(m_bound++, value);
    return *this;
}

Statement &Statement::bindNullInt()
{
    return bind(QVariant(QMetaType::fromType<qlonglong>()));
}

Statement &Statement::bindOptional(const std::optional<qint64> &value)
{
    return value ? bind(QVariant::fromValue<qlonglong>(*value)) : bindNullInt();
}

Statement &Statement::exec()
{
    if (!m_query->exec())
        throw DatabaseError(
            QStringLiteral("[%1] failed: %2").arg(m_query->lastQuery(), m_query->lastError().text()));
    return *this;
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    const QVariant v = m_query->value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

qint64 Statement::execReturningId()
{
    exec();
    if (!m_query->next())
        throw DatabaseError(QStringLiteral("[%1] returned no id").arg(m_query->lastQuery()));
    return m_query->value(0).toLongLong();
}

} // namespace tierdesk
