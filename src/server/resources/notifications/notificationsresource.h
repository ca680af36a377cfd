#pragma once

#include "server/resources/notifications/notificationhandler.h"
#include "server/resources/notifications/notificationrepository.h"
#include "server/resources/resource.h"

namespace tierdesk {

struct ServerContext;

// What each user is told: their own list, read state, and the change feed's "notification" entity for them
// alone. Resources registered after it notify through repository().
class NotificationsResource : public Resource
{
public:
    explicit NotificationsResource(ServerContext &context);

    QString name() const override { return QStringLiteral("notifications"); }
    QList<Migration> migrations() const override;
    void registerRoutes(Router &router) override;

    NotificationRepository &repository() { return m_repository; }

private:
    NotificationRepository m_repository;
    NotificationHandler m_handler;
};

} // namespace tierdesk
