#include "pgtestdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtDebug>

namespace tierdesk::test {

namespace {

QString randomSuffix()
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString suffix;
    for (int i = 0; i < 12; ++i)
        suffix += QLatin1Char(digits[QRandomGenerator::system()->bounded(36)]);
    return suffix;
}

QString valueFromEnvFile(const QString &path, const QByteArray &key, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 (named by TIERDESK_TEST_PG_ENV): %2. Did the CTest fixture "
                                "pg_start (tests/support/pg-fixture.sh start) run and succeed?")
                     .arg(path, file.errorString());
        return {};
    }
    QString value;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith(key + '='))
            value = QString::fromUtf8(line.mid(key.size() + 1));
    }
    if (value.isEmpty())
        *error = QStringLiteral("%1 has no %2 line").arg(path, QString::fromLatin1(key));
    return value;
}

} // namespace

PgTestDatabase::~PgTestDatabase()
{
    QString error;
    if (!drop(&error))
        qWarning().noquote() << "PgTestDatabase:" << error;
}

QString PgTestDatabase::clusterUrl(QString *error)
{
    const QString url = qEnvironmentVariable("TIERDESK_TEST_PG_URL");
    if (!url.isEmpty())
        return url;
    const QString envFile = qEnvironmentVariable("TIERDESK_TEST_PG_ENV");
    if (envFile.isEmpty()) {
        *error = QStringLiteral(
            "PostgreSQL tests need TIERDESK_TEST_PG_URL (postgresql://USER@HOST:PORT/postgres) "
            "or TIERDESK_TEST_PG_ENV (a pg.env written by tests/support/pg-fixture.sh start); "
            "ctest sets the latter for the *_pg tests");
        return {};
    }
    return valueFromEnvFile(envFile, QByteArrayLiteral("TIERDESK_TEST_PG_URL"), error);
}

bool PgTestDatabase::execute(const QString &url, const QString &sql, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || !parsed.scheme().startsWith(QLatin1String("postgres"))) {
        *error = QStringLiteral("not a postgresql:// URL: %1").arg(url);
        return false;
    }
    const QString connectionName = QStringLiteral("tierdesk-test-admin-") + randomSuffix();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            *error =
                QStringLiteral("the Qt QPSQL driver is not available (Debian: libqt6sql6-psql); drivers: %1")
                    .arg(QSqlDatabase::drivers().join(QLatin1String(", ")));
        } else {
            const QUrlQuery query(parsed);
            db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                               ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                               : parsed.host());
            db.setPort(parsed.port(5432));
            db.setUserName(parsed.userName(QUrl::FullyDecoded));
            db.setPassword(parsed.password(QUrl::FullyDecoded));
            db.setDatabaseName(parsed.path(QUrl::FullyDecoded).mid(1));
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
            if (!db.open()) {
                *error = QStringLiteral("cannot connect to %1: %2").arg(url, db.lastError().text());
            } else {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    *error = QStringLiteral("'%1' failed on %2: %3").arg(sql, url, q.lastError().text());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

bool PgTestDatabase::create(QString *error)
{
    if (isCreated()) {
        *error = QStringLiteral("the database %1 exists already").arg(m_name);
        return false;
    }
    const QString cluster = clusterUrl(error);
    if (cluster.isEmpty())
        return false;
    m_clusterUrl = QUrl(cluster, QUrl::StrictMode);
    const QString name = QStringLiteral("tierdesk_test_") + randomSuffix();
    if (!execute(cluster, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name),
                 error))
        return false;
    m_name = name;
    return true;
}

bool PgTestDatabase::drop(QString *error)
{
    if (!isCreated())
        return true;
    const QString name = m_name;
    m_name.clear();
    return execute(m_clusterUrl.toString(),
                   QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), error);
}

QString PgTestDatabase::url() const
{
    if (!isCreated())
        return {};
    QUrl url = m_clusterUrl;
    url.setPath(QLatin1Char('/') + m_name);
    return url.toString();
}

} // namespace tierdesk::test
