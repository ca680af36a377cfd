#include "server/http/router.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include "core/timestamp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "tierdesk.server.router")

namespace tierdesk {

Router::Router(Database &db, Authenticator authenticator)
    : m_db(db)
    , m_authenticator(std::move(authenticator))
{}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Access access)
{
    m_routes.append(
        {method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), access});
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
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        pathKnown = true;
        if (route.method != request.method && !(request.method == "HEAD" && route.method == "GET"))
            continue;
        return run(route, request, std::move(params));
    }
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
        if (route.access == Access::Authenticated) {
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
        if (route.access == Access::Public)
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
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT request_hash, status, body FROM idempotency_keys WHERE user_id = ? AND key = ?"));
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
            stored.withHeader("Idempotent-Replayed", "true");
            return stored;
        }
    }
    // A refused request (ApiError) propagates and rolls everything back, key included: it changed nothing, so
    // repeating it is harmless and may succeed once the client fixed what was wrong.
    HttpResponse response = route.handler(context);
    m_db.prepare(QStringLiteral(
                     "INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, created_at)"
                     " VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(userId)
        .bind(keyText)
        .bind(requestHash)
        .bind(response.status)
        .bind(QString::fromUtf8(response.body))
        .bind(Timestamp::nowMs())
        .exec();
    tx.commit();
    return response;
}

} // namespace tierdesk
