#pragma once

#include "attachmentcache.h"
#include "changesjob.h"
#include "conflictlog.h"
#include "outboxentry.h"
#include "preparedstatements.h"

#include "core/notification.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <optional>

namespace tierdesk {

struct EntityDescription;

// What changed in the cache, for views to refresh just that.
struct StoreChange
{
    QSet<QString> entities; // "ticket", "message", "user", "group", "article", "incident", "notification",
                            // "outbox", "conflict"
    QSet<qint64> ticketIds; // tickets whose row or messages changed
    bool reset = false;     // everything may have changed (first sync pages)
};

// The local SQLite cache of one account on one server: what the server lets this user see, the outbox of
// edits not yet acknowledged, conflicts waiting for a person, and a size-capped cache of attachment bytes.
//
// Rows hold the *effective* state — the server's state with this user's pending edits applied on top — so
// that the programs show an edit at once; the server's own state is kept beside it (server_json) and the
// effective row is recomputed whenever either side changes. Every method that writes does so in one
// transaction (StoreTransaction), so a crash at any instant leaves either the old or the new state.
//
// One connection, used from the thread that opened the store. Statements are prepared once
// (PreparedStatements, shared with the parts below). The attachment byte cache is an AttachmentCache over
// the same connection, and the reads of conflicts and rejections a ConflictLog; the methods here forward to
// them.
class LocalStore : public QObject
{
    Q_OBJECT
public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // AppDataLocation/cache/<host_port>/<login>.sqlite
    static QString defaultPath(const QUrl &server, const QString &login);

    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion();
    bool integrityOk(QString *detail = nullptr);

    // --- account and sync state ---
    QJsonObject currentUser();
    void setCurrentUser(const QJsonObject &user);
    qint64 cursor();
    bool firstSyncDone();
    qint64 lastSyncAt(); // ms since epoch of the last completed pull, 0 if never

    // Applies one page of the feed together with the new cursor, atomically. `complete`: the page ended
    // the backlog (more=false), which marks the first sync done.
    void applyPage(const QList<FeedChange> &changes, qint64 next, bool complete);

    // --- reads ---
    std::optional<QJsonObject> ticket(qint64 id);
    std::optional<QJsonObject> serverTicket(qint64 id); // the server's state, without pending edits
    QList<QJsonObject> tickets();                       // all, by id (tests, small caches)
    QList<QJsonObject> messages(qint64 ticketId);       // oldest first; pending ones have "pending": true
    std::optional<QJsonObject> article(qint64 id);
    std::optional<QJsonObject> serverArticle(qint64 id);
    QList<QJsonObject> articles();
    // Full-text search (FTS5) over title and body, best first, with "snippet" holding [..] marks.
    QList<QJsonObject> searchArticles(const QString &text, int limit = 50);
    QList<QJsonObject> articlesForErrorCode(const QString &code);
    std::optional<QJsonObject> user(qint64 id);
    QList<QJsonObject> users();
    QList<QJsonObject> groups();
    QList<QJsonObject> incidents();
    QList<Notification> notifications(); // the signed-in user's, newest first
    int unreadNotificationCount();
    qint64 count(const QString &entity); // any entity the cache describes (entitydescription.h)
    // Ids of the open tickets without a first response whose SLA fell due in (sinceMs, untilMs], owned by
    // `ownerId` or unassigned in `tier` (any tier when 0). Failures: logged, empty.
    QList<qint64> ticketIdsBreachingSla(qint64 sinceMs, qint64 untilMs, qint64 ownerId, int tier);
    // Of the open tickets with an internal note, the one with the most messages (lowest id among equals);
    // 0: none.
    qint64 busiestOpenTicketWithNote();
    // The queue's reads (paged, filtered, sorted) are TicketQueryEngine's (client/query).

    // --- edits (optimistic: visible at once, queued in the outbox) ---
    qint64 createTicket(const QJsonObject &draft); // returns the local (negative) id
    void patchTicket(qint64 id, const QJsonObject &patch);
    qint64 postMessage(qint64 ticketId, const QJsonObject &message); // returns the local message id
    qint64 createArticle(const QJsonObject &article);
    void patchArticle(qint64 id, const QJsonObject &patch);
    // Read at once, on the server when the outbox gets through (POST /notifications/{id}/read, read-all).
    void markNotificationRead(qint64 id);
    void markAllNotificationsRead();

    // --- outbox, for the sync engine ---
    int pendingCount();
    QList<OutboxEntry> outbox();               // all entries, in order
    std::optional<OutboxEntry> nextPushable(); // the oldest pending entry not held back by a conflict
    void recordAttempt(qint64 entryId, const QString &result);
    // The server accepted the entry and answered `serverJson` (the ticket, message or article). Stores it,
    // removes the entry, renumbers local ids, rebases later edits of the same record — one transaction.
    void acknowledge(const OutboxEntry &entry, const QJsonObject &serverJson);
    // A 412 that merges: send again on top of `theirs` with the rebased patch and a new key.
    void rebase(const OutboxEntry &entry, const QJsonObject &theirs, const QJsonObject &patch);
    // A 412 that does not merge: keep both, wait for a person.
    void park(const OutboxEntry &entry, const Conflict &conflict);
    // The server refused the edit for good (403, 404, 422): it is removed and the record returns to the
    // server's state; the reason is kept in the rejection log so the UI can tell the person.
    void reject(const OutboxEntry &entry, const QString &reason);
    QList<QJsonObject> rejections();

    // --- conflicts, for the UI ---
    QList<Conflict> conflicts();
    enum class Resolution { KeepMine, KeepTheirs, Merged };
    // KeepMine/Merged re-queue the edit (Merged with `merged` as the patch) on top of the server's current
    // version; KeepTheirs drops my edit — a choice the person made, logged as such.
    bool resolveConflict(qint64 outboxId, Resolution resolution, const QJsonObject &merged = {});

    // --- attachment bytes (LRU, capped; see AttachmentCache) ---
    void setAttachmentCacheLimit(qint64 bytes);
    qint64 attachmentCacheLimit();
    qint64 attachmentCacheSize();
    void cacheAttachment(qint64 id, const QByteArray &sha256Hex, const QByteArray &bytes);
    std::optional<QByteArray> cachedAttachment(qint64 id); // marks it recently used
    std::optional<QJsonObject> attachmentInfo(qint64 id);  // metadata from messages and the feed

signals:
    void changed(const tierdesk::StoreChange &change);
    void outboxChanged(int pending);

private:
    // The queue's query engine reads through the connection; tests inspect the cache through
    // LocalStoreTestAccess (tests/client/support). Read-only use; never write through it from outside.
    friend class TicketQueryEngine;
    friend class LocalStoreTestAccess;
    QSqlDatabase database() const;
    QList<qint64> ticketIds(QSqlQuery &q); // runs a prepared statement of ticket ids; failures: logged, empty
    QSqlQuery &query(const QString &sql) { return m_statements.query(sql); }
    static void exec(QSqlQuery &q) { PreparedStatements::exec(q); }
    void migrate();
    void queuePatch(OutboxEntry::Kind kind, qint64 id, const QJsonObject &patch);
    void beginBulkLoad();
    void endBulkLoad();
    void ensureIndexes();
    void refreshStaleNames(); // after a first sync: the names of users it changed late (meta stale_names)
    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);
    qint64 nextLocalId();
    // effectiveText: effective as compact JSON when known (empty: made here).
    void upsertTicket(const QJsonObject &effective, const std::optional<QJsonObject> &server, int pending,
                      bool onlyIfNewer = false, const QString &effectiveText = {});
    // text: server as compact JSON when the caller has it already (the feed's decoding thread made it).
    void storeServerTicket(const QJsonObject &server, StoreChange *change, const QString &text = {});
    void recomputeTicket(qint64 id, StoreChange *change);
    void upsertMessage(const QJsonObject &message, bool pending, const QString &text = {});
    void upsertAttachmentInfo(const QJsonObject &attachment);
    void upsertArticle(const QJsonObject &effective, const std::optional<QJsonObject> &server, int pending);
    void storeServerArticle(const QJsonObject &server, StoreChange *change);
    void recomputeArticle(qint64 id, StoreChange *change);
    void upsertEntity(const EntityDescription &description, const QJsonObject &object);
    QList<QJsonObject> entityObjects(const QString &entity); // in the description's order
    // Marks one unread notification (id > 0) or all of them read here and queues `operation` for the server.
    void markNotificationsRead(const QString &operation, qint64 id);
    void removeEntity(const QString &entity, qint64 id, StoreChange *change);
    // The user's name as their tickets show it (requester_name, owner_name) after a change of the user.
    void refreshNamesOf(qint64 userId);
    qint64 insertOutbox(const OutboxEntry &entry);
    OutboxEntry entryFromQuery(QSqlQuery &q);
    QList<OutboxEntry> pendingFor(OutboxEntry::Kind a, OutboxEntry::Kind b, qint64 entityId);
    void emitChange(const StoreChange &change);

    QString m_path;
    bool m_bulkLoading = false; // the first sync runs: checkpoints are spaced out (see applyPage)
    bool m_ticketsInBulk =
        false; // tickets were stored during it: a later user change needs refreshStaleNames
    QString m_connectionName;
    PreparedStatements m_statements; // declared before the parts that hold a reference to it
    AttachmentCache m_attachments{m_statements};
    ConflictLog m_conflictLog{m_statements};
    const QSet<qint64> *m_ticketsWithEdits = nullptr; // set while a feed page is applied
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::StoreChange)
