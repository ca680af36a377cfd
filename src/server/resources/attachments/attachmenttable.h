#pragma once

#include "server/storage/table.h"

#include "core/attachmentinfo.h"

namespace tierdesk {

// The attachments table's columns, for every part that reads or writes attachment rows.
inline const Table<AttachmentInfo> &attachmentTable()
{
    using T = Table<AttachmentInfo>;
    static const T table(QStringLiteral("attachments"),
                         {
                             T::key("id", &AttachmentInfo::id),
                             T::field("sha256", &AttachmentInfo::sha256),
                             T::field("size", &AttachmentInfo::size),
                             T::field("content_type", &AttachmentInfo::contentType),
                             T::field("filename", &AttachmentInfo::filename),
                             T::field("uploader_id", &AttachmentInfo::uploaderId),
                             T::field("created_at", &AttachmentInfo::createdAt),
                         });
    return table;
}

} // namespace tierdesk
