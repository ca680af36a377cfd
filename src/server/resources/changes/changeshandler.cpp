#include "server/resources/changes/changeshandler.h"

#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/storage/changelog.h"

#include <QJsonArray>

namespace tierdesk {

ChangesHandler::ChangesHandler(ServerContext &context)
    : m_context(context)
{}

void ChangesHandler::registerRoutes(Router &router)
{
    // The WebSocket that tells clients the feed has grown ({"seq": N}); what changed is read from /changes.
    router.addStream(QStringLiteral("/api/v1/stream"));
    router.add("GET", QStringLiteral("/api/v1/changes"), [this](RequestContext &ctx) {
        const qint64 since =
            ctx.queryInt(QStringLiteral("since"), 0, std::numeric_limits<qint64>::max()).value_or(0);
        const int limit = int(ctx.queryInt(QStringLiteral("limit"), 1, MaxLimit).value_or(DefaultLimit));
        const ChangeLog::Page page = m_context.changes.page(ctx.user(), since, limit);
        // Built by hand: each change's data is spliced in as stored (see Change::rawData).
        HttpResponse response;
        response.status = 200;
        QByteArray &body = response.body;
        body.reserve(qsizetype(page.changes.size()) * 600 + 100);
        body += "{\"changes\":[";
        for (qsizetype i = 0; i < page.changes.size(); ++i) {
            if (i > 0)
                body += ',';
            page.changes.at(i).appendJson(body);
        }
        body += "],\"next\":";
        body += QByteArray::number(page.next);
        body += ",\"more\":";
        body += page.more ? "true" : "false";
        body += ",\"head\":";
        body += QByteArray::number(page.head);
        body += '}';
        // The cursor again in headers, so that a client can ask for the next page as soon as this one has
        // arrived and parse it while the server reads the next (pipelined first sync).
        response.withHeader("Tierdesk-Next", QByteArray::number(page.next))
            .withHeader("Tierdesk-More", page.more ? "true" : "false");
        return response;
    });
}

} // namespace tierdesk
