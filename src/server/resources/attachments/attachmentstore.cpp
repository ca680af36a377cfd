#include "server/resources/attachments/attachmentstore.h"

#include "server/resources/attachments/attachmenttable.h"
#include "server/resources/domainerror.h"
#include "server/serverconfig.h"
#include "server/storage/database.h"

#include "core/timestamp.h"
#include "core/user.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcAttachments, "tierdesk.server.attachments")

namespace tierdesk {
namespace {

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace

AttachmentStore::AttachmentStore(Database &db, const ServerConfig &config)
    : m_db(db)
    , m_config(config)
{}

QString AttachmentStore::pathFor(const QString &sha256) const
{
    // The digest comes from our own table, but it becomes a path: never let anything else through.
    if (!isSha256Hex(sha256))
        return {};
    // Two levels of 256 folders keep any one directory small even with millions of files.
    return m_config.attachmentDir() + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') +
           sha256.mid(2, 2) + QLatin1Char('/') + sha256;
}

AttachmentInfo AttachmentStore::store(const QByteArray &bytes, const QString &filename,
                                      const QString &contentType, qint64 uploaderId)
{
    AttachmentInfo info;
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    info.size = bytes.size();
    info.contentType = contentType;
    info.filename = AttachmentInfo::sanitisedFilename(filename);
    info.uploaderId = uploaderId;
    info.createdAt = Timestamp::nowMs();

    const QString path = pathFor(info.sha256);
    const QFileInfo existing(path);
    // Same digest and size: the same content is already there (identical files are stored once). A file of
    // another size under this name is damaged and gets replaced below.
    if (!(existing.isFile() && existing.size() == info.size)) {
        if (!QDir().mkpath(existing.absolutePath())) {
            qCCritical(lcAttachments) << "cannot create folder" << existing.absolutePath();
            throw std::runtime_error("cannot create the attachment folder");
        }
        // QSaveFile writes a temporary file and renames it over the target only after flushing it to disk:
        // readers (and a restart after a crash) see the whole file or none. Two uploads of the same content
        // racing here both rename identical bytes into place, which is harmless.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            qCCritical(lcAttachments) << "cannot write" << path << ":" << file.errorString();
            throw std::runtime_error("cannot write the attachment file");
        }
        qCDebug(lcAttachments) << "stored" << info.size << "bytes as" << info.sha256;
    }

    info.id = attachmentTable().insert(m_db, info);
    return info;
}

std::optional<AttachmentInfo> AttachmentStore::info(qint64 id)
{
    Statement st = m_db.prepare(attachmentTable().selectSql() + QStringLiteral(" WHERE id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return attachmentTable().read(st);
}

QByteArray AttachmentStore::read(const AttachmentInfo &info)
{
    const QString path = pathFor(info.sha256);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAttachments) << "file of attachment" << info.id << "is missing:" << path;
        throw DomainError::notFound(
            QStringLiteral("The file of attachment %1 is no longer stored.").arg(info.id));
    }
    QByteArray bytes = file.readAll();
    // A short file would go out under an ETag that promises other bytes; better to say it is gone.
    if (bytes.size() != info.size) {
        qCWarning(lcAttachments) << "file of attachment" << info.id << "has" << bytes.size()
                                 << "bytes instead of" << info.size << ":" << path;
        throw DomainError::notFound(
            QStringLiteral("The file of attachment %1 is no longer stored.").arg(info.id));
    }
    return bytes;
}

bool AttachmentStore::mayRead(const User &viewer, qint64 attachmentId)
{
    if (isStaff(viewer.role)) {
        Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE id = ?"));
        st.bind(attachmentId).exec();
        return st.next();
    }
    // Only public messages count: a file that a customer's ticket carries only in an internal note is for
    // staff, even though the ticket is the customer's.
    Statement st = m_db.prepare(
        QStringLiteral("SELECT 1 FROM attachments a WHERE a.id = ? AND (a.uploader_id = ? OR EXISTS ("
                       "SELECT 1 FROM message_attachments ma JOIN messages m ON m.id = ma.message_id"
                       " JOIN tickets t ON t.id = m.ticket_id"
                       " WHERE ma.attachment_id = a.id AND m.kind = ? AND t.requester_id = ?))"));
    st.bind(attachmentId).bind(viewer.id).bind(toString(MessageKind::Public)).bind(viewer.id).exec();
    return st.next();
}

} // namespace tierdesk
