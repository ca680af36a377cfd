#include "server/http/router.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/resources/domainerror.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/timestamp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "tierdesk.server.router")

namespace tierdesk {

// The one place where the data layer's refusals become HTTP.
ApiError Router::httpError(const DomainError &e)
{
    switch (e.kind()) {
    case DomainError::Kind::NotFound:
        return ApiError(404, e.code(), e.message());
    case DomainError::Kind::ValidationFailed:
        return ApiError(422, e.code(), e.message()).withField(e.field());
    case DomainError::Kind::VersionConflict:
        return ApiError(412, e.code(), e.message(), {{QStringLiteral("current"), e.current()}});
    case DomainError::Kind::Conflict:
        return ApiError(409, e.code(), e.message());
    }
    return ApiError(422, e.code(), e.message());
}

Router::Router(Database &db, Authenticator authenticator)
    : m_db(db)
    , m_authenticator(std::move(authenticator))
{}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Options options)
{
    m_routes.append(
        {method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), options});
}

void Router::addStream(const QString &pattern)
{
    add("GET", pattern, [](RequestContext &) -> HttpResponse {
        throw ApiError(426, QStringLiteral("upgrade_required"),
                       QStringLiteral("This is a WebSocket endpoint: connect with an Upgrade: websocket "
                                      "request."))
            .withHeader("Upgrade", "websocket");
    });
    m_routes.last().stream = true;
}

const Router::Route *Router::find(const QByteArray &method, const QStringList &segments,
                                  QHash<QString, QString> *params, bool *pathKnown) const
{
    for (const Route &route : m_routes) {
        QHash<QString, QString> matched;
        if (!match(route, segments, &matched))
            continue;
        *pathKnown = true;
        if (route.method != method && !(method == "HEAD" && route.method == "GET"))
            continue;
        *params = std::move(matched);
        return &route;
    }
    return nullptr;
}

Router::Traits Router::traits(const QByteArray &method, const QString &path) const
{
    QHash<QString, QString> params;
    bool pathKnown = false;
    const Route *route = find(method, path.split(QLatin1Char('/'), Qt::SkipEmptyParts), &params, &pathKnown);
    if (!route)
        return {};
    return {route->options.body, route->options.execution, route->stream};
}

QList<QPair<QByteArray, QString>> Router::routes() const
{
    QList<QPair<QByteArray, QString>> out;
    for (const Route &r : m_routes)
        out.append({r.method, r.pattern});
    return out;
}

QByteArray Router::bearerToken(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ")
        return auth.mid(7).trimmed();
    return {};
}

bool Router::match(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
            params->insert(want.mid(1, want.size() - 2), segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    return true;
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    QHash<QString, QString> params;
    bool pathKnown = false;
    if (const Route *route = find(request.method, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                                  &params, &pathKnown))
        return run(*route, request, std::move(params));
    if (pathKnown)
        return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("%1 is not allowed on %2.")
                                       .arg(QString::fromLatin1(request.method), request.path));
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("No route %1.").arg(request.path));
}

HttpResponse Router::run(const Route &route, const HttpRequest &request, QHash<QString, QString> params) const
{
    try {
        std::optional<User> user;
        if (route.options.access == Access::Authenticated) {
            const QByteArray token = bearerToken(request);
            if (token.isEmpty())
                throw ApiError::unauthorized();
            user = m_authenticator(token);
            if (!user)
                throw ApiError::unauthorized(
                    QStringLiteral("The token is unknown or expired: log in again."));
        }
        RequestContext context(request, std::move(params), std::move(user));
        if (request.method == "GET" || request.method == "HEAD")
            return route.handler(context);

        // Public routes (login) manage their own short transaction: a slow password check must not hold the
        // write lock.
        if (route.options.access == Access::Public)
            return route.handler(context);
        const QByteArray key = request.header("idempotency-key");
        if (!key.isEmpty())
            return runIdempotent(route, context, key);
        Transaction tx(m_db, Transaction::Mode::Write);
        HttpResponse response = route.handler(context);
        tx.commit();
        return response;
    } catch (const ApiError &e) {
        return e.toResponse();
    } catch (const DomainError &e) {
        return httpError(e).toResponse();
    } catch (const DatabaseError &e) {
        qCCritical(lcRouter) << request.method << request.path << "database error:" << e.what();
        return HttpResponse::error(503, QStringLiteral("database_unavailable"),
                                   QStringLiteral("The database did not answer; try again shortly."));
    } catch (const std::exception &e) {
        qCCritical(lcRouter) << request.method << request.path << "unexpected error:" << e.what();
        return HttpResponse::error(500, QStringLiteral("internal_error"),
                                   QStringLiteral("Something broke on our side."));
    }
}

HttpResponse Router::runIdempotent(const Route &route, RequestContext &context, const QByteArray &key) const
{
    if (key.size() > 200)
        throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                   QStringLiteral("Idempotency-Key is too long."));
    const HttpRequest &request = context.request();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method + ' ' + request.target + '\n');
    hash.addData(request.header("if-match") + '\n');
    hash.addData(request.body);
    const QString requestHash = QString::fromLatin1(hash.result().toHex());
    const qint64 userId = context.hasUser() ? context.user().id : 0;
    const QString keyText = QString::fromLatin1(key.toBase64());

    Transaction tx(m_db, Transaction::Mode::Write);
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT request_hash, status, body, headers FROM "
                                                   "idempotency_keys WHERE user_id = ? AND key = ?"));
        st.bind(userId).bind(keyText).exec();
        if (st.next()) {
            if (st.text(0) != requestHash)
                throw ApiError(
                    422, QStringLiteral("idempotency_key_reused"),
                    QStringLiteral("This Idempotency-Key was already used for a different request."));
            HttpResponse stored;
            stored.status = int(st.int64(1));
            stored.body = st.value(2).toString().toUtf8();
            if (stored.body.isEmpty())
                stored.contentType.clear();
            const QJsonObject headers = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                stored.withHeader(it.key().toLatin1(), it.value().toString().toLatin1());
            stored.withHeader("Idempotent-Replayed", "true");
            return stored;
        }
    }
    // A refused request (ApiError) propagates and rolls everything back, key included: it changed nothing, so
    // repeating it is harmless and may succeed once the client fixed what was wrong.
    HttpResponse response = route.handler(context);
    // The headers that describe the answer's resource come back with a replay: a PATCH repeated after a lost
    // answer still learns the new version from its ETag.
    QJsonObject replayed;
    for (const auto &[name, value] : std::as_const(response.headers)) {
        const QByteArray lower = name.toLower();
        if (lower == "etag" || lower == "location")
            replayed.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    m_db.prepare(
            QStringLiteral("INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, headers,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(userId)
        .bind(keyText)
        .bind(requestHash)
        .bind(response.status)
        .bind(QString::fromUtf8(response.body))
        .bind(QString::fromUtf8(QJsonDocument(replayed).toJson(QJsonDocument::Compact)))
        .bind(Timestamp::nowMs())
        .exec();
    tx.commit();
    return response;
}

} // namespace tierdesk
