#include "reporter/sendqueue.h"

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSendQueue, "tierdesk.reporter.sendqueue")

namespace tierdesk {

namespace {

const QLatin1String EntryFile("entry.json");
constexpr int MaximumBackoffMs = 60000;

QString kindName(SendQueue::Kind kind)
{
    return kind == SendQueue::Kind::Ticket ? QStringLiteral("ticket") : QStringLiteral("message");
}

QString stateName(SendQueue::State state)
{
    switch (state) {
    case SendQueue::State::Uploading:
        return QStringLiteral("uploading");
    case SendQueue::State::HandingOver:
        return QStringLiteral("handing_over");
    case SendQueue::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("uploading");
}

SendQueue::State stateFromName(const QString &name)
{
    if (name == QLatin1String("handing_over"))
        return SendQueue::State::HandingOver;
    if (name == QLatin1String("failed"))
        return SendQueue::State::Failed;
    return SendQueue::State::Uploading;
}

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &v : value.toArray())
        ids.append(v.toInteger());
    return ids;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

int SendQueue::Entry::uploadedCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const File &f) { return f.attachmentId > 0; }));
}

QList<qint64> SendQueue::Entry::attachmentIds() const
{
    QList<qint64> ids;
    for (const File &f : files)
        ids.append(f.attachmentId);
    return ids;
}

SendQueue::SendQueue(ApiClient *api, SyncEngine *engine, LocalStore *store, const QString &directory,
                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_engine(engine)
    , m_store(store)
    , m_directory(directory)
{
    qRegisterMetaType<tierdesk::SendQueue::Kind>();
    QDir().mkpath(m_directory);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SendQueue::work);
    if (m_store) {
        connect(m_store, &LocalStore::changed, this, [this](const StoreChange &change) {
            onStoreChanged(change.ticketIds, change.entities.contains(QStringLiteral("outbox")));
        });
    }
    if (m_engine) {
        // The engine notices a returning network first (stream, polling); uploads follow it.
        connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
            if (state == SyncEngine::State::Online && m_failures > 0)
                retryNow();
        });
    }
}

SendQueue::~SendQueue()
{
    if (m_job)
        m_job->abort();
}

void SendQueue::start()
{
    m_running = true;
    scheduleWork();
}

void SendQueue::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_job)
        m_job->abort();
}

void SendQueue::retryNow()
{
    m_failures = 0;
    if (m_running && !m_job)
        scheduleWork();
}

QStringList SendQueue::entryIds() const
{
    QStringList ids = QDir(m_directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    ids.erase(std::remove_if(ids.begin(), ids.end(),
                             [this](const QString &id) {
                                 return !QFile::exists(
                                     QDir(m_directory).filePath(id + QLatin1Char('/') + EntryFile));
                             }),
              ids.end());
    return ids;
}

QList<SendQueue::Entry> SendQueue::entries() const
{
    QList<Entry> list;
    for (const QString &id : entryIds()) {
        if (auto entry = read(id))
            list.append(*entry);
    }
    return list;
}

int SendQueue::pendingCount() const
{
    int count = 0;
    for (const Entry &entry : entries()) {
        if (entry.state != State::Failed)
            ++count;
    }
    return count;
}

bool SendQueue::isIdle() const
{
    return !m_job && pendingCount() == 0;
}

bool SendQueue::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!isIdle()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

std::optional<SendQueue::Entry> SendQueue::read(const QString &id) const
{
    QFile file(QDir(m_directory).filePath(id + QLatin1Char('/') + EntryFile));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return std::nullopt;
    Entry entry;
    entry.id = id;
    entry.kind = json.value(QLatin1String("kind")).toString() == QLatin1String("message") ? Kind::Message
                                                                                          : Kind::Ticket;
    entry.ticketId = json.value(QLatin1String("ticket_id")).toInteger();
    entry.payload = json.value(QLatin1String("payload")).toObject();
    entry.state = stateFromName(json.value(QLatin1String("state")).toString());
    entry.error = json.value(QLatin1String("error")).toString();
    entry.createdAt = json.value(QLatin1String("created_at")).toInteger();
    for (const QJsonValue &v : json.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file;
        file.name = f.value(QLatin1String("name")).toString();
        file.contentType = f.value(QLatin1String("content_type")).toString().toLatin1();
        file.storedName = f.value(QLatin1String("file")).toString();
        file.idempotencyKey = f.value(QLatin1String("key")).toString().toLatin1();
        file.size = f.value(QLatin1String("size")).toInteger();
        file.sha256 = f.value(QLatin1String("sha256")).toString().toLatin1();
        file.attachmentId = f.value(QLatin1String("attachment_id")).toInteger();
        entry.files.append(file);
    }
    return entry;
}

bool SendQueue::write(const Entry &entry, QString *error) const
{
    QJsonArray files;
    for (const File &f : entry.files) {
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("content_type"), QString::fromLatin1(f.contentType)},
                                 {QStringLiteral("file"), f.storedName},
                                 {QStringLiteral("key"), QString::fromLatin1(f.idempotencyKey)},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)},
                                 {QStringLiteral("attachment_id"), f.attachmentId}});
    }
    const QJsonObject json{
        {QStringLiteral("kind"), kindName(entry.kind)},    {QStringLiteral("ticket_id"), entry.ticketId},
        {QStringLiteral("payload"), entry.payload},        {QStringLiteral("files"), files},
        {QStringLiteral("state"), stateName(entry.state)}, {QStringLiteral("error"), entry.error},
        {QStringLiteral("created_at"), entry.createdAt}};
    // QSaveFile: entry.json is either the old or the new one, never half written.
    QSaveFile file(QDir(m_directory).filePath(entry.id + QLatin1Char('/') + EntryFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcSendQueue) << "cannot write" << entry.id << file.errorString();
        return false;
    }
    return true;
}

QString SendQueue::enqueueTicket(const QJsonObject &draft, const OutgoingFiles &files, QString *error)
{
    return enqueue(Kind::Ticket, 0, draft, files, error);
}

QString SendQueue::enqueueMessage(qint64 ticketId, const QJsonObject &message, const OutgoingFiles &files,
                                  QString *error)
{
    return enqueue(Kind::Message, ticketId, message, files, error);
}

QString SendQueue::enqueue(Kind kind, qint64 ticketId, const QJsonObject &payload, const OutgoingFiles &files,
                           QString *error)
{
    Entry entry;
    entry.createdAt = QDateTime::currentMSecsSinceEpoch();
    entry.id = QStringLiteral("%1-%2-%3")
                   .arg(entry.createdAt, 13, 10, QLatin1Char('0'))
                   .arg(++m_sequence, 4, 10, QLatin1Char('0'))
                   .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    entry.kind = kind;
    entry.ticketId = ticketId;
    entry.payload = payload;

    if (files.isEmpty() && pendingCount() == 0 && m_engine) {
        // Nothing to upload and nothing to wait for: the outbox takes it as it is.
        const qint64 localId = pushToEngine(entry, payload);
        emit handedOver(entry.id, kind, kind == Kind::Ticket ? localId : ticketId, localId);
        return entry.id;
    }

    const QDir dir(QDir(m_directory).filePath(entry.id));
    if (!QDir().mkpath(dir.path())) {
        *error = tr("Cannot create the folder %1 for the files to send.")
                     .arg(QDir::toNativeSeparators(dir.path()));
        return {};
    }
    for (int i = 0; i < files.size(); ++i) {
        const OutgoingFile &source = files.at(i);
        File file;
        file.name = source.filename;
        file.contentType = source.contentType;
        file.storedName = QStringLiteral("file-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        file.idempotencyKey = ApiClient::newIdempotencyKey();
        file.size = source.bytes.size();
        file.sha256 = QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex();
        QSaveFile out(dir.filePath(file.storedName));
        if (!out.open(QIODevice::WriteOnly) || out.write(source.bytes) != source.bytes.size() ||
            !out.commit()) {
            *error = tr("Cannot keep %1 for sending: %2").arg(source.filename, out.errorString());
            QDir(dir).removeRecursively();
            return {};
        }
        entry.files.append(file);
    }
    // entry.json last: a folder without it is an interrupted enqueue and is ignored.
    QString why;
    if (!write(entry, &why)) {
        *error = tr("Cannot keep the report for sending: %1").arg(why);
        QDir(dir).removeRecursively();
        return {};
    }
    qCDebug(lcSendQueue) << "queued" << entry.id << kindName(kind) << files.size() << "files";
    emit changed();
    if (m_running)
        scheduleWork();
    return entry.id;
}

bool SendQueue::removeEntry(const QString &id)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !entryIds().contains(id))
        return false;
    const bool removed = QDir(QDir(m_directory).filePath(id)).removeRecursively();
    emit changed();
    return removed;
}

void SendQueue::scheduleWork(int delayMs)
{
    if (!m_running)
        return;
    m_timer.start(delayMs);
}

void SendQueue::work()
{
    if (!m_running || m_job)
        return;
    for (const QString &id : entryIds()) {
        std::optional<Entry> entry = read(id);
        if (!entry || entry->state == State::Failed)
            continue;
        if (entry->state == State::HandingOver) {
            handOver(*entry);
            return;
        }
        for (int i = 0; i < entry->files.size(); ++i) {
            if (entry->files.at(i).attachmentId <= 0) {
                upload(*entry, i);
                return;
            }
        }
        handOver(*entry);
        return;
    }
}

void SendQueue::upload(const Entry &entry, int fileIndex)
{
    if (!m_api)
        return;
    const File &file = entry.files.at(fileIndex);
    QFile source(QDir(m_directory).filePath(entry.id + QLatin1Char('/') + file.storedName));
    if (!source.open(QIODevice::ReadOnly)) {
        fail(entry, tr("The file %1 kept for sending is gone: %2").arg(file.name, source.errorString()));
        return;
    }
    const QByteArray bytes = source.readAll();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != file.sha256) {
        fail(entry, tr("The file %1 kept for sending was changed on disk; it is not sent.").arg(file.name));
        return;
    }
    emit uploadProgress(entry.id, entry.uploadedCount(), int(entry.files.size()));
    auto *job = new UploadAttachmentJob(m_api->connection(), file.name, file.contentType, bytes, this);
    // The stored key: a repeat of this upload, even after a restart, gets the first attachment back.
    job->setIdempotencyKey(file.idempotencyKey);
    m_job = job;
    const QString entryId = entry.id;
    connect(job, &ApiJob::finished, this,
            [this, job, entryId, fileIndex](ApiJob *) { onUploaded(job, entryId, fileIndex); });
    job->start();
}

void SendQueue::onUploaded(UploadAttachmentJob *job, const QString &entryId, int fileIndex)
{
    m_job = nullptr;
    std::optional<Entry> entry = read(entryId);
    if (!entry) // removed meanwhile
        return scheduleWork();
    if (job->ok()) {
        m_failures = 0;
        entry->files[fileIndex].attachmentId = job->attachment().id;
        write(*entry);
        emit uploadProgress(entry->id, entry->uploadedCount(), int(entry->files.size()));
        emit changed();
        return scheduleWork();
    }
    const ClientError error = job->error();
    if (error.kind == ClientError::Kind::Cancelled)
        return; // stop()
    if (error.isTransient() || error.kind == ClientError::Kind::Unauthorized) {
        // The network or the server will come back; a new login brings a new token (retryNow()).
        const int delay = qMin(MaximumBackoffMs, 1000 << qMin(m_failures, 6));
        ++m_failures;
        qCInfo(lcSendQueue) << "upload of" << entryId << "waits" << delay << "ms:" << error.message;
        emit waitingForServer(error);
        return scheduleWork(delay);
    }
    fail(*entry, tr("The server did not take %1: %2").arg(entry->files.at(fileIndex).name, error.message));
}

qint64 SendQueue::pushToEngine(const Entry &entry, const QJsonObject &body)
{
    if (entry.kind == Kind::Ticket)
        return m_engine->createTicket(body);
    return m_engine->postMessage(entry.ticketId, body);
}

bool SendQueue::alreadyHandedOver(const Entry &entry) const
{
    if (!m_store)
        return false;
    const QList<qint64> ids = entry.attachmentIds();
    const QString body = entry.payload.value(QLatin1String("body")).toString();
    const OutboxEntry::Kind kind =
        entry.kind == Kind::Ticket ? OutboxEntry::Kind::CreateTicket : OutboxEntry::Kind::PostMessage;
    for (const OutboxEntry &queued : m_store->outbox()) {
        if (queued.kind == kind && queued.payload.value(QLatin1String("body")).toString() == body &&
            idList(queued.payload.value(QLatin1String("attachment_ids"))) == ids)
            return true;
    }
    // Already sent: a message of ours with exactly these attachments (ids are unique per upload). Without
    // attachments the body has to do.
    const qint64 me = m_store->currentUser().value(QLatin1String("id")).toInteger();
    const QList<QJsonObject> tickets =
        entry.kind == Kind::Message && entry.ticketId > 0
            ? QList<QJsonObject>{QJsonObject{{QStringLiteral("id"), entry.ticketId}}}
            : m_store->tickets();
    for (const QJsonObject &ticket : tickets) {
        for (const QJsonObject &message : m_store->messages(ticket.value(QLatin1String("id")).toInteger())) {
            if (message.value(QLatin1String("author_id")).toInteger() != me)
                continue;
            const QList<qint64> theirs = idList(message.value(QLatin1String("attachment_ids")));
            if (!ids.isEmpty() ? theirs == ids : message.value(QLatin1String("body")).toString() == body)
                return true;
        }
    }
    return false;
}

void SendQueue::handOver(Entry entry)
{
    if (!m_engine)
        return;
    if (entry.state == State::HandingOver && alreadyHandedOver(entry)) {
        qCInfo(lcSendQueue) << entry.id << "was handed over before an interruption; not sent again";
        QDir(QDir(m_directory).filePath(entry.id)).removeRecursively();
        emit changed();
        return scheduleWork();
    }
    if (entry.kind == Kind::Message && entry.ticketId < 0 && m_store && !m_store->ticket(entry.ticketId)) {
        fail(entry, tr("The ticket this reply belongs to could not be created, so the reply was not sent."));
        return;
    }
    QJsonObject body = entry.payload;
    const QList<qint64> ids = entry.attachmentIds();
    if (!ids.isEmpty())
        body.insert(QStringLiteral("attachment_ids"), idArray(ids));
    entry.state = State::HandingOver;
    if (!write(entry))
        return scheduleWork(1000);
    const qint64 localId = pushToEngine(entry, body);
    QDir(QDir(m_directory).filePath(entry.id)).removeRecursively();
    qCDebug(lcSendQueue) << "handed over" << entry.id << "as" << localId;
    emit handedOver(entry.id, entry.kind, entry.kind == Kind::Ticket ? localId : entry.ticketId, localId);
    emit changed();
    scheduleWork();
}

void SendQueue::fail(Entry entry, const QString &reason)
{
    entry.state = State::Failed;
    entry.error = reason;
    write(entry);
    qCWarning(lcSendQueue) << entry.id << "failed:" << reason;
    emit entryFailed(entry.id, reason);
    emit changed();
    scheduleWork();
}

void SendQueue::onStoreChanged(const QSet<qint64> &ticketIds, bool outboxChanged)
{
    // LocalStore::acknowledge() of a ticket created offline reports its stand-in (negative) id and its real
    // one in the same change; the stand-in is gone afterwards.
    if (!outboxChanged || !m_store)
        return;
    QList<qint64> gone;
    QList<qint64> present;
    for (qint64 id : ticketIds) {
        if (id < 0 && !m_store->ticket(id))
            gone.append(id);
        else if (id > 0)
            present.append(id);
    }
    if (gone.size() != 1 || present.size() != 1)
        return;
    for (Entry entry : entries()) {
        if (entry.kind == Kind::Message && entry.ticketId == gone.first()) {
            entry.ticketId = present.first();
            write(entry);
        }
    }
}

} // namespace tierdesk
