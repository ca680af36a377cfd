#pragma once

#include "core/attachmentinfo.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tierdesk {

class Database;
struct ServerConfig;
struct User;

// Uploaded files. The bytes live on disk, content-addressed by SHA-256 under config.attachmentDir()
// ("ab/cd/abcd…"), so identical uploads share one file; the attachments table holds one row per upload (its
// own name, type and uploader). Who may read what is decided here, next to the data it depends on.
class AttachmentStore
{
public:
    AttachmentStore(Database &db, const ServerConfig &config);

    // Writes the file (unless that content is already stored) and records a new attachment. The row is
    // inserted into the current transaction; the file is written first and atomically, so a crash or a
    // rollback can leave at most an unreferenced file, never a row without its bytes or half a file.
    // Throws std::runtime_error when the disk refuses the write.
    AttachmentInfo store(const QByteArray &bytes, const QString &filename, const QString &contentType,
                         qint64 uploaderId);

    std::optional<AttachmentInfo> info(qint64 id);

    // The stored bytes; ApiError 404 when the file is gone or damaged (logged: it means data loss).
    QByteArray read(const AttachmentInfo &info);

    // Staff may read every attachment. A customer may read one they uploaded, or one linked to a public
    // message of a ticket they requested — never one that only an internal note carries.
    bool mayRead(const User &viewer, qint64 attachmentId);

    // Where the bytes with this digest live (empty for anything that is not a SHA-256 hex digest).
    QString pathFor(const QString &sha256) const;

private:
    Database &m_db;
    const ServerConfig &m_config;
};

} // namespace tierdesk
