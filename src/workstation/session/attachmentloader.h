#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>

namespace tierdesk {

class ApiClient;
class DownloadAttachmentJob;
class LocalStore;

// Attachment bytes for the views: from the cache's LRU attachment store when there, else downloaded once
// (DownloadAttachmentJob checks the sha256) and put into that store. Several views asking for the same file
// share one download. Answers always arrive as signals, also for cached files (queued), so callers have one
// code path.
class AttachmentLoader : public QObject
{
    Q_OBJECT

public:
    AttachmentLoader(ApiClient *api, LocalStore *store, QObject *parent = nullptr);

    void request(qint64 attachmentId, const QByteArray &sha256Hex = {});
    bool isLoading(qint64 attachmentId) const { return m_inFlight.contains(attachmentId); }

signals:
    void loaded(qint64 attachmentId, const QByteArray &bytes);
    void failed(qint64 attachmentId, const QString &message);

private:
    void onFinished(DownloadAttachmentJob *job);

    ApiClient *m_api;
    LocalStore *m_store;
    QHash<qint64, DownloadAttachmentJob *> m_inFlight;
};

} // namespace tierdesk
