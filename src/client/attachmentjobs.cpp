#include "attachmentjobs.h"

#include <QCryptographicHash>
#include <QUrl>

namespace tierdesk {

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString uploadPath(const QString &filename)
{
    return QStringLiteral("/api/v1/attachments?filename=") +
           QString::fromLatin1(QUrl::toPercentEncoding(filename));
}

} // namespace

UploadAttachmentJob::UploadAttachmentJob(ApiConnection *connection, const QString &filename,
                                         const QByteArray &contentType, const QByteArray &bytes,
                                         QObject *parent)
    : ApiJob(connection, "POST", uploadPath(filename), parent)
    , m_sha256Hex(sha256Hex(bytes))
{
    setRawBody(bytes, contentType);
}

bool UploadAttachmentJob::parse(ClientError *error)
{
    const std::optional<AttachmentInfo> info = AttachmentInfo::fromJson(json());
    error->httpStatus = httpStatus();
    if (!info) {
        error->kind = ClientError::Kind::Protocol;
        error->message = QStringLiteral("The server accepted the file but did not say under which id.");
        return false;
    }
    if (info->sha256.toLatin1().toLower() != m_sha256Hex) {
        error->kind = ClientError::Kind::Protocol;
        error->message =
            QStringLiteral("The file arrived damaged: the server computed the checksum %1, but the "
                           "file sent has %2.")
                .arg(info->sha256, QString::fromLatin1(m_sha256Hex));
        return false;
    }
    m_attachment = *info;
    return true;
}

DownloadAttachmentJob::DownloadAttachmentJob(ApiConnection *connection, qint64 id,
                                             const QByteArray &expectedSha256Hex, QObject *parent)
    : ApiJob(connection, "GET", QStringLiteral("/api/v1/attachments/%1").arg(id), parent)
    , m_id(id)
    , m_expected(expectedSha256Hex.trimmed().toLower())
{
    setHeader("Accept", "*/*");
}

bool DownloadAttachmentJob::parse(ClientError *error)
{
    if (m_expected.isEmpty())
        return true;
    const QByteArray actual = sha256Hex(responseBody());
    if (actual == m_expected)
        return true;
    error->kind = ClientError::Kind::Protocol;
    error->httpStatus = httpStatus();
    error->message = QStringLiteral("Attachment %1 arrived damaged: its checksum is %2, but %3 was expected. "
                                    "It is not shown.")
                         .arg(m_id)
                         .arg(QString::fromLatin1(actual), QString::fromLatin1(m_expected));
    return false;
}

} // namespace tierdesk
