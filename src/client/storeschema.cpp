#include "storeschema.h"

namespace tierdesk::storeschema {

int version()
{
    return int(migrations().size());
}

QString userNameSubquery(const QString &idExpression)
{
    return QStringLiteral("(SELECT COALESCE(NULLIF(u.name, ''), u.login) FROM users u WHERE u.id = %1)")
        .arg(idExpression);
}

const QList<QStringList> &migrations()
{
    // Since schema 2 the secondary indexes and the search triggers are not part of a migration:
    // LocalStore::open ensures secondaryIndexes() and searchTriggers() whenever no first sync is under way.
    static const QList<QStringList> list{
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // Effective state (server + my pending edits) in columns the views sort and filter on; the whole
            // object in json; the server's own object in server_json when pending edits make them differ.
            QStringLiteral(
                "CREATE TABLE tickets (id INTEGER PRIMARY KEY, number INTEGER, subject TEXT NOT NULL,"
                " status TEXT NOT NULL, severity INTEGER NOT NULL, priority INTEGER NOT NULL,"
                " requester_id INTEGER, owner_id INTEGER, group_id INTEGER, tier INTEGER,"
                " collaborator_ids TEXT, error_codes TEXT, tags TEXT, incident_id INTEGER,"
                " merged_into_id INTEGER, created_at INTEGER, updated_at INTEGER,"
                " last_customer_activity_at INTEGER, first_response_at INTEGER, resolved_at INTEGER,"
                " sla_due_at INTEGER, version INTEGER NOT NULL, json TEXT NOT NULL, server_json TEXT,"
                " pending INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX tickets_queue ON tickets (priority, sla_due_at)"),
            QStringLiteral("CREATE INDEX tickets_status ON tickets (status)"),
            QStringLiteral("CREATE INDEX tickets_owner ON tickets (owner_id)"),
            QStringLiteral("CREATE INDEX tickets_group ON tickets (group_id)"),
            QStringLiteral("CREATE INDEX tickets_requester ON tickets (requester_id)"),
            QStringLiteral("CREATE INDEX tickets_updated ON tickets (updated_at)"),
            QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL,"
                           " author_id INTEGER, kind TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER,"
                           " json TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, created_at)"),
            QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT, name TEXT, role TEXT,"
                           " importance TEXT, json TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE groups (id INTEGER PRIMARY KEY, name TEXT, tier INTEGER, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE incidents (id INTEGER PRIMARY KEY, title TEXT, status TEXT, json "
                           "TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,"
                " lang TEXT, category TEXT, tags TEXT, error_codes TEXT, version INTEGER NOT NULL,"
                " updated_at INTEGER, json TEXT NOT NULL, server_json TEXT,"
                " pending INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles',"
                           " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral(
                "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
                " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
            QStringLiteral("CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
                           " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                           " VALUES ('delete', old.id, old.title, old.body); END"),
            QStringLiteral(
                "CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN"
                " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                " VALUES ('delete', old.id, old.title, old.body);"
                " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"),
            QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY, sha256 TEXT, size INTEGER,"
                           " content_type TEXT, filename TEXT, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE attachment_cache (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL,"
                           " size INTEGER NOT NULL, data BLOB NOT NULL, last_used INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX attachment_cache_lru ON attachment_cache (last_used)"),
            QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                " state TEXT NOT NULL DEFAULT 'pending', idempotency_key TEXT NOT NULL,"
                " entity_id INTEGER NOT NULL, local_id INTEGER NOT NULL DEFAULT 0,"
                " base_version INTEGER NOT NULL DEFAULT 0, base_json TEXT, payload TEXT NOT NULL,"
                " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"),
            QStringLiteral("CREATE TABLE outbox_attempts (outbox_id INTEGER NOT NULL, at INTEGER NOT NULL,"
                           " result TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE conflicts (outbox_id INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
                           " entity_id INTEGER NOT NULL, fields TEXT NOT NULL, mine TEXT NOT NULL,"
                           " theirs TEXT NOT NULL, base TEXT NOT NULL, created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE rejections (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                " entity_id INTEGER NOT NULL, payload TEXT NOT NULL, reason TEXT NOT NULL,"
                " at INTEGER NOT NULL)"),
        },
        // 2: the queue at a million tickets. Names on the ticket row (sorting by requester or owner needs no
        // join) and the full-text table for its filter box (its indexes are in secondaryIndexes()).
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN requester_name TEXT"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN owner_name TEXT"),
            QStringLiteral("UPDATE tickets SET requester_name = %1, owner_name = %2")
                .arg(userNameSubquery(QStringLiteral("tickets.requester_id")),
                     userNameSubquery(QStringLiteral("tickets.owner_id"))),
            // Prefixes of tickets_owner_status, tickets_requester_status and tickets_queue_order
            // (secondaryIndexes()).
            QStringLiteral("DROP INDEX IF EXISTS tickets_owner"),
            QStringLiteral("DROP INDEX IF EXISTS tickets_queue"), // superseded (see secondaryIndexes())
            QStringLiteral("DROP INDEX IF EXISTS tickets_requester"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE IF NOT EXISTS tickets_search USING fts5(subject, error_codes,"
                " tags, tokenize = 'trigram')"),
        },
        // 3: the queue's order index with the ticket id in it (tickets_queue_order replaces it).
        {
            QStringLiteral("DROP INDEX IF EXISTS tickets_priority"),
        },
    };
    return list;
}

const QStringList &secondaryIndexes()
{
    static const QStringList list{
        // The queue's default order, with the columns its views and filters test most: a walk of the order
        // rejects rows on the index alone and reads only the rows it shows.
        // (id spelt out: in the order itself, so that a walk needs no sorting of equal keys.)
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_queue_order ON tickets (priority, sla_due_at, id,"
                       " status, tier)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_status ON tickets (status)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_group ON tickets (group_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_updated ON tickets (updated_at)"),
        // Since schema 2, for the queue: one per sortable column, and the saved views count from these
        // without reading a row.
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_number ON tickets (number)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_subject ON tickets (subject COLLATE NOCASE)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tickets_requester_name ON tickets (requester_name COLLATE NOCASE)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tickets_owner_name ON tickets (owner_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_severity ON tickets (severity)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_tier ON tickets (tier)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_sla ON tickets (sla_due_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_owner_status ON tickets (owner_id, status, tier)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_requester_status ON tickets (requester_id, "
                       "status, severity)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_sla_unanswered ON tickets (sla_due_at, status)"
                       " WHERE first_response_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_ticket ON messages (ticket_id, created_at)"),
    };
    return list;
}

QString indexName(const QString &createStatement)
{
    return createStatement.section(QLatin1Char(' '), 5, 5); // CREATE INDEX IF NOT EXISTS <name> ON ...
}

const QStringList &searchTriggers()
{
    // A table of its own (not external content): LocalStore writes tickets with INSERT OR REPLACE, whose
    // implicit delete fires no trigger, so every write first removes the ticket's entry by rowid.
    static const QStringList list{
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS tickets_search_ai AFTER INSERT ON tickets BEGIN"
                       " DELETE FROM tickets_search WHERE rowid = new.id;"
                       " INSERT INTO tickets_search (rowid, subject, error_codes, tags)"
                       " VALUES (new.id, new.subject, new.error_codes, new.tags); END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS tickets_search_au AFTER UPDATE OF id, subject, error_codes, tags"
            " ON tickets BEGIN DELETE FROM tickets_search WHERE rowid = old.id;"
            " DELETE FROM tickets_search WHERE rowid = new.id;"
            " INSERT INTO tickets_search (rowid, subject, error_codes, tags)"
            " VALUES (new.id, new.subject, new.error_codes, new.tags); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS tickets_search_ad AFTER DELETE ON tickets BEGIN"
                       " DELETE FROM tickets_search WHERE rowid = old.id; END"),
    };
    return list;
}

QStringList searchTriggerNames()
{
    return {QStringLiteral("tickets_search_ai"), QStringLiteral("tickets_search_au"),
            QStringLiteral("tickets_search_ad")};
}

QStringList searchRebuild()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS tickets_search USING fts5(subject, error_codes,"
                       " tags, tokenize = 'trigram')"),
        QStringLiteral("DELETE FROM tickets_search"),
        QStringLiteral("INSERT INTO tickets_search (rowid, subject, error_codes, tags)"
                       " SELECT id, subject, error_codes, tags FROM tickets")};
}

} // namespace tierdesk::storeschema
