#include "server/resources/system/systemhandler.h"

#include "server/http/requestcontext.h"
#include "server/http/router.h"

#include <QFile>

namespace tierdesk {

void SystemHandler::registerRoutes(Router &router)
{
    router.add(
        "GET", QStringLiteral("/healthz"),
        [](RequestContext &) {
            return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
        },
        Router::Options{Router::Access::Public, Router::Body::Json, Router::Execution::Inline});
    router.add(
        "GET", QStringLiteral("/api/v1/openapi.json"),
        [](RequestContext &) {
            static const QByteArray document = [] {
                QFile file(QStringLiteral(":/tierdesk/openapi.json"));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("{}");
            }();
            HttpResponse r;
            r.body = document;
            return r;
        },
        Router::Options{Router::Access::Public, Router::Body::Json, Router::Execution::Inline});
}

} // namespace tierdesk
