#include "server/storage/schemamigrator.h"

#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/timestamp.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcMigrations, "tierdesk.server.migrations")

namespace tierdesk {
namespace {

QString substitute(QString sql, bool postgres)
{
    sql.replace(QLatin1String("{pk}"),
                postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("{seqpk}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                   : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

bool hasTable(Database &db, const QString &name)
{
    Statement st = db.prepare(db.isPostgres() ? QStringLiteral("SELECT 1 FROM information_schema.tables"
                                                               " WHERE table_schema = current_schema()"
                                                               " AND table_name = ?")
                                              : QStringLiteral("SELECT 1 FROM sqlite_master"
                                                               " WHERE type = 'table' AND name = ?"));
    st.bind(name).exec();
    return st.next();
}

void record(Database &db, const QString &module, const Migration &m)
{
    db.prepare(QStringLiteral("INSERT INTO schema_versions (module, version, description, applied_at)"
                              " VALUES (?, ?, ?, ?)"))
        .bind(module)
        .bind(m.version)
        .bind(m.description)
        .bind(Timestamp::nowMs())
        .exec();
}

// Databases before modules kept schema_migrations (version INTEGER PRIMARY KEY, …) for the whole server.
// Its versions become the module migrations that were part of them, and the old table goes, in one
// transaction with the write lock held, so two instances starting together convert once.
void convertLegacy(Database &db, const QList<MigrationModule> &modules)
{
    if (!hasTable(db, QStringLiteral("schema_migrations")))
        return;
    QSet<int> legacy;
    {
        Statement st = db.prepare(QStringLiteral("SELECT version FROM schema_migrations"));
        st.exec();
        while (st.next())
            legacy.insert(int(st.int64(0)));
    }
    for (const MigrationModule &module : modules) {
        for (const Migration &m : module.migrations) {
            if (m.legacyVersion == 0 || !legacy.contains(m.legacyVersion))
                continue;
            qCInfo(lcMigrations) << "schema" << module.name << m.version << "was applied as server version"
                                 << m.legacyVersion;
            record(db, module.name, m);
        }
    }
    db.execute(QStringLiteral("DROP TABLE schema_migrations"));
}

} // namespace

QHash<QString, int> SchemaMigrator::migrate(Database &db, const QList<MigrationModule> &modules)
{
    {
        Transaction tx(db, Transaction::Mode::Write);
        db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions (module TEXT NOT NULL,"
                                  " version INTEGER NOT NULL, description TEXT NOT NULL,"
                                  " applied_at BIGINT NOT NULL, PRIMARY KEY (module, version))"));
        convertLegacy(db, modules);
        tx.commit();
    }
    QHash<QString, int> versions;
    for (const MigrationModule &module : modules) {
        int expected = 1;
        for (const Migration &m : module.migrations) {
            // Versions are positions: a gap or a repeat is a programming error that would skip or rerun
            // steps.
            if (m.version != expected++)
                throw DatabaseError(QStringLiteral("Schema module %1 lists version %2 out of order.")
                                        .arg(module.name)
                                        .arg(m.version));
            Transaction tx(db, Transaction::Mode::Write);
            Statement check =
                db.prepare(QStringLiteral("SELECT 1 FROM schema_versions WHERE module = ? AND version = ?"));
            check.bind(module.name).bind(m.version).exec();
            const bool applied = check.next();
            if (!applied) {
                qCInfo(lcMigrations) << "applying schema" << module.name << m.version << "-" << m.description;
                const QStringList &specific = db.isPostgres() ? m.postgres : m.sqlite;
                try {
                    for (const QString &sql : m.common + specific)
                        db.execute(substitute(sql, db.isPostgres()));
                } catch (const DatabaseError &e) {
                    throw DatabaseError(QStringLiteral("Schema %1 version %2 (%3) failed: %4")
                                            .arg(module.name)
                                            .arg(m.version)
                                            .arg(m.description, QString::fromUtf8(e.what())));
                }
                record(db, module.name, m);
            }
            tx.commit();
            versions.insert(module.name, m.version);
        }
    }
    return versions;
}

MigrationModule SchemaMigrator::coreModule()
{
    return {
        QStringLiteral("core"),
        {
            {1,
             QStringLiteral("organisations, users, teams, tokens, change log, idempotency keys"),
             {
                 QStringLiteral("CREATE TABLE organisations (id {pk}, name TEXT NOT NULL UNIQUE)"),
                 QStringLiteral(
                     "CREATE TABLE users (id {pk}, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                     " role TEXT NOT NULL, tier INTEGER, importance TEXT,"
                     " organisation_id BIGINT REFERENCES organisations(id), lang TEXT NOT NULL DEFAULT 'en',"
                     " password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)"),
                 QStringLiteral(
                     "CREATE TABLE teams (id {pk}, name TEXT NOT NULL UNIQUE, tier INTEGER NOT NULL)"),
                 QStringLiteral(
                     "CREATE TABLE team_members (team_id BIGINT NOT NULL REFERENCES teams(id),"
                     " user_id BIGINT NOT NULL REFERENCES users(id), PRIMARY KEY (team_id, user_id))"),
                 QStringLiteral("CREATE TABLE tokens (hash TEXT PRIMARY KEY,"
                                " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                                " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"),
                 // staff_only: only agents and above may see the change; customer_id: besides staff, only
                 // this customer may (NULL: every customer may, e.g. articles).
                 QStringLiteral(
                     "CREATE TABLE changes (seq {seqpk}, entity TEXT NOT NULL, entity_id BIGINT NOT NULL,"
                     " op TEXT NOT NULL, data TEXT NOT NULL, staff_only INTEGER NOT NULL,"
                     " customer_id BIGINT, created_at BIGINT NOT NULL)"),
                 QStringLiteral("CREATE INDEX changes_customer ON changes (customer_id, seq)"),
                 QStringLiteral("CREATE TABLE idempotency_keys (user_id BIGINT NOT NULL, key TEXT NOT NULL,"
                                " request_hash TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,"
                                " created_at BIGINT NOT NULL, PRIMARY KEY (user_id, key))"),
             },
             {},
             {},
             1},
            {2,
             QStringLiteral("changes for one recipient only; replayed answers keep their headers"),
             {
                 // recipient_id: only this user may see the change (a notification), whatever their role. No
                 // index: the feed reads ranges of seq and filters; an index would only cost every write.
                 QStringLiteral("ALTER TABLE changes ADD COLUMN recipient_id BIGINT"),
                 // The headers of the first answer that a replay must repeat (ETag, Location), as JSON.
                 QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN headers TEXT NOT NULL DEFAULT '{}'"),
             },
             {},
             {}},
        }};
}

} // namespace tierdesk
