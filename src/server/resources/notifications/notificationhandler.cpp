#include "server/resources/notifications/notificationhandler.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/resources/notifications/notificationrepository.h"

#include <QJsonArray>

namespace tierdesk {

NotificationHandler::NotificationHandler(NotificationRepository &notifications)
    : m_notifications(notifications)
{}

void NotificationHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/notifications"), [this](RequestContext &ctx) {
        const int limit = int(ctx.queryInt(QStringLiteral("limit"), 1, MaxLimit).value_or(DefaultLimit));
        // The cursor is the id to continue before; clients treat it as opaque.
        std::optional<qint64> before;
        if (const auto cursor = ctx.queryString(QStringLiteral("cursor"), 20)) {
            bool ok = false;
            const qint64 id = cursor->toLongLong(&ok);
            if (!ok || id < 1)
                throw ApiError::badRequest(
                    QStringLiteral("bad_parameter"),
                    QStringLiteral("Query parameter 'cursor' is not a cursor this server handed out; "
                                   "start from the first page."));
            before = id;
        }
        const NotificationRepository::Page page = m_notifications.list(ctx.user().id, limit, before);
        QJsonArray items;
        for (const Notification &n : page.items)
            items.append(n.toJson());
        return HttpResponse::json(200, {{QStringLiteral("items"), items},
                                        {QStringLiteral("next"),
                                         page.next ? QJsonValue(QString::number(*page.next)) : QJsonValue()},
                                        {QStringLiteral("unread"), page.unread}});
    });
    router.add("POST", QStringLiteral("/api/v1/notifications/read-all"), [this](RequestContext &ctx) {
        return HttpResponse::json(200,
                                  {{QStringLiteral("updated"), m_notifications.markAllRead(ctx.user().id)}});
    });
    router.add("POST", QStringLiteral("/api/v1/notifications/{id}/read"), [this](RequestContext &ctx) {
        return HttpResponse::json(200, m_notifications.markRead(ctx.user().id, ctx.idParam()).toJson());
    });
}

} // namespace tierdesk
