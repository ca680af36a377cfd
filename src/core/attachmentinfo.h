#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tierdesk {

// What is known about an uploaded file; the bytes themselves travel separately.
struct AttachmentInfo
{
    qint64 id = 0;
    QString sha256; // lower-case hex
    qint64 size = 0;
    QString contentType;
    QString filename;
    qint64 uploaderId = 0;
    qint64 createdAt = 0;

    // Keeps only the last path component and drops control and path characters, so a name can never
    // climb out of a folder or smuggle a header; empty results become "attachment".
    static QString sanitisedFilename(const QString &name);

    QJsonObject toJson() const;
    static std::optional<AttachmentInfo> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
