#include "syncengine.h"

#include "entitydescription.h"

#include "apiclient.h"
#include "conflictanalyzer.h"
#include "localstore.h"
#include "retrypolicy.h"

#include "core/timestamp.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcPull, "tierdesk.sync.pull")
Q_LOGGING_CATEGORY(lcOutbox, "tierdesk.sync.outbox")
Q_LOGGING_CATEGORY(lcStream, "tierdesk.sync.stream")

namespace tierdesk {
namespace {
// Backoff for reconnecting after failures: 0.5 s, 1 s, 2 s … capped; jittered by RetryPolicy.
int backoffMs(int failures, int maxMs)
{
    return RetryPolicy(1000, 500, maxMs).delayMs(std::max(2, failures + 1));
}
} // namespace

SyncEngine::SyncEngine(ApiClient *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_recoveryTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    qRegisterMetaType<tierdesk::Conflict>();
    qRegisterMetaType<tierdesk::OutboxEntry>();
    qRegisterMetaType<tierdesk::ClientError>();
    // A silence timeout, not a total one (progress restarts it): short, because Qt 6.4 can leave a request
    // hanging after the server reset an idle keep-alive connection, and only the timeout recovers it.
    m_api->connection()->setTimeoutMs(10000);
    m_recoveryTimer->setSingleShot(true);
    connect(m_recoveryTimer, &QTimer::timeout, this, &SyncEngine::onRecoveryTimer);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        schedulePull();
        if (!isStreamConnected())
            m_pollTimer->start(backoffMs(m_streamFailures, m_maxPollMs));
    });
    connect(m_store, &LocalStore::outboxChanged, this, [this](int) {
        refreshPending();
        schedulePush();
    });
    connect(m_api->connection(), &ApiConnection::unauthorized, this, [this] {
        m_offline = true;
        updateState();
        emit authenticationRequired();
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

QString SyncEngine::stateName(State state)
{
    switch (state) {
    case State::Offline:
        return tr("Offline");
    case State::Connecting:
        return tr("Connecting");
    case State::Syncing:
        return tr("Syncing");
    case State::Online:
        return tr("Online");
    }
    return {};
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_reachedServer = false;
    m_offline = false;
    m_failures = 0;
    setState(State::Connecting);
    refreshPending();
    if (m_streamEnabled)
        connectStream();
    else
        m_pollTimer->start(backoffMs(0, m_maxPollMs));
    schedulePull();
    schedulePush();
}

void SyncEngine::stop()
{
    m_running = false;
    abandonPull();
    m_recoveryTimer->stop();
    m_pollTimer->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    setState(State::Offline);
}

void SyncEngine::syncNow()
{
    if (!m_running)
        return;
    m_failures = 0;
    m_recoveryTimer->stop();
    m_offline = false;
    schedulePull();
    schedulePush();
    if (m_streamEnabled && !m_stream)
        connectStream();
}

bool SyncEngine::isStreamConnected() const
{
    return m_stream && m_stream->state() == QAbstractSocket::ConnectedState;
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcPull) << "sync state:" << stateName(state);
    emit stateChanged(state);
}

void SyncEngine::updateState()
{
    if (!m_running || m_offline)
        setState(State::Offline);
    else if (!m_reachedServer)
        setState(State::Connecting);
    else if (m_pulling || m_pushing || m_pushScheduled || !m_store->firstSyncDone())
        setState(State::Syncing);
    else
        setState(State::Online);
    checkIdle();
}

void SyncEngine::refreshPending()
{
    const int pending = m_store->pendingCount();
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        emit pendingCountChanged(pending);
    }
}

// --- pull
// -----------------------------------------------------------------------------------------------------

void SyncEngine::schedulePull()
{
    if (!m_running)
        return;
    if (m_pulling) {
        m_pullAgain = true;
        return;
    }
    pull(m_store->cursor());
}

void SyncEngine::pull(qint64 since)
{
    if (m_pageRequests.contains(since) || m_readyPages.contains(since))
        return; // already asked for
    m_pulling = true;
    m_pullAgain = false;
    updateState();
    ChangesJob *job = m_api->changes(since, m_pageSize);
    m_pageRequests.insert(since, job);
    // Pipelining: the next page is requested as soon as this one's headers name its cursor, so the server
    // reads it while this one is decoded (worker thread) and stored (here). At most MaxPagesAhead are out.
    connect(job, &ChangesJob::nextKnown, this, [this](qint64 next) {
        if (m_running && m_pageRequests.size() + m_readyPages.size() < MaxPagesAhead)
            pull(next);
    });
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) { onPage(static_cast<ChangesJob *>(j)); });
}

void SyncEngine::abandonPull()
{
    for (const QPointer<ChangesJob> &job : std::as_const(m_pageRequests)) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
    m_pageRequests.clear();
    m_readyPages.clear();
    m_pulling = false;
}

void SyncEngine::onPage(ChangesJob *job)
{
    if (m_pageRequests.value(job->since()) != job)
        return; // abandoned
    m_pageRequests.remove(job->since());
    if (!m_running) {
        abandonPull();
        return;
    }
    if (!job->ok()) {
        abandonPull();
        if (job->error().kind == ClientError::Kind::Unauthorized)
            return; // authenticationRequired() was emitted by the connection
        onTransientFailure(job->error());
        return;
    }
    m_failures = 0;
    m_reachedServer = true;
    if (m_offline) {
        m_offline = false;
        schedulePush(); // the server is back: send what piled up
    }
    if (job->since() >= m_store->cursor())
        m_readyPages.insert(job->since(), ReadyPage{job->changes(), job->next(), job->more(), job->head()});
    applyReadyPages();
}

void SyncEngine::applyReadyPages()
{
    // Pages may be decoded out of order (two workers); they are stored strictly in cursor order.
    while (!m_readyPages.isEmpty()) {
        const qint64 cursor = m_store->cursor();
        while (!m_readyPages.isEmpty() && m_readyPages.firstKey() < cursor)
            m_readyPages.erase(m_readyPages.begin()); // for a cursor we have moved past
        const auto it = m_readyPages.find(cursor);
        if (it == m_readyPages.end())
            break; // its predecessor is still on the way
        const ReadyPage page = it.value();
        m_readyPages.erase(it);
        m_knownHead = std::max(m_knownHead, page.head);
        if (page.more)
            pull(page.next); // unless nextKnown asked for it already
        if (!m_firstSyncReported && !m_firstSyncClock.isValid())
            m_firstSyncClock.start();
        QElapsedTimer applyClock;
        applyClock.start();
        try {
            m_store->applyPage(page.changes, page.next, !page.more);
        } catch (const std::exception &e) {
            qCCritical(lcPull) << "could not apply a page of the feed:" << e.what();
            abandonPull();
            ClientError error;
            error.kind = ClientError::Kind::Protocol;
            error.message = tr("The local cache could not store the server's changes: %1")
                                .arg(QString::fromUtf8(e.what()));
            onTransientFailure(error);
            return;
        }
        if (!m_firstSyncReported) {
            m_firstSyncApplyNs += applyClock.nsecsElapsed();
            ++m_firstSyncPages;
        }
        emit progressChanged(page.next, std::max(page.head, page.next));
        if (page.more)
            continue;
        // The end of the feed as of this page: nothing can be ahead of it.
        abandonPull();
        if (!m_firstSyncReported) {
            m_firstSyncReported = true;
            if (m_firstSyncPages > 1) // not for a cache that was complete already
                qCInfo(lcPull).nospace()
                    << "first sync: " << m_firstSyncPages << " pages in " << m_firstSyncClock.elapsed()
                    << " ms, of which " << m_firstSyncApplyNs / 1000000 << " ms storing them";
            emit firstSyncFinished();
        }
        if (m_pullAgain || m_store->cursor() < m_knownHead)
            schedulePull();
        break;
    }
    if (m_pageRequests.isEmpty() && !m_readyPages.isEmpty()) {
        // A gap no request will fill (not with a well-behaved server): start again from the cursor.
        m_readyPages.clear();
        m_pulling = false;
        schedulePull();
    }
    updateState();
}

// --- push
// -----------------------------------------------------------------------------------------------------

void SyncEngine::schedulePush()
{
    if (!m_running || m_pushScheduled || m_pushing || m_offline)
        return;
    m_pushScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pushScheduled = false;
        push();
    });
}

void SyncEngine::push()
{
    if (!m_running || m_pushing || m_offline)
        return;
    const std::optional<OutboxEntry> entry = m_store->nextPushable();
    if (!entry) {
        updateState();
        return;
    }
    ApiJob *job = nullptr;
    const OutboxEntry &e = *entry;
    if (e.kind == OutboxEntry::Kind::Action && !entities::find(e.actionEntity())) {
        // Written by a newer build of the program: it cannot be sent from here, and must not block the rest.
        qCWarning(lcOutbox) << "entry" << e.id << "is an action on an unknown entity" << e.actionEntity();
        m_store->reject(e, tr("This version of the program cannot send it."));
        schedulePush();
        return;
    }
    if (e.entityId < 0 && e.kind != OutboxEntry::Kind::CreateTicket &&
        e.kind != OutboxEntry::Kind::CreateArticle) {
        // Cannot happen while the outbox keeps its order (the create goes first); log rather than send junk.
        qCWarning(lcOutbox) << "entry" << e.id << "refers to a record not created yet; waiting";
        updateState();
        return;
    }
    switch (e.kind) {
    case OutboxEntry::Kind::CreateTicket:
        job = m_api->createTicket(e.payload, e.idempotencyKey);
        break;
    case OutboxEntry::Kind::PatchTicket:
        job = m_api->patchTicket(e.entityId, e.baseVersion, e.payload, e.idempotencyKey);
        break;
    case OutboxEntry::Kind::PostMessage:
        job = m_api->postMessage(e.entityId, e.payload, e.idempotencyKey);
        break;
    case OutboxEntry::Kind::CreateArticle:
        job = m_api->createArticle(e.payload, e.idempotencyKey);
        break;
    case OutboxEntry::Kind::PatchArticle:
        job = m_api->patchArticle(e.entityId, e.baseVersion, e.payload, e.idempotencyKey);
        break;
    case OutboxEntry::Kind::Action: {
        const QString collection = entities::find(e.actionEntity())->collection;
        const QString path =
            e.entityId > 0
                ? QStringLiteral("%1/%2/%3").arg(collection).arg(e.entityId).arg(e.actionOperation())
                : QStringLiteral("%1/%2").arg(collection, e.actionOperation());
        job = m_api->action(path, e.actionBody(), e.idempotencyKey);
        break;
    }
    }
    m_pushing = true;
    updateState();
    qCDebug(lcOutbox) << "sending" << OutboxEntry::kindName(e.kind) << "entry" << e.id << "for" << e.entityId;
    connect(job, &ApiJob::finished, this, [this, e](ApiJob *j) { onPushed(j, e); });
}

void SyncEngine::onPushed(ApiJob *job, const OutboxEntry &entry)
{
    m_pushing = false;
    if (!m_running)
        return;
    const ClientError error = job->error();
    try {
        if (job->ok()) {
            m_failures = 0;
            m_store->acknowledge(entry, job->json());
            schedulePush();
            return;
        }
        m_store->recordAttempt(entry.id, error.message);
        switch (error.kind) {
        case ClientError::Kind::Conflict: {
            const QJsonObject theirs = error.body.value(QLatin1String("current")).toObject();
            if (!entry.isPatch() || theirs.isEmpty()) {
                m_store->reject(entry, error.message);
                emit editRejected(entry, error.message);
                break;
            }
            const ConflictAnalyzer::Result result =
                ConflictAnalyzer::analyze(entry.baseJson, theirs, entry.payload);
            if (result.mergeable()) {
                if (result.rebasedPatch.isEmpty()) {
                    m_store->acknowledge(entry, theirs); // the server already holds exactly my edit
                } else {
                    qCInfo(lcOutbox) << "entry" << entry.id << "merged onto version"
                                     << theirs.value(QLatin1String("version")).toInteger();
                    m_store->rebase(entry, theirs, result.rebasedPatch);
                }
                break;
            }
            Conflict c;
            c.outboxId = entry.id;
            c.entity = entry.kind == OutboxEntry::Kind::PatchTicket ? QStringLiteral("ticket")
                                                                    : QStringLiteral("article");
            c.entityId = entry.entityId;
            c.fields = result.conflictingFields;
            c.mine = entry.payload;
            c.theirs = theirs;
            c.base = entry.baseJson;
            c.createdAt = Timestamp::nowMs();
            qCInfo(lcOutbox) << "entry" << entry.id << "conflicts on" << c.fields;
            m_store->park(entry, c);
            emit conflictRaised(c);
            break;
        }
        case ClientError::Kind::Unauthorized:
            m_offline = true;
            updateState();
            return; // kept; sent again after a new login
        case ClientError::Kind::Forbidden:
        case ClientError::Kind::NotFound:
        case ClientError::Kind::Rejected:
            qCWarning(lcOutbox) << "entry" << entry.id << "refused:" << error.message;
            m_store->reject(entry, error.message);
            emit editRejected(entry, error.message);
            break;
        default:
            onTransientFailure(error);
            return;
        }
    } catch (const std::exception &e) {
        qCCritical(lcOutbox) << "the local cache failed while storing an answer:" << e.what();
        ClientError local;
        local.kind = ClientError::Kind::Protocol;
        local.message = QString::fromUtf8(e.what());
        onTransientFailure(local);
        return;
    }
    schedulePush();
}

// --- failures and recovery
// ------------------------------------------------------------------------------------

void SyncEngine::onTransientFailure(const ClientError &error)
{
    m_lastError = error;
    ++m_failures;
    m_offline = true;
    qCInfo(lcPull) << "server unreachable (" << error.message << "); retrying";
    emit errorOccurred(error);
    m_recoveryTimer->start(backoffMs(m_failures, m_maxPollMs));
    updateState();
}

void SyncEngine::onRecoveryTimer()
{
    if (!m_running)
        return;
    // A pull is the cheapest question "are you back?"; its success clears m_offline and resumes pushing.
    schedulePull();
    if (m_streamEnabled && !m_stream)
        connectStream();
}

// --- stream
// ---------------------------------------------------------------------------------------------------

void SyncEngine::connectStream()
{
    if (!m_running || !m_streamEnabled)
        return;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
    m_stream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QUrl url = m_api->connection()->url(QStringLiteral("/api/v1/stream"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_api->token());
    if (!m_api->connection()->trustedCertificates().isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_api->connection()->trustedCertificates());
        m_stream->setSslConfiguration(ssl);
    }
    connect(m_stream, &QWebSocket::connected, this, [this] {
        qCInfo(lcStream) << "stream connected";
        m_streamFailures = 0;
        m_pollTimer->stop();
        schedulePull(); // catch up on what happened while it was down
    });
    connect(m_stream, &QWebSocket::textMessageReceived, this, &SyncEngine::onStreamMessage);
    connect(m_stream, &QWebSocket::disconnected, this, &SyncEngine::onStreamDisconnected);
    m_stream->open(request);
}

void SyncEngine::onStreamMessage(const QString &message)
{
    const qint64 seq =
        QJsonDocument::fromJson(message.toUtf8()).object().value(QLatin1String("seq")).toInteger();
    if (seq <= 0)
        return;
    m_knownHead = std::max(m_knownHead, seq);
    if (seq > m_store->cursor())
        schedulePull();
}

void SyncEngine::onStreamDisconnected()
{
    if (!m_running)
        return;
    ++m_streamFailures;
    qCInfo(lcStream) << "stream down; polling and reconnecting";
    if (m_stream) {
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    const int delay = backoffMs(m_streamFailures, m_maxPollMs);
    if (!m_pollTimer->isActive())
        m_pollTimer->start(delay);
    QTimer::singleShot(delay, this, [this] {
        if (m_running && !m_stream)
            connectStream();
    });
}

// --- edits
// ----------------------------------------------------------------------------------------------------

qint64 SyncEngine::createTicket(const QJsonObject &draft)
{
    return m_store->createTicket(draft);
}

void SyncEngine::patchTicket(qint64 id, const QJsonObject &patch)
{
    m_store->patchTicket(id, patch);
}

qint64 SyncEngine::postMessage(qint64 ticketId, const QJsonObject &message)
{
    return m_store->postMessage(ticketId, message);
}

qint64 SyncEngine::createArticle(const QJsonObject &article)
{
    return m_store->createArticle(article);
}

void SyncEngine::patchArticle(qint64 id, const QJsonObject &patch)
{
    m_store->patchArticle(id, patch);
}

bool SyncEngine::resolveConflict(qint64 outboxId, int resolution, const QJsonObject &merged)
{
    const bool done = m_store->resolveConflict(outboxId, LocalStore::Resolution(resolution), merged);
    schedulePush();
    return done;
}

// --- idle
// -----------------------------------------------------------------------------------------------------

bool SyncEngine::isIdle() const
{
    if (!m_running || m_offline || m_pulling || m_pushing || m_pushScheduled)
        return false;
    if (m_store->cursor() < m_knownHead || !m_store->firstSyncDone())
        return false;
    return !m_store->nextPushable().has_value();
}

void SyncEngine::checkIdle()
{
    if (isIdle())
        emit idle();
}

bool SyncEngine::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!isIdle()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer tick;
        connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &SyncEngine::idle, &loop, &QEventLoop::quit);
        tick.start(50);
        loop.exec();
    }
    return true;
}

} // namespace tierdesk
