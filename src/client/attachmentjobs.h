#pragma once

#include "apijob.h"

#include "core/attachmentinfo.h"

namespace tierdesk {

// POST /api/v1/attachments?filename=NAME with the raw bytes. The server's sha256 is checked against ours.
class UploadAttachmentJob : public ApiJob
{
    Q_OBJECT
public:
    UploadAttachmentJob(ApiConnection *connection, const QString &filename, const QByteArray &contentType,
                        const QByteArray &bytes, QObject *parent = nullptr);

    AttachmentInfo attachment() const { return m_attachment; }

protected:
    bool parse(ClientError *error) override;

private:
    QByteArray m_sha256Hex;
    AttachmentInfo m_attachment;
};

// GET /api/v1/attachments/{id}: the bytes. With an expected sha256 (from the message's attachment list)
// a mismatch is an error, never silently shown.
class DownloadAttachmentJob : public ApiJob
{
    Q_OBJECT
public:
    DownloadAttachmentJob(ApiConnection *connection, qint64 id, const QByteArray &expectedSha256Hex = {},
                          QObject *parent = nullptr);

    qint64 attachmentId() const { return m_id; }
    QByteArray bytes() const { return responseBody(); }
    QByteArray contentType() const { return responseHeader("content-type"); }

protected:
    bool parse(ClientError *error) override;
    bool expectsJson() const override { return false; }

private:
    qint64 m_id;
    QByteArray m_expected;
};

} // namespace tierdesk
