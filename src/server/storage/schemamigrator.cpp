#include "server/storage/schemamigrator.h"

#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMigrations, "tierdesk.server.migrations")

namespace tierdesk {
namespace {

struct Migration
{
    int version;
    const char *description;
    QStringList common; // runs on both backends after placeholder substitution
    QStringList sqlite; // backend-only steps, after the common ones
    QStringList postgres;
};

// {pk} is the auto-increment primary key: SQLite's INTEGER PRIMARY KEY (AUTOINCREMENT where ids must never be
// reused) and PostgreSQL's BIGSERIAL. Times are BIGINT milliseconds since the epoch; lists are JSON text.
const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         "accounts, tickets, messages, attachments, articles, change log, audit, idempotency",
         {
             QStringLiteral("CREATE TABLE organisations (id {pk}, name TEXT NOT NULL UNIQUE)"),
             QStringLiteral(
                 "CREATE TABLE users (id {pk}, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                 " role TEXT NOT NULL, tier INTEGER, importance TEXT,"
                 " organisation_id BIGINT REFERENCES organisations(id), lang TEXT NOT NULL DEFAULT 'en',"
                 " password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE teams (id {pk}, name TEXT NOT NULL UNIQUE, tier INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE team_members (team_id BIGINT NOT NULL REFERENCES teams(id),"
                            " user_id BIGINT NOT NULL REFERENCES users(id), PRIMARY KEY (team_id, user_id))"),
             QStringLiteral("CREATE TABLE tokens (hash TEXT PRIMARY KEY,"
                            " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE incidents (id {pk}, title TEXT NOT NULL, description TEXT NOT NULL,"
                            " status TEXT NOT NULL, created_at BIGINT NOT NULL, resolved_at BIGINT)"),
             QStringLiteral(
                 "CREATE TABLE tickets (id {pk}, number BIGINT NOT NULL UNIQUE, subject TEXT NOT NULL,"
                 " status TEXT NOT NULL, severity INTEGER NOT NULL, priority INTEGER NOT NULL,"
                 " requester_id BIGINT NOT NULL REFERENCES users(id), owner_id BIGINT REFERENCES users(id),"
                 " group_id BIGINT REFERENCES teams(id), tier INTEGER NOT NULL,"
                 " collaborator_ids TEXT NOT NULL DEFAULT '[]', error_codes TEXT NOT NULL DEFAULT '[]',"
                 " tags TEXT NOT NULL DEFAULT '[]', incident_id BIGINT REFERENCES incidents(id),"
                 " merged_into_id BIGINT REFERENCES tickets(id), created_at BIGINT NOT NULL,"
                 " updated_at BIGINT NOT NULL, last_customer_activity_at BIGINT, first_response_at BIGINT,"
                 " resolved_at BIGINT, sla_due_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX tickets_queue ON tickets (priority, sla_due_at, id)"),
             QStringLiteral("CREATE INDEX tickets_requester ON tickets (requester_id)"),
             QStringLiteral("CREATE INDEX tickets_owner ON tickets (owner_id)"),
             QStringLiteral("CREATE INDEX tickets_updated ON tickets (updated_at)"),
             QStringLiteral(
                 "CREATE TABLE messages (id {pk}, ticket_id BIGINT NOT NULL REFERENCES tickets(id),"
                 " author_id BIGINT NOT NULL REFERENCES users(id), kind TEXT NOT NULL,"
                 " body TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, id)"),
             QStringLiteral("CREATE TABLE attachments (id {pk}, sha256 TEXT NOT NULL, size BIGINT NOT NULL,"
                            " content_type TEXT NOT NULL, filename TEXT NOT NULL,"
                            " uploader_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE message_attachments ("
                            " message_id BIGINT NOT NULL REFERENCES messages(id),"
                            " attachment_id BIGINT NOT NULL REFERENCES attachments(id),"
                            " PRIMARY KEY (message_id, attachment_id))"),
             QStringLiteral(
                 "CREATE INDEX message_attachments_attachment ON message_attachments (attachment_id)"),
             QStringLiteral(
                 "CREATE TABLE articles (id {pk}, title TEXT NOT NULL, body TEXT NOT NULL,"
                 " lang TEXT NOT NULL, category TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]',"
                 " error_codes TEXT NOT NULL DEFAULT '[]', author_id BIGINT NOT NULL REFERENCES users(id),"
                 " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT "
                 "1)"),
             // staff_only: only agents and above may see the change; customer_id: besides staff, only this
             // customer may (NULL: every customer may, e.g. articles).
             QStringLiteral(
                 "CREATE TABLE changes (seq {seqpk}, entity TEXT NOT NULL, entity_id BIGINT NOT NULL,"
                 " op TEXT NOT NULL, data TEXT NOT NULL, staff_only INTEGER NOT NULL,"
                 " customer_id BIGINT, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX changes_customer ON changes (customer_id, seq)"),
             QStringLiteral(
                 "CREATE TABLE ticket_audit (id {pk}, ticket_id BIGINT NOT NULL REFERENCES tickets(id),"
                 " actor_id BIGINT NOT NULL REFERENCES users(id), field TEXT NOT NULL,"
                 " old_value TEXT, new_value TEXT, at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX ticket_audit_ticket ON ticket_audit (ticket_id, id)"),
             QStringLiteral("CREATE TABLE idempotency_keys (user_id BIGINT NOT NULL, key TEXT NOT NULL,"
                            " request_hash TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL, PRIMARY KEY (user_id, key))"),
         },
         {
             QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles',"
                            " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
             QStringLiteral(
                 "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
                 " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
             QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
                            " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                            " VALUES ('delete', old.id, old.title, old.body); END"),
             QStringLiteral(
                 "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN"
                 " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                 " VALUES ('delete', old.id, old.title, old.body);"
                 " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
         },
         {
             // 'simple' configuration: no stemming, which is right for six languages in one table.
             QStringLiteral("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS"
                            " (to_tsvector('simple', title || ' ' || body)) STORED"),
             QStringLiteral("CREATE INDEX articles_search ON articles USING GIN (search)"),
         }},
    };
    return list;
}

QString substitute(QString sql, bool postgres)
{
    sql.replace(QLatin1String("{pk}"),
                postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("{seqpk}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                   : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return migrations().constLast().version;
}

int SchemaMigrator::migrate(Database &db)
{
    {
        Transaction tx(db, Transaction::Mode::Write);
        db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                                  " description TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        tx.commit();
    }
    int current = 0;
    for (const Migration &m : migrations()) {
        Transaction tx(db, Transaction::Mode::Write);
        Statement check = db.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        check.bind(m.version).exec();
        const bool applied = check.next();
        if (!applied) {
            qCInfo(lcMigrations) << "applying schema version" << m.version << "-" << m.description;
            const QStringList &specific = db.isPostgres() ? m.postgres : m.sqlite;
            for (const QString &sql : m.common + specific)
                db.execute(substitute(sql, db.isPostgres()));
            db
                .prepare(QStringLiteral(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"))
                .bind(m.version)
                .bind(QString::fromLatin1(m.description))
                .bind(QDateTime::currentMSecsSinceEpoch())
                .exec();
        }
        tx.commit();
        current = m.version;
    }
    return current;
}

} // namespace tierdesk
