#include "server/storage/databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

namespace tierdesk {

std::optional<DatabaseConfig> DatabaseConfig::fromPostgresUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = QStringLiteral("Expected postgresql://USER:PASS@HOST:PORT/DB, got '%1'.").arg(text);
        return std::nullopt;
    }
    DatabaseConfig c;
    c.backend = Backend::Postgres;
    c.host = url.host();
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        c.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    c.port = url.port(5432);
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    c.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (c.databaseName.isEmpty() || c.user.isEmpty()) {
        *error = QStringLiteral("The PostgreSQL URL must name a user and a database: %1").arg(text);
        return std::nullopt;
    }
    return c;
}

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig c;
    c.sqlitePath = path;
    return c;
}

QString DatabaseConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("SQLite %1").arg(sqlitePath);
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace tierdesk
