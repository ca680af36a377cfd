#include "server/resources/attachments/attachmentsresource.h"

#include "server/servercontext.h"

namespace tierdesk {

AttachmentsResource::AttachmentsResource(ServerContext &context)
    : m_repository(context.db, context.config)
    , m_handler(context, m_repository)
{}

QList<Migration> AttachmentsResource::migrations() const
{
    return {
        {1,
         QStringLiteral("attachments and their messages"),
         {
             QStringLiteral("CREATE TABLE attachments (id {pk}, sha256 TEXT NOT NULL, size BIGINT NOT NULL,"
                            " content_type TEXT NOT NULL, filename TEXT NOT NULL,"
                            " uploader_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE message_attachments ("
                            " message_id BIGINT NOT NULL REFERENCES messages(id),"
                            " attachment_id BIGINT NOT NULL REFERENCES attachments(id),"
                            " PRIMARY KEY (message_id, attachment_id))"),
             QStringLiteral(
                 "CREATE INDEX message_attachments_attachment ON message_attachments (attachment_id)"),
         },
         {},
         {},
         1},
    };
}

void AttachmentsResource::registerRoutes(Router &router)
{
    m_handler.registerRoutes(router);
}

} // namespace tierdesk
