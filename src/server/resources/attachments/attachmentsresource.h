#pragma once

#include "server/resources/attachments/attachmenthandler.h"
#include "server/resources/attachments/attachmentstore.h"
#include "server/resources/resource.h"

namespace tierdesk {

struct ServerContext;

// Uploaded files and their links to messages.
class AttachmentsResource : public Resource
{
public:
    explicit AttachmentsResource(ServerContext &context);

    QString name() const override { return QStringLiteral("attachments"); }
    QList<Migration> migrations() const override;
    void registerRoutes(Router &router) override;

    AttachmentStore &repository() { return m_repository; }

private:
    AttachmentStore m_repository;
    AttachmentHandler m_handler;
};

} // namespace tierdesk
