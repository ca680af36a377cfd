#pragma once

#include "reporter/outgoingfile.h"

#include "client/clienterror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tierdesk {

class ApiClient;
class LocalStore;
class SyncEngine;
class UploadAttachmentJob;

// Tickets and replies with attachments, kept on disk until they are sent — the part of sending that the
// client library's outbox does not cover: the outbox queues JSON edits, while attachments must be uploaded
// (POST /api/v1/attachments) before a ticket or message can name their ids.
//
// An entry is a folder under directory(): entry.json (kind, target ticket, the JSON body, the files with a
// per-file idempotency key and, once uploaded, the attachment id) and the file bytes. Entries are worked
// strictly in order, one request at a time:
//   1. upload every file not uploaded yet, with its own stored Idempotency-Key, so that a repeat after a
//      lost answer or a restart gets the attachment stored the first time instead of a second copy; the id
//      is written to entry.json at once;
//   2. hand the ticket or message with its attachment_ids to the SyncEngine (its outbox sends it, offline
//      or not, with its own idempotency key) and remove the folder.
// A crash between 2's two halves is detected at the next start (state "handing over"): the outbox and the
// cache are searched for the same request before it is handed over again, so nothing is sent twice.
// Transient failures (no network, timeouts, 5xx) are retried with backoff; a refusal (file too large, …)
// marks the entry failed with the server's reason and the next entry goes on.
//
// Replies to a ticket created offline name its local (negative) id; when the outbox has sent that ticket
// and the cache renumbers it, the queue follows (LocalStore::changed names both ids).
class SendQueue : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Ticket, Message };
    enum class State { Uploading, HandingOver, Failed };

    struct File
    {
        QString name;
        QByteArray contentType;
        QString storedName; // inside the entry's folder
        QByteArray idempotencyKey;
        qint64 size = 0;
        QByteArray sha256;       // hex
        qint64 attachmentId = 0; // 0 until uploaded
    };

    struct Entry
    {
        QString id; // the folder name; sorts in order of creation
        Kind kind = Kind::Ticket;
        qint64 ticketId = 0; // Message: the ticket (negative while it exists only here)
        QJsonObject payload; // without attachment_ids
        QList<File> files;
        State state = State::Uploading;
        QString error; // Failed: why
        qint64 createdAt = 0;

        int uploadedCount() const;
        QList<qint64> attachmentIds() const;
    };

    SendQueue(ApiClient *api, SyncEngine *engine, LocalStore *store, const QString &directory,
              QObject *parent = nullptr);
    ~SendQueue() override;

    QString directory() const { return m_directory; }

    void start();
    void stop();
    // Try again now (the network is back, a button).
    void retryNow();

    // Stores the request and its files; "" and *error when they cannot be written (disk full…). A request
    // without files and with nothing queued before it goes straight to the outbox.
    QString enqueueTicket(const QJsonObject &draft, const OutgoingFiles &files, QString *error);
    QString enqueueMessage(qint64 ticketId, const QJsonObject &message, const OutgoingFiles &files,
                           QString *error);

    QList<Entry> entries() const;
    int pendingCount() const;            // entries not failed
    bool removeEntry(const QString &id); // a failed one the person gave up on
    bool isIdle() const;                 // nothing pending, nothing in flight
    bool waitForIdle(int timeoutMs);     // tools and tests

signals:
    void changed();
    // The entry went to the outbox: localId is the ticket's (Ticket) or the message's (Message) local id.
    void handedOver(const QString &entryId, tierdesk::SendQueue::Kind kind, qint64 ticketId, qint64 localId);
    void entryFailed(const QString &entryId, const QString &reason);
    void uploadProgress(const QString &entryId, int filesDone, int filesTotal);
    void waitingForServer(const tierdesk::ClientError &error);

private:
    QString enqueue(Kind kind, qint64 ticketId, const QJsonObject &payload, const OutgoingFiles &files,
                    QString *error);
    bool write(const Entry &entry, QString *error = nullptr) const;
    std::optional<Entry> read(const QString &id) const;
    QStringList entryIds() const;
    void scheduleWork(int delayMs = 0);
    void work();
    void upload(const Entry &entry, int fileIndex);
    void onUploaded(UploadAttachmentJob *job, const QString &entryId, int fileIndex);
    void handOver(Entry entry);
    bool alreadyHandedOver(const Entry &entry) const;
    void fail(Entry entry, const QString &reason);
    void onStoreChanged(const QSet<qint64> &ticketIds, bool outboxChanged);
    qint64 pushToEngine(const Entry &entry, const QJsonObject &body);

    QPointer<ApiClient> m_api;
    QPointer<SyncEngine> m_engine;
    QPointer<LocalStore> m_store;
    QString m_directory;
    QTimer m_timer;
    QPointer<UploadAttachmentJob> m_job;
    bool m_running = false;
    int m_failures = 0;
    int m_sequence = 0;
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::SendQueue::Kind)
