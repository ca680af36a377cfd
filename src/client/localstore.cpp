#include "localstore.h"

#include "entitydescription.h"

#include "storemeta.h"
#include "storeschema.h"
#include "storetransaction.h"

#include "core/domaintypes.h"
#include "core/priorityrule.h"
#include "core/timestamp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "tierdesk.store.cache")

namespace tierdesk {
namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant timeColumn(const QJsonValue &v)
{
    if (!v.isString())
        return QVariant(QMetaType::fromType<qlonglong>());
    const auto ms = Timestamp::fromIso(v.toString());
    return ms ? QVariant(qlonglong(*ms)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant intColumn(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(qlonglong(v.toInteger())) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant listColumn(const QJsonValue &v)
{
    return v.isArray() ? QVariant(compact(v.toArray())) : QVariant(QStringLiteral("[]"));
}

// Applies a patch of fields on an object (what the server will do, for the optimistic view).
QJsonObject applied(QJsonObject object, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// An outbox entry with a key of its own, the identity under which the server recognises a repeat.
OutboxEntry newEntry(OutboxEntry::Kind kind, qint64 entityId, const QJsonObject &payload, qint64 now,
                     qint64 localId = 0)
{
    OutboxEntry e;
    e.kind = kind;
    e.idempotencyKey = newKey();
    e.entityId = entityId;
    e.localId = localId;
    e.payload = payload;
    e.createdAt = now;
    return e;
}

} // namespace

QString OutboxEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateTicket:
        return QStringLiteral("create_ticket");
    case Kind::PatchTicket:
        return QStringLiteral("patch_ticket");
    case Kind::PostMessage:
        return QStringLiteral("post_message");
    case Kind::CreateArticle:
        return QStringLiteral("create_article");
    case Kind::PatchArticle:
        return QStringLiteral("patch_article");
    case Kind::Action:
        return QStringLiteral("action");
    }
    return {};
}

OutboxEntry OutboxEntry::action(const QString &entity, const QString &operation, qint64 entityId,
                                const QJsonObject &body, const QByteArray &key, qint64 now)
{
    OutboxEntry e;
    e.kind = Kind::Action;
    e.idempotencyKey = key;
    e.entityId = entityId;
    e.payload = {{QStringLiteral("entity"), entity},
                 {QStringLiteral("operation"), operation},
                 {QStringLiteral("body"), body}};
    e.createdAt = now;
    return e;
}

QString OutboxEntry::actionEntity() const
{
    return payload.value(QLatin1String("entity")).toString();
}

QString OutboxEntry::actionOperation() const
{
    return payload.value(QLatin1String("operation")).toString();
}

QJsonObject OutboxEntry::actionBody() const
{
    return payload.value(QLatin1String("body")).toObject();
}

OutboxEntry::Kind OutboxEntry::kindFromName(const QString &name, bool *ok)
{
    *ok = true;
    for (Kind k : {Kind::CreateTicket, Kind::PatchTicket, Kind::PostMessage, Kind::CreateArticle,
                   Kind::PatchArticle, Kind::Action})
        if (kindName(k) == name)
            return k;
    *ok = false;
    return Kind::PatchTicket;
}

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<tierdesk::StoreChange>();
}

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::defaultPath(const QUrl &server, const QString &login)
{
    QString host = server.host() + QLatin1Char('_') +
                   QString::number(server.port(server.scheme() == QLatin1String("https") ? 443 : 80));
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    QString user = login;
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/") +
           host + QLatin1Char('/') + user + QStringLiteral(".sqlite");
}

bool LocalStore::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connectionName = QStringLiteral("tierdesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the local cache %1: %2").arg(path, db.lastError().text());
        db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        return false;
    }
    m_path = path;
    m_statements.setConnection(m_connectionName);
    QSqlQuery pragma(db);
    // WAL: readers (the views) never block the sync; NORMAL sync is durable across application crashes,
    // which is what matters here (a power cut may lose the last commit, which the server still holds).
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                            "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-32000",
                            // A first sync grows the WAL far beyond this; give the disk space back after.
                            "PRAGMA journal_size_limit=67108864"})
        pragma.exec(QString::fromLatin1(sql));
    try {
        migrate();
        // Tables of entities described later than the numbered migrations (they only ever gain tables).
        for (const EntityDescription &d : entities::all()) {
            if (!d.overlaid)
                exec(query(d.createSql()));
        }
    } catch (const std::exception &e) {
        if (error)
            *error =
                tr("The local cache %1 could not be prepared: %2").arg(path, QString::fromUtf8(e.what()));
        close();
        return false;
    }
    // Outside a first sync every index and the search triggers exist: a fresh cache gets them here (cheap on
    // empty tables; the first sync drops them again), a first sync cut off by a crash left them dropped and
    // gets them back once it completed, and a cache migrated from an older schema gets the new ones.
    if (firstSyncDone() || cursor() == 0)
        ensureIndexes();
    return true;
}

void LocalStore::beginBulkLoad()
{
    m_bulkLoading = true;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets)"));
    m_ticketsInBulk = q.next() && q.value(0).toBool();
    q.finish();
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384"));
    for (const QString &create : storeschema::secondaryIndexes())
        q.exec(QStringLiteral("DROP INDEX IF EXISTS ") + storeschema::indexName(create));
    // The search table is filled in one statement at the end instead of row by row.
    for (const QString &name : storeschema::searchTriggerNames())
        q.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + name);
}

void LocalStore::endBulkLoad()
{
    m_bulkLoading = false;
    QElapsedTimer timer;
    timer.start();
    refreshStaleNames();
    ensureIndexes();
    qCInfo(lcStore) << "first sync: indexes and search table built in" << timer.elapsed() << "ms";
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void LocalStore::refreshStaleNames()
{
    // Users changed during a first sync after tickets naming them were stored: one pass for all of them
    // (without indexes, an update per user would scan the table each time).
    QStringList ids;
    for (const QString &id : meta(QStringLiteral("stale_names")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << QString::number(id.toLongLong()); // digits only in the statement
    if (ids.isEmpty())
        return;
    StoreTransaction tx(database());
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("UPDATE tickets SET requester_name = %1, owner_name = %2"
                               " WHERE (requester_id IN (%3) AND requester_name IS NOT %1)"
                               " OR (owner_id IN (%3) AND owner_name IS NOT %2)")
                    .arg(storeschema::userNameSubquery(QStringLiteral("tickets.requester_id")),
                         storeschema::userNameSubquery(QStringLiteral("tickets.owner_id")),
                         ids.join(QLatin1Char(','))))) {
        qCWarning(lcStore) << "could not refresh the names on tickets" << q.lastError().text();
        return;
    }
    setMeta(QStringLiteral("stale_names"), QStringLiteral(""));
    tx.commit();
}

void LocalStore::ensureIndexes()
{
    QSqlQuery q(database());
    for (const QString &create : storeschema::secondaryIndexes()) {
        if (!q.exec(create))
            qCWarning(lcStore) << "could not build index" << storeschema::indexName(create)
                               << q.lastError().text();
    }
    // Missing triggers mean the search table was not kept up to date (a first sync, or an older schema):
    // fill it again, then keep it.
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('%1')")
               .arg(storeschema::searchTriggerNames().join(QStringLiteral("', '"))));
    if (q.next() && q.value(0).toInt() == storeschema::searchTriggers().size())
        return;
    q.finish();
    StoreTransaction tx(database());
    for (const QString &sql : storeschema::searchRebuild() + storeschema::searchTriggers()) {
        if (!q.exec(sql)) {
            qCWarning(lcStore) << "could not build the search table:" << q.lastError().text();
            return;
        }
    }
    tx.commit();
}

void LocalStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool LocalStore::isOpen() const
{
    return !m_connectionName.isEmpty();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void LocalStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    int version = q.next() ? q.value(0).toInt() : 0;
    if (version > storeschema::version())
        throw std::runtime_error("the cache was written by a newer Tierdesk");
    while (version < storeschema::version()) {
        StoreTransaction tx(db);
        for (const QString &sql : storeschema::migrations().at(version)) {
            if (!q.exec(sql))
                throw std::runtime_error((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
        }
        ++version;
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!tx.commit())
            throw std::runtime_error("commit of the schema migration failed");
        qCInfo(lcStore) << "cache schema now at version" << version;
    }
}

int LocalStore::schemaVersion()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

bool LocalStore::integrityOk(QString *detail)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        if (detail)
            *detail = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (detail)
        *detail = result;
    return result == QLatin1String("ok");
}

// --- meta
// -----------------------------------------------------------------------------------------------------

QString LocalStore::meta(const QString &key, const QString &fallback)
{
    return StoreMeta(m_statements).value(key, fallback);
}

void LocalStore::setMeta(const QString &key, const QString &value)
{
    StoreMeta(m_statements).setValue(key, value);
}

QJsonObject LocalStore::currentUser()
{
    return QJsonDocument::fromJson(meta(QStringLiteral("user")).toUtf8()).object();
}

void LocalStore::setCurrentUser(const QJsonObject &user)
{
    StoreTransaction tx(database());
    setMeta(QStringLiteral("user"), compact(user));
    tx.commit();
}

qint64 LocalStore::cursor()
{
    return meta(QStringLiteral("cursor"), QStringLiteral("0")).toLongLong();
}

bool LocalStore::firstSyncDone()
{
    return meta(QStringLiteral("first_sync_done")) == QLatin1String("1");
}

qint64 LocalStore::lastSyncAt()
{
    return meta(QStringLiteral("last_sync_at"), QStringLiteral("0")).toLongLong();
}

qint64 LocalStore::nextLocalId()
{
    const qint64 id = meta(QStringLiteral("next_local_id"), QStringLiteral("-1")).toLongLong();
    setMeta(QStringLiteral("next_local_id"), QString::number(id - 1));
    return id;
}

// --- feed
// -----------------------------------------------------------------------------------------------------

void LocalStore::applyPage(const QList<FeedChange> &changes, qint64 next, bool complete)
{
    // During the first sync (hundreds of pages in a row): no secondary indexes (see secondaryIndexes()) and
    // the WAL checkpointed every 64 MB instead of every 4 MB (each checkpoint syncs the disk twice). Crash
    // safety is unchanged: commits still go through the WAL. Also for the last page of a first sync that a
    // restart cut short (its earlier pages left the indexes dropped) and for a first sync of one page: the
    // indexes and late names are then built here at the end, not at some later open().
    if (!m_bulkLoading && !firstSyncDone())
        beginBulkLoad();
    const auto endBulk = qScopeGuard([this, complete] {
        if (m_bulkLoading && complete)
            endBulkLoad();
    });
    StoreChange change;
    StoreTransaction tx(database());
    // Tickets my pending edits touch: only these need the careful path (few, usually none).
    QSet<qint64> withEdits;
    {
        QSqlQuery &q = query(QStringLiteral(
            "SELECT DISTINCT entity_id FROM outbox WHERE kind IN ('create_ticket', 'patch_ticket')"));
        exec(q);
        while (q.next())
            withEdits.insert(q.value(0).toLongLong());
        q.finish();
    }
    m_ticketsWithEdits = &withEdits;
    const auto clear = qScopeGuard([this] { m_ticketsWithEdits = nullptr; });
    for (const FeedChange &c : changes) {
        change.entities.insert(c.entity);
        if (c.deleted) {
            removeEntity(c.entity, c.id, &change);
            continue;
        }
        if (c.entity == QLatin1String("ticket")) {
            storeServerTicket(c.data, &change, c.dataText);
        } else if (c.entity == QLatin1String("message")) {
            upsertMessage(c.data, false, c.dataText);
            change.ticketIds.insert(c.data.value(QLatin1String("ticket_id")).toInteger());
        } else if (c.entity == QLatin1String("article")) {
            storeServerArticle(c.data, &change);
        } else if (c.entity == QLatin1String("attachment")) {
            upsertAttachmentInfo(c.data);
        } else if (const EntityDescription *d = entities::find(c.entity); d && !d->overlaid) {
            upsertEntity(*d, c.data);
        } else {
            qCDebug(lcStore) << "ignoring a change of unknown kind" << c.entity; // a newer server's entity
        }
    }
    setMeta(QStringLiteral("cursor"), QString::number(next));
    if (complete) {
        setMeta(QStringLiteral("first_sync_done"), QStringLiteral("1"));
        setMeta(QStringLiteral("last_sync_at"), QString::number(Timestamp::nowMs()));
    }
    if (!tx.commit())
        throw std::runtime_error("commit of a feed page failed");
    if (!changes.isEmpty())
        emitChange(change);
}

namespace {
const QString TicketColumns = QStringLiteral(
    "id, number, subject, status, severity, priority, requester_id, owner_id, group_id, tier, "
    "collaborator_ids,"
    " error_codes, tags, incident_id, merged_into_id, created_at, updated_at, last_customer_activity_at,"
    " first_response_at, resolved_at, sla_due_at, version, json, server_json, pending, requester_name,"
    " owner_name");
// The values of TicketColumns: all bound, the names looked up from the ids (bound again at the end).
const QString TicketValues =
    QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
    storeschema::userNameSubquery(QStringLiteral("?")) + QStringLiteral(", ") +
    storeschema::userNameSubquery(QStringLiteral("?"));
} // namespace

void LocalStore::upsertTicket(const QJsonObject &t, const std::optional<QJsonObject> &server, int pending,
                              bool onlyIfNewer, const QString &effectiveText)
{
    static const QString replace = QStringLiteral("INSERT OR REPLACE INTO tickets (") + TicketColumns +
                                   QStringLiteral(") VALUES (") + TicketValues + QLatin1Char(')');
    // The feed's fast path: one statement, no read first. An older state (a page racing an acknowledgement
    // that already stored a newer answer) leaves the row alone.
    static const QString upsert = [] {
        QString sql = QStringLiteral("INSERT INTO tickets (") + TicketColumns + QStringLiteral(") VALUES (") +
                      TicketValues + QStringLiteral(") ON CONFLICT(id) DO UPDATE SET ");
        QStringList sets;
        for (const QString &c : TicketColumns.split(QLatin1Char(','))) {
            const QString column = c.trimmed();
            if (column != QLatin1String("id"))
                sets << column + QStringLiteral(" = excluded.") + column;
        }
        return sql + sets.join(QStringLiteral(", ")) +
               QStringLiteral(" WHERE excluded.version >= tickets.version");
    }();
    QSqlQuery &q = query(onlyIfNewer ? upsert : replace);
    m_ticketsInBulk = m_ticketsInBulk || m_bulkLoading;
    const QString number = t.value(QLatin1String("number")).toString();
    int i = 0;
    q.bindValue(i++, t.value(QLatin1String("id")).toInteger());
    q.bindValue(i++, number.startsWith(QLatin1String("TD-")) ? QVariant(number.mid(3).toLongLong())
                                                             : QVariant(QMetaType::fromType<qlonglong>()));
    q.bindValue(i++, t.value(QLatin1String("subject")).toString());
    q.bindValue(i++, t.value(QLatin1String("status")).toString());
    q.bindValue(i++, t.value(QLatin1String("severity")).toInt());
    q.bindValue(i++, t.value(QLatin1String("priority")).toInt());
    q.bindValue(i++, intColumn(t.value(QLatin1String("requester_id"))));
    q.bindValue(i++, intColumn(t.value(QLatin1String("owner_id"))));
    q.bindValue(i++, intColumn(t.value(QLatin1String("group_id"))));
    q.bindValue(i++, intColumn(t.value(QLatin1String("tier"))));
    q.bindValue(i++, listColumn(t.value(QLatin1String("collaborator_ids"))));
    q.bindValue(i++, listColumn(t.value(QLatin1String("error_codes"))));
    q.bindValue(i++, listColumn(t.value(QLatin1String("tags"))));
    q.bindValue(i++, intColumn(t.value(QLatin1String("incident_id"))));
    q.bindValue(i++, intColumn(t.value(QLatin1String("merged_into_id"))));
    q.bindValue(i++, timeColumn(t.value(QLatin1String("created_at"))));
    q.bindValue(i++, timeColumn(t.value(QLatin1String("updated_at"))));
    q.bindValue(i++, timeColumn(t.value(QLatin1String("last_customer_activity_at"))));
    q.bindValue(i++, timeColumn(t.value(QLatin1String("first_response_at"))));
    q.bindValue(i++, timeColumn(t.value(QLatin1String("resolved_at"))));
    q.bindValue(i++, timeColumn(t.value(QLatin1String("sla_due_at"))));
    q.bindValue(i++, t.value(QLatin1String("version")).toInteger());
    q.bindValue(i++, effectiveText.isEmpty() ? compact(t) : effectiveText);
    q.bindValue(i++, server ? QVariant(compact(*server)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(i++, pending);
    q.bindValue(i++, intColumn(t.value(QLatin1String("requester_id"))));
    q.bindValue(i++, intColumn(t.value(QLatin1String("owner_id"))));
    exec(q);
}

QList<OutboxEntry> LocalStore::pendingFor(OutboxEntry::Kind a, OutboxEntry::Kind b, qint64 entityId)
{
    QSqlQuery &q =
        query(QStringLiteral("SELECT * FROM outbox WHERE entity_id = ? AND kind IN (?, ?) ORDER BY id"));
    q.bindValue(0, entityId);
    q.bindValue(1, OutboxEntry::kindName(a));
    q.bindValue(2, OutboxEntry::kindName(b));
    exec(q);
    QList<OutboxEntry> out;
    while (q.next())
        out.append(entryFromQuery(q));
    q.finish();
    return out;
}

void LocalStore::storeServerTicket(const QJsonObject &server, StoreChange *change, const QString &text)
{
    const qint64 id = server.value(QLatin1String("id")).toInteger();
    change->ticketIds.insert(id);
    change->entities.insert(QStringLiteral("ticket"));
    // Fast path (first sync, most deltas): no edit of mine waits for this ticket.
    if (m_ticketsWithEdits && !m_ticketsWithEdits->contains(id)) {
        upsertTicket(server, std::nullopt, 0, true, text);
        return;
    }
    QSqlQuery &p = query(QStringLiteral("SELECT pending, server_json, json FROM tickets WHERE id = ?"));
    p.bindValue(0, id);
    exec(p);
    int pending = 0;
    qint64 storedVersion = -1;
    if (p.next()) {
        pending = p.value(0).toInt();
        const QJsonObject stored = parseObject(p.value(1).isNull() ? p.value(2) : p.value(1));
        storedVersion = stored.value(QLatin1String("version")).toInteger();
    }
    p.finish();
    // An older state (a replayed answer, a feed page racing an acknowledgement) never overwrites a newer one.
    if (server.value(QLatin1String("version")).toInteger() < storedVersion)
        return;
    if (pending == 0) {
        upsertTicket(server, std::nullopt, 0, false, text);
        return;
    }
    upsertTicket(server, server, pending); // then laid over with my edits
    recomputeTicket(id, change);
}

void LocalStore::recomputeTicket(qint64 id, StoreChange *change)
{
    change->ticketIds.insert(id);
    change->entities.insert(QStringLiteral("ticket"));
    QSqlQuery &p = query(QStringLiteral("SELECT server_json, json FROM tickets WHERE id = ?"));
    p.bindValue(0, id);
    exec(p);
    if (!p.next()) {
        p.finish();
        return;
    }
    const bool hasServer = !p.value(0).isNull();
    const QJsonObject stored = parseObject(p.value(0).isNull() ? p.value(1) : p.value(0));
    p.finish();
    const QList<OutboxEntry> entries =
        pendingFor(OutboxEntry::Kind::CreateTicket, OutboxEntry::Kind::PatchTicket, id);
    QJsonObject effective = stored;
    // A ticket created offline has no server state: its row *is* my draft and stays as it is.
    if (id < 0 && !hasServer) {
        effective = stored;
        for (const OutboxEntry &e : entries)
            if (e.kind == OutboxEntry::Kind::PatchTicket)
                effective = applied(effective, e.payload);
        upsertTicket(effective, std::nullopt, int(entries.size()));
        return;
    }
    for (const OutboxEntry &e : entries)
        if (e.kind == OutboxEntry::Kind::PatchTicket)
            effective = applied(effective, e.payload);
    if (entries.isEmpty())
        upsertTicket(stored, std::nullopt, 0);
    else
        upsertTicket(effective, stored, int(entries.size()));
}

void LocalStore::upsertMessage(const QJsonObject &m, bool pending, const QString &text)
{
    QSqlQuery &q =
        query(QStringLiteral("INSERT OR REPLACE INTO messages (id, ticket_id, author_id, kind, body,"
                             " created_at, json, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, m.value(QLatin1String("id")).toInteger());
    q.bindValue(1, m.value(QLatin1String("ticket_id")).toInteger());
    q.bindValue(2, intColumn(m.value(QLatin1String("author_id"))));
    q.bindValue(3, m.value(QLatin1String("kind")).toString());
    q.bindValue(4, m.value(QLatin1String("body")).toString());
    q.bindValue(5, timeColumn(m.value(QLatin1String("created_at"))));
    q.bindValue(6, text.isEmpty() ? compact(m) : text);
    q.bindValue(7, pending ? 1 : 0);
    exec(q);
    const QJsonArray attachments = m.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &v : attachments)
        upsertAttachmentInfo(v.toObject());
}

void LocalStore::upsertAttachmentInfo(const QJsonObject &a)
{
    QSqlQuery &qa = query(QStringLiteral("INSERT OR REPLACE INTO attachments (id, sha256, size, content_type,"
                                         " filename, json) VALUES (?, ?, ?, ?, ?, ?)"));
    qa.bindValue(0, a.value(QLatin1String("id")).toInteger());
    qa.bindValue(1, a.value(QLatin1String("sha256")).toString());
    qa.bindValue(2, a.value(QLatin1String("size")).toInteger());
    qa.bindValue(3, a.value(QLatin1String("content_type")).toString());
    qa.bindValue(4, a.value(QLatin1String("filename")).toString());
    qa.bindValue(5, compact(a));
    exec(qa);
}

void LocalStore::upsertArticle(const QJsonObject &a, const std::optional<QJsonObject> &server, int pending)
{
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO articles (id, title, body, lang, category, tags, error_codes, version, updated_at, json,"
        " server_json, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " title = excluded.title, body = excluded.body, lang = excluded.lang, category = excluded.category,"
        " tags = excluded.tags, error_codes = excluded.error_codes, version = excluded.version,"
        " updated_at = excluded.updated_at, json = excluded.json, server_json = excluded.server_json,"
        " pending = excluded.pending"));
    int i = 0;
    q.bindValue(i++, a.value(QLatin1String("id")).toInteger());
    q.bindValue(i++, a.value(QLatin1String("title")).toString());
    q.bindValue(i++, a.value(QLatin1String("body")).toString());
    q.bindValue(i++, a.value(QLatin1String("lang")).toString());
    q.bindValue(i++, a.value(QLatin1String("category")).toString());
    q.bindValue(i++, listColumn(a.value(QLatin1String("tags"))));
    q.bindValue(i++, listColumn(a.value(QLatin1String("error_codes"))));
    q.bindValue(i++, a.value(QLatin1String("version")).toInteger());
    q.bindValue(i++, timeColumn(a.value(QLatin1String("updated_at"))));
    q.bindValue(i++, compact(a));
    q.bindValue(i++, server ? QVariant(compact(*server)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(i++, pending);
    exec(q);
}

void LocalStore::storeServerArticle(const QJsonObject &server, StoreChange *change)
{
    const qint64 id = server.value(QLatin1String("id")).toInteger();
    change->entities.insert(QStringLiteral("article"));
    const auto current = serverArticle(id);
    if (current && current->value(QLatin1String("version")).toInteger() >
                       server.value(QLatin1String("version")).toInteger())
        return;
    upsertArticle(server, server, 0);
    recomputeArticle(id, change);
}

void LocalStore::recomputeArticle(qint64 id, StoreChange *change)
{
    change->entities.insert(QStringLiteral("article"));
    QSqlQuery &p = query(QStringLiteral("SELECT server_json, json FROM articles WHERE id = ?"));
    p.bindValue(0, id);
    exec(p);
    if (!p.next()) {
        p.finish();
        return;
    }
    const bool hasServer = !p.value(0).isNull();
    const QJsonObject stored = parseObject(hasServer ? p.value(0) : p.value(1));
    p.finish();
    const QList<OutboxEntry> entries =
        pendingFor(OutboxEntry::Kind::CreateArticle, OutboxEntry::Kind::PatchArticle, id);
    QJsonObject effective = stored;
    for (const OutboxEntry &e : entries)
        if (e.kind == OutboxEntry::Kind::PatchArticle)
            effective = applied(effective, e.payload);
    if (id < 0 && !hasServer)
        upsertArticle(effective, std::nullopt, int(entries.size()));
    else
        upsertArticle(effective, stored, int(entries.size()));
}

void LocalStore::upsertEntity(const EntityDescription &d, const QJsonObject &object)
{
    QSqlQuery &q = query(d.upsertSql());
    const QVariantList values = d.values(object);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    exec(q);
    if (d.namedOnTickets)
        refreshNamesOf(object.value(QLatin1String("id")).toInteger());
}

void LocalStore::removeEntity(const QString &entity, qint64 id, StoreChange *change)
{
    const EntityDescription *d = entities::find(entity);
    if (!d)
        return;
    const QString table = d->table;
    if (entity == QLatin1String("ticket")) {
        change->ticketIds.insert(id);
        QSqlQuery &m = query(QStringLiteral("DELETE FROM messages WHERE ticket_id = ?"));
        m.bindValue(0, id);
        exec(m);
    }
    QSqlQuery &q = query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    exec(q);
    if (d->namedOnTickets)
        refreshNamesOf(id);
}

void LocalStore::refreshNamesOf(qint64 userId)
{
    if (m_bulkLoading) {
        // Tickets stored after the user already carry the name; only earlier ones need it, in one pass when
        // the first sync ends (see ensureIndexes). A feed usually lists users before their tickets.
        // The ids are kept in the meta table, in the page's transaction, so that a first sync cut off by a
        // crash still refreshes them when it completes.
        if (m_ticketsInBulk) {
            QStringList ids = meta(QStringLiteral("stale_names")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!ids.contains(QString::number(userId)))
                setMeta(QStringLiteral("stale_names"),
                        (ids << QString::number(userId)).join(QLatin1Char(',')));
        }
        return;
    }
    // "IS NOT": tickets already showing the name are not rewritten (a user's every feed entry would
    // otherwise rewrite all their tickets).
    for (const char *column : {"requester", "owner"}) {
        QSqlQuery &q =
            query(QStringLiteral("UPDATE tickets SET %1_name = %2 WHERE %1_id = ? AND %1_name IS NOT %2")
                      .arg(QLatin1String(column), storeschema::userNameSubquery(QStringLiteral("?"))));
        for (int i = 0; i < 3; ++i)
            q.bindValue(i, userId);
        exec(q);
    }
}

// --- reads
// ----------------------------------------------------------------------------------------------------

namespace {
QList<QJsonObject> objects(QSqlQuery &q, int column = 0)
{
    QList<QJsonObject> out;
    while (q.next())
        out.append(parseObject(q.value(column)));
    q.finish();
    return out;
}
} // namespace

std::optional<QJsonObject> LocalStore::ticket(qint64 id)
{
    QSqlQuery &q = query(QStringLiteral("SELECT json, pending FROM tickets WHERE id = ?"));
    q.bindValue(0, id);
    exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    QJsonObject t = parseObject(q.value(0));
    if (q.value(1).toInt() > 0)
        t.insert(QStringLiteral("pending"), true);
    q.finish();
    return t;
}

std::optional<QJsonObject> LocalStore::serverTicket(qint64 id)
{
    QSqlQuery &q = query(QStringLiteral("SELECT server_json, json FROM tickets WHERE id = ?"));
    q.bindValue(0, id);
    exec(q);
    if (!q.next() || id < 0) {
        q.finish();
        return std::nullopt;
    }
    const QJsonObject t = parseObject(q.value(0).isNull() ? q.value(1) : q.value(0));
    q.finish();
    return t;
}

QList<QJsonObject> LocalStore::tickets()
{
    QSqlQuery &q = query(QStringLiteral("SELECT json FROM tickets ORDER BY id"));
    exec(q);
    return objects(q);
}

QList<QJsonObject> LocalStore::messages(qint64 ticketId)
{
    QSqlQuery &q = query(QStringLiteral("SELECT json, pending FROM messages WHERE ticket_id = ?"
                                        " ORDER BY pending, created_at, id"));
    q.bindValue(0, ticketId);
    exec(q);
    QList<QJsonObject> out;
    while (q.next()) {
        QJsonObject m = parseObject(q.value(0));
        if (q.value(1).toInt())
            m.insert(QStringLiteral("pending"), true);
        out.append(m);
    }
    q.finish();
    return out;
}

std::optional<QJsonObject> LocalStore::article(qint64 id)
{
    QSqlQuery &q = query(QStringLiteral("SELECT json FROM articles WHERE id = ?"));
    q.bindValue(0, id);
    exec(q);
    const auto list = objects(q);
    return list.isEmpty() ? std::nullopt : std::optional<QJsonObject>(list.first());
}

std::optional<QJsonObject> LocalStore::serverArticle(qint64 id)
{
    QSqlQuery &q =
        query(QStringLiteral("SELECT server_json FROM articles WHERE id = ? AND server_json IS NOT NULL"));
    q.bindValue(0, id);
    exec(q);
    const auto list = objects(q);
    return list.isEmpty() ? std::nullopt : std::optional<QJsonObject>(list.first());
}

QList<QJsonObject> LocalStore::articles()
{
    QSqlQuery &q = query(QStringLiteral("SELECT json FROM articles ORDER BY id"));
    exec(q);
    return objects(q);
}

QList<QJsonObject> LocalStore::searchArticles(const QString &text, int limit)
{
    // Each word becomes a quoted prefix term, so that user input can never be FTS5 syntax.
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    if (terms.isEmpty())
        return {};
    QSqlQuery &q =
        query(QStringLiteral("SELECT a.json, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts"
                             " JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER "
                             "BY bm25(articles_fts) LIMIT ?"));
    q.bindValue(0, terms.join(QLatin1Char(' ')));
    q.bindValue(1, limit);
    exec(q);
    QList<QJsonObject> out;
    while (q.next()) {
        QJsonObject a = parseObject(q.value(0));
        a.insert(QStringLiteral("snippet"), q.value(1).toString());
        out.append(a);
    }
    q.finish();
    return out;
}

QList<QJsonObject> LocalStore::articlesForErrorCode(const QString &code)
{
    QSqlQuery &q = query(QStringLiteral("SELECT a.json FROM articles a, json_each(a.error_codes) e"
                                        " WHERE upper(e.value) = upper(?) ORDER BY a.id"));
    q.bindValue(0, code.trimmed());
    exec(q);
    return objects(q);
}

std::optional<QJsonObject> LocalStore::user(qint64 id)
{
    QSqlQuery &q = query(QStringLiteral("SELECT json FROM users WHERE id = ?"));
    q.bindValue(0, id);
    exec(q);
    const auto list = objects(q);
    return list.isEmpty() ? std::nullopt : std::optional<QJsonObject>(list.first());
}

QList<QJsonObject> LocalStore::entityObjects(const QString &entity)
{
    const EntityDescription *d = entities::find(entity);
    if (!d)
        return {};
    QSqlQuery &q = query(QStringLiteral("SELECT json FROM %1 ORDER BY %2").arg(d->table, d->order));
    exec(q);
    return objects(q);
}

QList<QJsonObject> LocalStore::users()
{
    return entityObjects(QStringLiteral("user"));
}

QList<QJsonObject> LocalStore::groups()
{
    return entityObjects(QStringLiteral("group"));
}

QList<QJsonObject> LocalStore::incidents()
{
    return entityObjects(QStringLiteral("incident"));
}

QList<Notification> LocalStore::notifications()
{
    QList<Notification> out;
    for (const QJsonObject &o : entityObjects(QStringLiteral("notification"))) {
        if (const std::optional<Notification> n = Notification::fromJson(o))
            out.append(*n);
    }
    return out;
}

int LocalStore::unreadNotificationCount()
{
    QSqlQuery &q = query(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE read_at IS NULL"));
    exec(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void LocalStore::markNotificationRead(qint64 id)
{
    markNotificationsRead(QStringLiteral("read"), id);
}

void LocalStore::markAllNotificationsRead()
{
    // One request for all: the server marks what is unread when it arrives, which includes any notification
    // that came meanwhile — the person asked for "all", and the bell shows it so.
    markNotificationsRead(QStringLiteral("read-all"), 0);
}

void LocalStore::markNotificationsRead(const QString &operation, qint64 id)
{
    const EntityDescription &d = *entities::find(QStringLiteral("notification"));
    StoreChange change;
    change.entities = {d.entity, QStringLiteral("outbox")};
    StoreTransaction tx(database());
    QSqlQuery &q =
        query(id > 0 ? QStringLiteral("SELECT json FROM notifications WHERE id = ? AND read_at IS NULL")
                     : QStringLiteral("SELECT json FROM notifications WHERE read_at IS NULL"));
    if (id > 0)
        q.bindValue(0, id);
    exec(q);
    const QList<QJsonObject> unread = objects(q);
    if (unread.isEmpty()) {
        tx.commit();
        return; // unknown or read already: nothing to send
    }
    const QString now = Timestamp::toIso(Timestamp::nowMs());
    for (QJsonObject n : unread) {
        n.insert(QStringLiteral("read_at"), now);
        upsertEntity(d, n);
    }
    insertOutbox(OutboxEntry::action(d.entity, operation, id, {}, newKey(), Timestamp::nowMs()));
    if (!tx.commit())
        throw std::runtime_error("commit of read marks failed");
    emitChange(change);
}

qint64 LocalStore::count(const QString &entity)
{
    const EntityDescription *d = entities::find(entity);
    if (!d)
        return 0;
    QSqlQuery &q = query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(d->table));
    exec(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QList<qint64> LocalStore::ticketIds(QSqlQuery &q)
{
    QList<qint64> ids;
    try {
        exec(q);
    } catch (const std::exception &e) {
        qCWarning(lcStore) << e.what();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

QList<qint64> LocalStore::ticketIdsBreachingSla(qint64 sinceMs, qint64 untilMs, qint64 ownerId, int tier)
{
    try {
        QSqlQuery &q = query(QStringLiteral(
            "SELECT id FROM tickets WHERE sla_due_at > ? AND sla_due_at <= ? AND first_response_at IS NULL"
            " AND status IN ('new', 'open', 'waiting_customer', 'waiting_internal')"
            " AND (owner_id = ? OR (owner_id IS NULL AND (? = 0 OR tier = ?)))"));
        q.bindValue(0, sinceMs);
        q.bindValue(1, untilMs);
        q.bindValue(2, ownerId);
        q.bindValue(3, tier);
        q.bindValue(4, tier);
        return ticketIds(q);
    } catch (const std::exception &e) {
        qCWarning(lcStore) << e.what();
        return {};
    }
}

qint64 LocalStore::busiestOpenTicketWithNote()
{
    try {
        QSqlQuery &q = query(QStringLiteral(
            "SELECT m.ticket_id, COUNT(*) AS n FROM messages m JOIN tickets t ON t.id = m.ticket_id"
            " WHERE t.status NOT IN ('resolved', 'closed') AND m.ticket_id IN"
            " (SELECT ticket_id FROM messages WHERE kind = 'internal')"
            " GROUP BY m.ticket_id ORDER BY n DESC, m.ticket_id LIMIT 1"));
        const QList<qint64> ids = ticketIds(q);
        return ids.value(0, 0);
    } catch (const std::exception &e) {
        qCWarning(lcStore) << e.what();
        return 0;
    }
}

// --- edits
// ----------------------------------------------------------------------------------------------------

qint64 LocalStore::insertOutbox(const OutboxEntry &e)
{
    QSqlQuery &q =
        query(QStringLiteral("INSERT INTO outbox (kind, state, idempotency_key, entity_id, local_id,"
                             " base_version, base_json, payload, created_at) VALUES (?, 'pending', ?, ?,"
                             " ?, ?, ?, ?, ?)"));
    q.bindValue(0, OutboxEntry::kindName(e.kind));
    q.bindValue(1, QString::fromLatin1(e.idempotencyKey));
    q.bindValue(2, e.entityId);
    q.bindValue(3, e.localId);
    q.bindValue(4, e.baseVersion);
    q.bindValue(5, e.baseJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(compact(e.baseJson)));
    q.bindValue(6, compact(e.payload));
    q.bindValue(7, e.createdAt);
    exec(q);
    return q.lastInsertId().toLongLong();
}

qint64 LocalStore::createTicket(const QJsonObject &draft)
{
    StoreChange change;
    StoreTransaction tx(database());
    const qint64 localId = nextLocalId();
    const QJsonObject me = currentUser();
    const qint64 now = Timestamp::nowMs();
    const int severity = draft.value(QLatin1String("severity")).toInt(3);
    // What the server will compute; shown until its answer replaces the row.
    const qint64 requesterId = draft.contains(QLatin1String("requester_id"))
                                   ? draft.value(QLatin1String("requester_id")).toInteger()
                                   : me.value(QLatin1String("id")).toInteger();
    const auto requester = user(requesterId);
    const QJsonObject requesterJson =
        requester.value_or(requesterId == me.value(QLatin1String("id")).toInteger() ? me : QJsonObject());
    const Importance importance =
        requesterJson.value(QLatin1String("importance")).toString() == QLatin1String("vip")
            ? Importance::Vip
            : Importance::Standard;
    QJsonObject t{
        {QStringLiteral("id"), localId},
        {QStringLiteral("number"), QJsonValue::Null},
        {QStringLiteral("subject"), draft.value(QLatin1String("subject")).toString().trimmed()},
        {QStringLiteral("status"), QStringLiteral("new")},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("priority"), PriorityRule::priority(std::clamp(severity, 1, 4), importance)},
        {QStringLiteral("requester_id"), requesterId},
        {QStringLiteral("owner_id"), draft.value(QLatin1String("owner_id"))},
        {QStringLiteral("group_id"), draft.value(QLatin1String("group_id"))},
        {QStringLiteral("tier"), draft.value(QLatin1String("tier")).toInt(1)},
        {QStringLiteral("collaborator_ids"), draft.value(QLatin1String("collaborator_ids")).toArray()},
        {QStringLiteral("error_codes"), draft.value(QLatin1String("error_codes")).toArray()},
        {QStringLiteral("tags"), draft.value(QLatin1String("tags")).toArray()},
        {QStringLiteral("incident_id"), draft.value(QLatin1String("incident_id"))},
        {QStringLiteral("merged_into_id"), QJsonValue::Null},
        {QStringLiteral("created_at"), Timestamp::toIso(now)},
        {QStringLiteral("updated_at"), Timestamp::toIso(now)},
        {QStringLiteral("version"), 0}};
    for (const char *nullable : {"owner_id", "group_id", "incident_id"})
        if (t.value(QLatin1String(nullable)).isUndefined())
            t.insert(QLatin1String(nullable), QJsonValue::Null);
    insertOutbox(newEntry(OutboxEntry::Kind::CreateTicket, localId, draft, now, localId));
    upsertTicket(t, std::nullopt, 1);
    const QString body = draft.value(QLatin1String("body")).toString();
    if (!body.trimmed().isEmpty()) {
        // The opening description shows as the first message meanwhile.
        upsertMessage(QJsonObject{{QStringLiteral("id"), nextLocalId()},
                                  {QStringLiteral("ticket_id"), localId},
                                  {QStringLiteral("author_id"), me.value(QLatin1String("id"))},
                                  {QStringLiteral("kind"), QStringLiteral("public")},
                                  {QStringLiteral("body"), body},
                                  {QStringLiteral("attachment_ids"),
                                   draft.value(QLatin1String("attachment_ids")).toArray()},
                                  {QStringLiteral("created_at"), Timestamp::toIso(now)}},
                      true);
    }
    change.ticketIds.insert(localId);
    change.entities << QStringLiteral("ticket") << QStringLiteral("outbox");
    tx.commit();
    emitChange(change);
    return localId;
}

void LocalStore::patchTicket(qint64 id, const QJsonObject &patch)
{
    queuePatch(OutboxEntry::Kind::PatchTicket, id, patch);
}

void LocalStore::queuePatch(OutboxEntry::Kind kind, qint64 id, const QJsonObject &patch)
{
    if (patch.isEmpty())
        return;
    const bool ticket = kind == OutboxEntry::Kind::PatchTicket;
    StoreChange change;
    StoreTransaction tx(database());
    OutboxEntry e = newEntry(kind, id, patch, Timestamp::nowMs());
    if (const auto server = ticket ? serverTicket(id) : serverArticle(id)) {
        e.baseVersion = server->value(QLatin1String("version")).toInteger();
        e.baseJson = *server;
    }
    // Edits queued before this one for the same record were made on the same server version: this edit
    // was made on top of them, and acknowledge() moves its base along as they land.
    insertOutbox(e);
    if (ticket)
        recomputeTicket(id, &change);
    else
        recomputeArticle(id, &change);
    change.entities.insert(QStringLiteral("outbox"));
    tx.commit();
    emitChange(change);
}

qint64 LocalStore::postMessage(qint64 ticketId, const QJsonObject &message)
{
    StoreChange change;
    StoreTransaction tx(database());
    const qint64 localId = nextLocalId();
    const qint64 now = Timestamp::nowMs();
    insertOutbox(newEntry(OutboxEntry::Kind::PostMessage, ticketId, message, now, localId));
    QJsonObject m = message;
    m.insert(QStringLiteral("id"), localId);
    m.insert(QStringLiteral("ticket_id"), ticketId);
    m.insert(QStringLiteral("author_id"), currentUser().value(QLatin1String("id")));
    m.insert(QStringLiteral("created_at"), Timestamp::toIso(now));
    if (!m.contains(QLatin1String("kind")))
        m.insert(QStringLiteral("kind"), QStringLiteral("public"));
    upsertMessage(m, true);
    change.ticketIds.insert(ticketId);
    change.entities << QStringLiteral("message") << QStringLiteral("outbox");
    tx.commit();
    emitChange(change);
    return localId;
}

qint64 LocalStore::createArticle(const QJsonObject &article)
{
    StoreChange change;
    StoreTransaction tx(database());
    const qint64 localId = nextLocalId();
    const qint64 now = Timestamp::nowMs();
    insertOutbox(newEntry(OutboxEntry::Kind::CreateArticle, localId, article, now, localId));
    QJsonObject a = article;
    a.insert(QStringLiteral("id"), localId);
    a.insert(QStringLiteral("version"), 0);
    a.insert(QStringLiteral("updated_at"), Timestamp::toIso(now));
    upsertArticle(a, std::nullopt, 1);
    change.entities << QStringLiteral("article") << QStringLiteral("outbox");
    tx.commit();
    emitChange(change);
    return localId;
}

void LocalStore::patchArticle(qint64 id, const QJsonObject &patch)
{
    queuePatch(OutboxEntry::Kind::PatchArticle, id, patch);
}

// --- outbox
// ---------------------------------------------------------------------------------------------------

OutboxEntry LocalStore::entryFromQuery(QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    OutboxEntry e;
    bool ok = false;
    e.id = q.value(r.indexOf(QStringLiteral("id"))).toLongLong();
    e.kind = OutboxEntry::kindFromName(q.value(r.indexOf(QStringLiteral("kind"))).toString(), &ok);
    e.state = q.value(r.indexOf(QStringLiteral("state"))).toString() == QLatin1String("conflict")
                  ? OutboxEntry::State::Conflict
                  : OutboxEntry::State::Pending;
    e.idempotencyKey = q.value(r.indexOf(QStringLiteral("idempotency_key"))).toString().toLatin1();
    e.entityId = q.value(r.indexOf(QStringLiteral("entity_id"))).toLongLong();
    e.localId = q.value(r.indexOf(QStringLiteral("local_id"))).toLongLong();
    e.baseVersion = q.value(r.indexOf(QStringLiteral("base_version"))).toLongLong();
    e.baseJson = parseObject(q.value(r.indexOf(QStringLiteral("base_json"))));
    e.payload = parseObject(q.value(r.indexOf(QStringLiteral("payload"))));
    e.createdAt = q.value(r.indexOf(QStringLiteral("created_at"))).toLongLong();
    e.attempts = q.value(r.indexOf(QStringLiteral("attempts"))).toInt();
    e.lastError = q.value(r.indexOf(QStringLiteral("last_error"))).toString();
    return e;
}

int LocalStore::pendingCount()
{
    QSqlQuery &q = query(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    exec(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QList<OutboxEntry> LocalStore::outbox()
{
    QSqlQuery &q = query(QStringLiteral("SELECT * FROM outbox ORDER BY id"));
    exec(q);
    QList<OutboxEntry> out;
    while (q.next())
        out.append(entryFromQuery(q));
    q.finish();
    return out;
}

std::optional<OutboxEntry> LocalStore::nextPushable()
{
    // Edits of a record that has a conflict wait behind it (they were made on top of it); others go on.
    QSet<QPair<int, qint64>> blocked;
    for (const OutboxEntry &e : outbox()) {
        const int domain = e.kind == OutboxEntry::Kind::Action ? 2 : e.isTicketEntity() ? 0 : 1;
        const QPair<int, qint64> record{domain, e.entityId};
        if (e.state == OutboxEntry::State::Conflict) {
            blocked.insert(record);
            continue;
        }
        if (!blocked.contains(record))
            return e;
    }
    return std::nullopt;
}

void LocalStore::recordAttempt(qint64 entryId, const QString &result)
{
    StoreTransaction tx(database());
    QSqlQuery &q =
        query(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.bindValue(0, result);
    q.bindValue(1, entryId);
    exec(q);
    QSqlQuery &h =
        query(QStringLiteral("INSERT INTO outbox_attempts (outbox_id, at, result) VALUES (?, ?, ?)"));
    h.bindValue(0, entryId);
    h.bindValue(1, Timestamp::nowMs());
    h.bindValue(2, result);
    exec(h);
    tx.commit();
}

void LocalStore::acknowledge(const OutboxEntry &entry, const QJsonObject &serverJson)
{
    StoreChange change;
    change.entities.insert(QStringLiteral("outbox"));
    StoreTransaction tx(database());
    QSqlQuery &del = query(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    del.bindValue(0, entry.id);
    exec(del);
    if (del.numRowsAffected() == 0) {
        // Already acknowledged (a duplicate answer): nothing to do.
        tx.commit();
        return;
    }
    QSqlQuery &hist = query(QStringLiteral("DELETE FROM outbox_attempts WHERE outbox_id = ?"));
    hist.bindValue(0, entry.id);
    exec(hist);

    const qint64 serverId = serverJson.value(QLatin1String("id")).toInteger();
    const qint64 serverVersion = serverJson.value(QLatin1String("version")).toInteger();
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateTicket:
    case OutboxEntry::Kind::CreateArticle: {
        const bool ticket = entry.kind == OutboxEntry::Kind::CreateTicket;
        // The record now has its real id: move everything that pointed at the stand-in.
        QSqlQuery &drop = query(ticket ? QStringLiteral("DELETE FROM tickets WHERE id = ?")
                                       : QStringLiteral("DELETE FROM articles WHERE id = ?"));
        drop.bindValue(0, entry.localId);
        exec(drop);
        if (ticket) {
            // The local stand-in of the opening description goes; the server's arrives with the feed.
            QSqlQuery &msgs = query(
                QStringLiteral("DELETE FROM messages WHERE ticket_id = ? AND pending = 1"
                               " AND id NOT IN (SELECT local_id FROM outbox WHERE kind = 'post_message')"));
            msgs.bindValue(0, entry.localId);
            exec(msgs);
            QSqlQuery &move = query(QStringLiteral("UPDATE messages SET ticket_id = ? WHERE ticket_id = ?"));
            move.bindValue(0, serverId);
            move.bindValue(1, entry.localId);
            exec(move);
        }
        QSqlQuery &rebaseLater =
            query(QStringLiteral("UPDATE outbox SET entity_id = ?, base_version = CASE WHEN kind IN "
                                 "('patch_ticket', 'patch_article')"
                                 " THEN ? ELSE base_version END, base_json = CASE WHEN kind IN "
                                 "('patch_ticket', 'patch_article') THEN ?"
                                 " ELSE base_json END WHERE entity_id = ? AND kind IN (?, ?, ?)"));
        rebaseLater.bindValue(0, serverId);
        rebaseLater.bindValue(1, serverVersion);
        rebaseLater.bindValue(2, compact(serverJson));
        rebaseLater.bindValue(3, entry.localId);
        rebaseLater.bindValue(4, OutboxEntry::kindName(ticket ? OutboxEntry::Kind::PatchTicket
                                                              : OutboxEntry::Kind::PatchArticle));
        rebaseLater.bindValue(5, OutboxEntry::kindName(ticket ? OutboxEntry::Kind::PostMessage
                                                              : OutboxEntry::Kind::PatchArticle));
        rebaseLater.bindValue(6, OutboxEntry::kindName(ticket ? OutboxEntry::Kind::CreateTicket
                                                              : OutboxEntry::Kind::CreateArticle));
        exec(rebaseLater);
        if (ticket) {
            storeServerTicket(serverJson, &change);
            recomputeTicket(serverId, &change);
            change.ticketIds.insert(entry.localId);
        } else {
            storeServerArticle(serverJson, &change);
        }
        break;
    }
    case OutboxEntry::Kind::PatchTicket:
    case OutboxEntry::Kind::PatchArticle: {
        const bool ticket = entry.kind == OutboxEntry::Kind::PatchTicket;
        // Later edits of the same record were made on top of this one, so this edit's fields are part of what
        // they started from. Their base version stays (the server checks it; a 412 then merges them, since
        // these fields now match) — moving it to the answer would hide someone else's change made meanwhile.
        for (const OutboxEntry &later : pendingFor(entry.kind, entry.kind, entry.entityId)) {
            if (later.id <= entry.id || later.baseJson.isEmpty())
                continue;
            QSqlQuery &u = query(QStringLiteral("UPDATE outbox SET base_json = ? WHERE id = ?"));
            u.bindValue(0, compact(applied(later.baseJson, entry.payload)));
            u.bindValue(1, later.id);
            exec(u);
        }
        if (ticket) {
            storeServerTicket(serverJson, &change);
            recomputeTicket(entry.entityId, &change);
        } else {
            storeServerArticle(serverJson, &change);
        }
        break;
    }
    case OutboxEntry::Kind::PostMessage: {
        QSqlQuery &drop = query(QStringLiteral("DELETE FROM messages WHERE id = ?"));
        drop.bindValue(0, entry.localId);
        exec(drop);
        upsertMessage(serverJson, false);
        change.entities.insert(QStringLiteral("message"));
        change.ticketIds.insert(entry.entityId);
        break;
    }
    case OutboxEntry::Kind::Action: {
        // An action on one record answers the record: store it as the feed would. Others (read-all answers
        // a count) leave the rows to the feed.
        const EntityDescription *d = entities::find(entry.actionEntity());
        if (d && !d->overlaid && entry.entityId > 0 && serverId == entry.entityId) {
            upsertEntity(*d, serverJson);
            change.entities.insert(d->entity);
        }
        break;
    }
    }
    if (!tx.commit())
        throw std::runtime_error("commit of an acknowledgement failed");
    emitChange(change);
}

void LocalStore::rebase(const OutboxEntry &entry, const QJsonObject &theirs, const QJsonObject &patch)
{
    StoreChange change;
    change.entities.insert(QStringLiteral("outbox"));
    StoreTransaction tx(database());
    QSqlQuery &q = query(QStringLiteral("UPDATE outbox SET base_version = ?, base_json = ?, payload = ?,"
                                        " idempotency_key = ?, state = 'pending' WHERE id = ?"));
    q.bindValue(0, theirs.value(QLatin1String("version")).toInteger());
    q.bindValue(1, compact(theirs));
    q.bindValue(2, compact(patch));
    q.bindValue(3, QString::fromLatin1(newKey())); // a different request now: a new key
    q.bindValue(4, entry.id);
    exec(q);
    if (entry.kind == OutboxEntry::Kind::PatchTicket) {
        storeServerTicket(theirs, &change);
        recomputeTicket(entry.entityId, &change);
    } else {
        storeServerArticle(theirs, &change);
    }
    tx.commit();
    emitChange(change);
}

void LocalStore::park(const OutboxEntry &entry, const Conflict &c)
{
    StoreChange change;
    change.entities << QStringLiteral("outbox") << QStringLiteral("conflict");
    StoreTransaction tx(database());
    QSqlQuery &q = query(QStringLiteral("UPDATE outbox SET state = 'conflict' WHERE id = ?"));
    q.bindValue(0, entry.id);
    exec(q);
    QSqlQuery &ins =
        query(QStringLiteral("INSERT OR REPLACE INTO conflicts (outbox_id, entity, entity_id, fields,"
                             " mine, theirs, base, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.bindValue(0, entry.id);
    ins.bindValue(1, c.entity);
    ins.bindValue(2, c.entityId);
    ins.bindValue(3, compact(QJsonArray::fromStringList(c.fields)));
    ins.bindValue(4, compact(c.mine));
    ins.bindValue(5, compact(c.theirs));
    ins.bindValue(6, compact(c.base));
    ins.bindValue(7, c.createdAt ? c.createdAt : Timestamp::nowMs());
    exec(ins);
    if (entry.kind == OutboxEntry::Kind::PatchTicket) {
        storeServerTicket(c.theirs, &change);
        recomputeTicket(entry.entityId, &change);
    } else {
        storeServerArticle(c.theirs, &change);
    }
    tx.commit();
    emitChange(change);
}

void LocalStore::reject(const OutboxEntry &entry, const QString &reason)
{
    StoreChange change;
    change.entities.insert(QStringLiteral("outbox"));
    StoreTransaction tx(database());
    QList<OutboxEntry> gone{entry};
    // Edits of a record that was never created cannot land either.
    if (entry.kind == OutboxEntry::Kind::CreateTicket || entry.kind == OutboxEntry::Kind::CreateArticle) {
        for (const OutboxEntry &e : outbox())
            if (e.id != entry.id && e.entityId == entry.localId &&
                e.isTicketEntity() == entry.isTicketEntity())
                gone.append(e);
    }
    for (const OutboxEntry &e : gone) {
        QSqlQuery &log = query(QStringLiteral("INSERT INTO rejections (kind, entity_id, payload, reason, at)"
                                              " VALUES (?, ?, ?, ?, ?)"));
        log.bindValue(0, OutboxEntry::kindName(e.kind));
        log.bindValue(1, e.entityId);
        log.bindValue(2, compact(e.payload));
        log.bindValue(3, e.id == entry.id ? reason : tr("its ticket could not be created: %1").arg(reason));
        log.bindValue(4, Timestamp::nowMs());
        exec(log);
        for (const QString &sql : {QStringLiteral("DELETE FROM outbox WHERE id = ?"),
                                   QStringLiteral("DELETE FROM outbox_attempts WHERE outbox_id = ?"),
                                   QStringLiteral("DELETE FROM conflicts WHERE outbox_id = ?")}) {
            QSqlQuery &d = query(sql);
            d.bindValue(0, e.id);
            exec(d);
        }
        if (e.localId != 0 && e.kind == OutboxEntry::Kind::PostMessage) {
            QSqlQuery &d = query(QStringLiteral("DELETE FROM messages WHERE id = ?"));
            d.bindValue(0, e.localId);
            exec(d);
        }
    }
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateTicket: {
        removeEntity(QStringLiteral("ticket"), entry.localId, &change);
        break;
    }
    case OutboxEntry::Kind::CreateArticle:
        removeEntity(QStringLiteral("article"), entry.localId, &change);
        break;
    case OutboxEntry::Kind::PatchTicket:
        recomputeTicket(entry.entityId, &change);
        break;
    case OutboxEntry::Kind::PatchArticle:
        recomputeArticle(entry.entityId, &change);
        break;
    case OutboxEntry::Kind::PostMessage:
        change.ticketIds.insert(entry.entityId);
        change.entities.insert(QStringLiteral("message"));
        break;
    case OutboxEntry::Kind::Action:
        // What the action showed at once (a notification marked read) stays until the feed says otherwise;
        // the rejection is logged for the person like any other.
        break;
    }
    tx.commit();
    emitChange(change);
}

QList<QJsonObject> LocalStore::rejections()
{
    return m_conflictLog.rejections();
}

QList<Conflict> LocalStore::conflicts()
{
    return m_conflictLog.conflicts();
}

bool LocalStore::resolveConflict(qint64 outboxId, Resolution resolution, const QJsonObject &merged)
{
    std::optional<Conflict> conflict;
    for (const Conflict &c : conflicts())
        if (c.outboxId == outboxId)
            conflict = c;
    if (!conflict)
        return false;
    std::optional<OutboxEntry> entry;
    for (const OutboxEntry &e : outbox())
        if (e.id == outboxId)
            entry = e;
    if (!entry)
        return false;
    const bool ticket = conflict->entity == QLatin1String("ticket");
    // The newest server state we know, which may be newer than the one in the conflict.
    const QJsonObject theirs = (ticket ? serverTicket(conflict->entityId) : serverArticle(conflict->entityId))
                                   .value_or(conflict->theirs);
    if (resolution == Resolution::KeepTheirs) {
        reject(*entry, tr("the other version was kept"));
        return true;
    }
    StoreTransaction tx(database());
    QSqlQuery &d = query(QStringLiteral("DELETE FROM conflicts WHERE outbox_id = ?"));
    d.bindValue(0, outboxId);
    exec(d);
    rebase(*entry, theirs, resolution == Resolution::Merged ? merged : conflict->mine);
    tx.commit();
    StoreChange change;
    change.entities << QStringLiteral("conflict") << QStringLiteral("outbox");
    emitChange(change);
    return true;
}

// --- attachment cache
// -----------------------------------------------------------------------------------------

void LocalStore::setAttachmentCacheLimit(qint64 bytes)
{
    m_attachments.setLimit(bytes);
}

qint64 LocalStore::attachmentCacheLimit()
{
    return m_attachments.limit();
}

qint64 LocalStore::attachmentCacheSize()
{
    return m_attachments.size();
}

void LocalStore::cacheAttachment(qint64 id, const QByteArray &sha256Hex, const QByteArray &bytes)
{
    m_attachments.insert(id, sha256Hex, bytes);
}

std::optional<QByteArray> LocalStore::cachedAttachment(qint64 id)
{
    return m_attachments.bytes(id);
}

std::optional<QJsonObject> LocalStore::attachmentInfo(qint64 id)
{
    QSqlQuery &q = query(QStringLiteral("SELECT json FROM attachments WHERE id = ?"));
    q.bindValue(0, id);
    exec(q);
    const auto list = objects(q);
    return list.isEmpty() ? std::nullopt : std::optional<QJsonObject>(list.first());
}

void LocalStore::emitChange(const StoreChange &change)
{
    emit changed(change);
    if (change.entities.contains(QStringLiteral("outbox")))
        emit outboxChanged(pendingCount());
}

} // namespace tierdesk
