#pragma once

namespace tierdesk {

class NotificationRepository;
class Router;

// GET /api/v1/notifications, POST /api/v1/notifications/{id}/read, POST /api/v1/notifications/read-all:
// every user, customers included, sees and marks only their own.
class NotificationHandler
{
public:
    explicit NotificationHandler(NotificationRepository &notifications);
    void registerRoutes(Router &router);

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 200;

private:
    NotificationRepository &m_notifications;
};

} // namespace tierdesk
