#pragma once

#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"

#include "core/user.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace tierdesk {

class ApiError;
class Database;
class DomainError;
class RequestContext;

// Maps METHOD + path pattern ("/api/v1/tickets/{id}") to a handler and runs it with the cross-cutting rules
// applied once, here, instead of in every handler:
//  - authentication (Bearer token → User) unless the route is public;
//  - every POST/PATCH/DELETE runs in one write transaction, so a handler that throws changes nothing;
//  - Idempotency-Key: a repeat of a key by the same user returns the stored first answer, in the same
//    transaction as the mutation, so "exactly once" holds even when two repeats race;
//  - ApiError → its 4xx JSON; a repository's DomainError → its 4xx (httpError(), the only such mapping);
//    anything unexpected → logged 500 (never a crash).
class Router
{
public:
    using Handler = std::function<HttpResponse(RequestContext &)>;
    using Authenticator = std::function<std::optional<User>(const QByteArray &token)>;

    enum class Access { Public, Authenticated };
    // What the HTTP layer must know of a route before it reads the body:
    //  - Body::Upload: a raw upload, read up to the attachment limit instead of the (small) JSON one;
    //  - Execution::Inline: answered on the I/O thread because it touches no database (health checks must
    //    answer while every worker waits on a lock); everything else runs on the worker pool.
    enum class Body { Json, Upload };
    enum class Execution { Worker, Inline };
    struct Options
    {
        Access access = Access::Authenticated;
        Body body = Body::Json;
        Execution execution = Execution::Worker;
    };

    Router(Database &db, Authenticator authenticator);

    void add(const QByteArray &method, const QString &pattern, Handler handler, Options options);
    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Access access = Access::Authenticated)
    {
        add(method, pattern, std::move(handler), Options{access});
    }
    // A WebSocket endpoint (GET, authenticated): the HTTP layer upgrades requests to it; a plain GET is
    // answered 426 upgrade_required (401 without a valid token, like every authenticated route).
    void addStream(const QString &pattern);
    HttpResponse dispatch(const HttpRequest &request) const;

    // How the HTTP layer treats a request to `path` before reading its body. Unknown paths get the defaults.
    struct Traits
    {
        Body body = Body::Json;
        Execution execution = Execution::Worker;
        bool stream = false;
    };
    Traits traits(const QByteArray &method, const QString &path) const;

    // The registered patterns, e.g. for holding them against the OpenAPI document.
    QList<QPair<QByteArray, QString>> routes() const;

    static QByteArray bearerToken(const HttpRequest &request);
    // How a refusal of the data layer reads over HTTP: 404, 422 (naming the field), 412 with "current", 409.
    static ApiError httpError(const DomainError &error);

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        Options options;
        bool stream = false;
    };
    const Route *find(const QByteArray &method, const QStringList &segments, QHash<QString, QString> *params,
                      bool *pathKnown) const;

    static bool match(const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    HttpResponse run(const Route &route, const HttpRequest &request, QHash<QString, QString> params) const;
    HttpResponse runIdempotent(const Route &route, RequestContext &context, const QByteArray &key) const;

    Database &m_db;
    Authenticator m_authenticator;
    QList<Route> m_routes;
};

} // namespace tierdesk
