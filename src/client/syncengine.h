#pragma once

#include "changesjob.h"
#include "clienterror.h"
#include "outboxentry.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

class QTimer;
class QWebSocket;

namespace tierdesk {

class ApiClient;
class ApiJob;
class ChangesJob;
class LocalStore;

// Keeps a LocalStore in step with the server, in both directions:
//  - pull: pages through the change feed from the stored cursor (first sync with progress), each page applied
//    with its cursor in one transaction; afterwards the /api/v1/stream WebSocket announces new sequences and
//    the engine pulls at once; while the socket is down it polls with backoff and reconnects by itself;
//  - push: edits go into the store's outbox first (visible at once) and are sent in order, one at a time,
//    each with its idempotency key, and removed only when the server's answer is stored. A stale version
//    (412) merges by itself when the fields differ; otherwise both versions are kept as a Conflict for a
//    person to resolve. Refused edits are logged and reported, never dropped in silence.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Syncing, Online };
    Q_ENUM(State)

    SyncEngine(ApiClient *api, LocalStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    // Pull and push now (a "refresh" button, or after the network came back).
    void syncNow();

    State state() const { return m_state; }
    static QString stateName(State state);
    int pendingCount() const { return m_pendingCount; }
    bool isStreamConnected() const;
    ClientError lastError() const { return m_lastError; }

    void setPageSize(int changes) { m_pageSize = changes; }
    void setStreamEnabled(bool enabled) { m_streamEnabled = enabled; }
    void setMaxPollIntervalMs(int ms) { m_maxPollMs = ms; }

    // Edits, forwarded to the store's outbox and pushed when possible.
    qint64 createTicket(const QJsonObject &draft);
    void patchTicket(qint64 id, const QJsonObject &patch);
    qint64 postMessage(qint64 ticketId, const QJsonObject &message);
    qint64 createArticle(const QJsonObject &article);
    void patchArticle(qint64 id, const QJsonObject &patch);
    bool resolveConflict(qint64 outboxId, int resolution, const QJsonObject &merged = {});

    // True when nothing is in flight, the outbox holds nothing that can be sent, and the cursor is at the
    // newest sequence the server announced.
    bool isIdle() const;
    // Runs a local event loop until isIdle() (tools and tests). false on timeout.
    bool waitForIdle(int timeoutMs);

signals:
    void stateChanged(tierdesk::SyncEngine::State state);
    void pendingCountChanged(int pending);
    // First sync (and any long catch-up): sequences applied so far and the server's head.
    void progressChanged(qint64 done, qint64 total);
    void firstSyncFinished();
    void conflictRaised(const tierdesk::Conflict &conflict);
    void editRejected(const tierdesk::OutboxEntry &entry, const QString &reason);
    void errorOccurred(const tierdesk::ClientError &error);
    void authenticationRequired();
    void idle();

private:
    void setState(State state);
    void updateState();
    void schedulePull();
    void pull(qint64 since);
    void onPage(ChangesJob *job);
    void schedulePush();
    void push();
    void onPushed(ApiJob *job, const OutboxEntry &entry);
    void onTransientFailure(const ClientError &error);
    void onRecoveryTimer();
    void connectStream();
    void onStreamMessage(const QString &message);
    void onStreamDisconnected();
    void abandonPull();
    void applyReadyPages();
    void refreshPending();
    void checkIdle();

    QPointer<ApiClient> m_api;
    QPointer<LocalStore> m_store;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_streamEnabled = true;
    int m_pageSize = 1000;
    int m_pendingCount = 0;
    qint64 m_knownHead = 0;
    bool m_pulling = false;
    bool m_pullAgain = false;
    bool m_pushing = false;
    bool m_pushScheduled = false;
    bool m_offline = false;
    bool m_reachedServer = false; // a pull has succeeded since start()
    bool m_firstSyncReported = false;
    // Pages asked for and not yet answered, by their `since`; answered pages waiting for their turn.
    struct ReadyPage
    {
        QList<FeedChange> changes;
        qint64 next = 0;
        bool more = false;
        qint64 head = 0;
    };
    static constexpr int MaxPagesAhead = 3;
    QMap<qint64, QPointer<ChangesJob>> m_pageRequests;
    QMap<qint64, ReadyPage> m_readyPages;
    // What the first sync cost, logged when it ends (tierdesk.sync.pull): wall time, pages, time in the
    // store.
    QElapsedTimer m_firstSyncClock;
    qint64 m_firstSyncApplyNs = 0;
    int m_firstSyncPages = 0;
    int m_failures = 0;
    int m_maxPollMs = 30000;
    ClientError m_lastError;
    QTimer *m_recoveryTimer = nullptr; // retry after a failure, with backoff
    QTimer *m_pollTimer = nullptr;     // poll while the stream is down
    QWebSocket *m_stream = nullptr;
    int m_streamFailures = 0;
};

} // namespace tierdesk
