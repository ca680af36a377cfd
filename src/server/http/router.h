#pragma once

#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"

#include "core/user.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace tierdesk {

class Database;
class RequestContext;

// Maps METHOD + path pattern ("/api/v1/tickets/{id}") to a handler and runs it with the cross-cutting rules
// applied once, here, instead of in every handler:
//  - authentication (Bearer token → User) unless the route is public;
//  - every POST/PATCH/DELETE runs in one write transaction, so a handler that throws changes nothing;
//  - Idempotency-Key: a repeat of a key by the same user returns the stored first answer, in the same
//    transaction as the mutation, so "exactly once" holds even when two repeats race;
//  - ApiError → its 4xx JSON; anything unexpected → logged 500 (never a crash).
class Router
{
public:
    using Handler = std::function<HttpResponse(RequestContext &)>;
    using Authenticator = std::function<std::optional<User>(const QByteArray &token)>;

    enum class Access { Public, Authenticated };

    Router(Database &db, Authenticator authenticator);

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Access access = Access::Authenticated);
    HttpResponse dispatch(const HttpRequest &request) const;

    // The registered patterns, e.g. for holding them against the OpenAPI document.
    QList<QPair<QByteArray, QString>> routes() const;

    static QByteArray bearerToken(const HttpRequest &request);

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        Access access;
    };

    static bool match(const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    HttpResponse run(const Route &route, const HttpRequest &request, QHash<QString, QString> params) const;
    HttpResponse runIdempotent(const Route &route, RequestContext &context, const QByteArray &key) const;

    Database &m_db;
    Authenticator m_authenticator;
    QList<Route> m_routes;
};

} // namespace tierdesk
