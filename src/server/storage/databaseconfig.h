#pragma once

#include <QString>
#include <optional>

namespace tierdesk {

// Where the server keeps its data: a SQLite file (default) or a PostgreSQL database.
struct DatabaseConfig
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host; // PostgreSQL: a host name, or a Unix-socket folder
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    // Parses postgresql://USER:PASS@HOST:PORT/DB and postgresql://USER@/DB?host=/socket/dir; nullopt with
    // *error set when the URL is not one of those.
    static std::optional<DatabaseConfig> fromPostgresUrl(const QString &url, QString *error);
    static DatabaseConfig sqlite(const QString &path);
    QString describe() const; // for logs, without the password
};

} // namespace tierdesk
