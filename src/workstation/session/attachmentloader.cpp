#include "workstation/session/attachmentloader.h"

#include "client/apiclient.h"
#include "client/localstore.h"

#include <QCryptographicHash>
#include <QTimer>

namespace tierdesk {

AttachmentLoader::AttachmentLoader(ApiClient *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{}

void AttachmentLoader::request(qint64 attachmentId, const QByteArray &sha256Hex)
{
    if (m_inFlight.contains(attachmentId))
        return;
    if (const auto cached = m_store->cachedAttachment(attachmentId)) {
        const QByteArray bytes = *cached;
        QTimer::singleShot(0, this, [this, attachmentId, bytes] { emit loaded(attachmentId, bytes); });
        return;
    }
    if (m_api->token().isEmpty()) {
        QTimer::singleShot(0, this, [this, attachmentId] {
            emit failed(attachmentId, tr("Sign in to download this attachment."));
        });
        return;
    }
    DownloadAttachmentJob *job = m_api->downloadAttachment(attachmentId, sha256Hex);
    m_inFlight.insert(attachmentId, job);
    connect(job, &ApiJob::finished, this, [this, job] { onFinished(job); });
}

void AttachmentLoader::onFinished(DownloadAttachmentJob *job)
{
    const qint64 id = job->attachmentId();
    m_inFlight.remove(id);
    if (!job->ok()) {
        const ClientError e = job->error();
        const QString message = e.isTransient()
                                    ? tr("The attachment cannot be downloaded while offline.")
                                    : tr("The attachment could not be downloaded: %1").arg(e.message);
        emit failed(id, message);
        return;
    }
    const QByteArray bytes = job->bytes();
    m_store->cacheAttachment(id, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), bytes);
    emit loaded(id, bytes);
}

} // namespace tierdesk
