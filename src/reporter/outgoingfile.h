#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tierdesk {

// One file to attach to a ticket, as it will be uploaded.
struct OutgoingFile
{
    QString filename;
    QByteArray contentType;
    QByteArray bytes;
};

using OutgoingFiles = QList<OutgoingFile>;

} // namespace tierdesk
