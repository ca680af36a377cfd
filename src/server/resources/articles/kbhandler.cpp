#include "server/resources/articles/kbhandler.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/resources/articles/articlerepository.h"

#include "core/jsonreader.h"
#include "core/user.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKb)

namespace tierdesk {
namespace {

// Control characters have no business in a title, code or search term, and PostgreSQL rejects NUL in text
// outright (a 503 instead of a clear answer). Bodies keep tabs and line breaks.
bool hasControlCharacter(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control)
            continue;
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        return true;
    }
    return false;
}

void checkText(JsonReader &reader, const QString &key, const std::optional<QString> &value,
               bool allowLineBreaks)
{
    if (value && hasControlCharacter(*value, allowLineBreaks))
        reader.fail(key, QStringLiteral("Field '%1' must not contain control characters.").arg(key));
}

void checkList(JsonReader &reader, const QString &key, const std::optional<QStringList> &values)
{
    if (!values)
        return;
    for (const QString &v : *values)
        checkText(reader, key, v, false);
}

void checkLanguage(JsonReader &reader, const std::optional<QString> &lang)
{
    if (lang && !KbHandler::languages().contains(*lang))
        reader.fail(QStringLiteral("lang"), QStringLiteral("Field 'lang' must be one of %1.")
                                                .arg(KbHandler::languages().join(QLatin1String(", "))));
}

// Reads every field a client may set. For a new article title, body, lang and category are required.
ArticleRepository::Patch readFields(JsonReader &r, bool creating)
{
    ArticleRepository::Patch p;
    const auto text = [&](const QString &key, int maxLength) {
        if (creating)
            return std::optional<QString>(r.requiredString(key, 1, maxLength));
        return r.optionalString(key, 1, maxLength);
    };
    p.title = text(QStringLiteral("title"), KbHandler::MaxTitleLength);
    p.body = text(QStringLiteral("body"), KbHandler::MaxBodyLength);
    p.lang = text(QStringLiteral("lang"), 10);
    p.category = text(QStringLiteral("category"), KbHandler::MaxCategoryLength);
    p.tags =
        r.optionalStringList(QStringLiteral("tags"), KbHandler::MaxListItems, KbHandler::MaxListItemLength);
    p.errorCodes = r.optionalStringList(QStringLiteral("error_codes"), KbHandler::MaxListItems,
                                        KbHandler::MaxListItemLength);
    r.rejectUnknownFields();
    checkText(r, QStringLiteral("title"), p.title, false);
    checkText(r, QStringLiteral("body"), p.body, true);
    checkLanguage(r, p.lang);
    checkText(r, QStringLiteral("category"), p.category, false);
    checkList(r, QStringLiteral("tags"), p.tags);
    checkList(r, QStringLiteral("error_codes"), p.errorCodes);
    if (!creating && r.ok() && p.isEmpty())
        r.fail(QString(), QStringLiteral("The request changes nothing: name at least one field."));
    if (!r.ok())
        throw ApiError::validation(r.error());
    return p;
}

// A filter from the query string; empty (or absent) means "do not filter".
QString filterParameter(const RequestContext &ctx, const QString &key, int maxLength)
{
    const QString value = ctx.queryString(key, maxLength).value_or(QString()).trimmed();
    if (hasControlCharacter(value, false))
        throw ApiError::badRequest(
            QStringLiteral("bad_parameter"),
            QStringLiteral("Query parameter '%1' must not contain control characters.").arg(key));
    return value;
}

HttpResponse articleResponse(int status, const Article &article)
{
    return HttpResponse::json(status, article.toJson())
        .withHeader("ETag", '"' + QByteArray::number(article.version) + '"');
}

} // namespace

const QStringList &KbHandler::languages()
{
    static const QStringList list{QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk"),
                                  QStringLiteral("ru"), QStringLiteral("id"), QStringLiteral("ro")};
    return list;
}

KbHandler::KbHandler(ServerContext &context, ArticleRepository &articles)
    : m_context(context)
    , m_articles(articles)
{}

void KbHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/kb/articles"), [this](RequestContext &ctx) {
        // The search text itself may hold anything printable; the repository makes it safe for the engine.
        const QString q = ctx.queryString(QStringLiteral("q"), MaxQueryLength).value_or(QString()).trimmed();
        const QString errorCode = filterParameter(ctx, QStringLiteral("error_code"), MaxListItemLength);
        const QString category = filterParameter(ctx, QStringLiteral("category"), MaxCategoryLength);
        const QString lang = filterParameter(ctx, QStringLiteral("lang"), 10);
        if (!lang.isEmpty() && !languages().contains(lang))
            throw ApiError::badRequest(QStringLiteral("bad_parameter"),
                                       QStringLiteral("Query parameter 'lang' must be one of %1.")
                                           .arg(languages().join(QLatin1String(", "))));
        const int limit = int(ctx.queryInt(QStringLiteral("limit"), 1, MaxLimit).value_or(DefaultLimit));

        const bool searching = !q.isEmpty();
        QJsonArray items;
        for (const ArticleRepository::SearchHit &hit :
             m_articles.search(q, errorCode, category, lang, limit)) {
            QJsonObject item = hit.article.toJson();
            if (searching)
                item.insert(QStringLiteral("snippet"), hit.snippet);
            items.append(item);
        }
        return HttpResponse::json(200, {{QStringLiteral("items"), items}});
    });

    router.add("POST", QStringLiteral("/api/v1/kb/articles"), [this](RequestContext &ctx) {
        ctx.requireStaff();
        JsonReader reader(ctx.jsonBody());
        const ArticleRepository::Patch fields = readFields(reader, true);
        Article article;
        article.title = *fields.title;
        article.body = *fields.body;
        article.lang = *fields.lang;
        article.category = *fields.category;
        article.tags = fields.tags.value_or(QStringList());
        article.errorCodes = fields.errorCodes.value_or(QStringList());
        article.authorId = ctx.user().id;
        const Article created = m_articles.create(article);
        qCInfo(lcKb) << "user" << ctx.user().id << "created article" << created.id;
        return articleResponse(201, created)
            .withHeader("Location", "/api/v1/kb/articles/" + QByteArray::number(created.id));
    });

    router.add("GET", QStringLiteral("/api/v1/kb/articles/{id}"), [this](RequestContext &ctx) {
        const qint64 id = ctx.idParam();
        const std::optional<Article> article = m_articles.articleById(id);
        if (!article)
            throw ApiError::notFound(QStringLiteral("No such article: %1.").arg(id));
        return articleResponse(200, *article);
    });

    router.add("PATCH", QStringLiteral("/api/v1/kb/articles/{id}"), [this](RequestContext &ctx) {
        ctx.requireStaff();
        const qint64 id = ctx.idParam();
        if (!m_articles.articleById(id))
            throw ApiError::notFound(QStringLiteral("No such article: %1.").arg(id));
        const qint64 expectedVersion = ctx.ifMatchVersion();
        JsonReader reader(ctx.jsonBody());
        const ArticleRepository::Patch patch = readFields(reader, false);
        const Article updated = m_articles.update(id, patch, expectedVersion);
        qCInfo(lcKb) << "user" << ctx.user().id << "edited article" << id << "now version" << updated.version;
        return articleResponse(200, updated);
    });
}

} // namespace tierdesk
