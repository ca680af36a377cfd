#include "changeshandler.h"

#include "changelog.h"
#include "requestcontext.h"
#include "router.h"

#include <QJsonArray>

namespace tierdesk {

ChangesHandler::ChangesHandler(ServerContext &context)
    : m_context(context)
{
}

void ChangesHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/changes"), [this](RequestContext &ctx) {
        const qint64 since = ctx.queryInt(QStringLiteral("since"), 0, std::numeric_limits<qint64>::max()).value_or(0);
        const int limit = int(ctx.queryInt(QStringLiteral("limit"), 1, MaxLimit).value_or(DefaultLimit));
        const ChangeLog::Page page = m_context.changes.page(ctx.user(), since, limit);
        QJsonArray changes;
        for (const Change &c : page.changes)
            changes.append(c.toJson());
        return HttpResponse::json(200, {{QStringLiteral("changes"), changes},
                                        {QStringLiteral("next"), page.next},
                                        {QStringLiteral("more"), page.more},
                                        {QStringLiteral("head"), page.head}});
    });
}

} // namespace tierdesk
