#include "server/auth/authhandler.h"

#include "server/auth/authservice.h"
#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/resources/users/userrepository.h"

#include "core/jsonreader.h"

#include <QJsonArray>

namespace tierdesk {

AuthHandler::AuthHandler(ServerContext &context, AuthService &auth)
    : m_context(context)
    , m_auth(auth)
{}

void AuthHandler::registerRoutes(Router &router)
{
    router.add(
        "POST", QStringLiteral("/api/v1/auth/login"),
        [this](RequestContext &ctx) {
            JsonReader reader(ctx.jsonBody());
            const QString login = reader.requiredString(QStringLiteral("login"), 1, 200);
            const QString password =
                reader.requiredString(QStringLiteral("password"), 0, 1000, JsonReader::Whitespace::Keep);
            reader.rejectUnknownFields();
            if (!reader.ok())
                throw ApiError::validation(reader.error());
            const AuthService::LoginResult result = m_auth.login(login, password);
            return HttpResponse::json(200, {{QStringLiteral("token"), result.token},
                                            {QStringLiteral("user"), result.user.toJson()}});
        },
        Router::Access::Public);

    router.add("POST", QStringLiteral("/api/v1/auth/logout"), [this](RequestContext &ctx) {
        m_auth.logout(Router::bearerToken(ctx.request()));
        return HttpResponse::noContent();
    });

    router.add("GET", QStringLiteral("/api/v1/me"),
               [](RequestContext &ctx) { return HttpResponse::json(200, ctx.user().toJson()); });

    router.add("GET", QStringLiteral("/api/v1/users"), [this](RequestContext &ctx) {
        QJsonArray items;
        if (ctx.isStaff()) {
            for (const User &u : m_context.users.users())
                items.append(u.toJson());
        } else {
            items.append(ctx.user().toJson());
        }
        return HttpResponse::json(200, {{QStringLiteral("items"), items}});
    });

    router.add("GET", QStringLiteral("/api/v1/groups"), [this](RequestContext &) {
        QJsonArray items;
        for (const Group &g : m_context.users.groups())
            items.append(g.toJson());
        return HttpResponse::json(200, {{QStringLiteral("items"), items}});
    });
}

} // namespace tierdesk
