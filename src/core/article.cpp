#include "article.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QJsonObject Article::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("lang"), lang},
            {QStringLiteral("category"), category},
            {QStringLiteral("tags"), stringArray(tags)},
            {QStringLiteral("error_codes"), stringArray(errorCodes)},
            {QStringLiteral("author_id"), authorId},
            {QStringLiteral("created_at"), Timestamp::toIso(createdAt)},
            {QStringLiteral("updated_at"), Timestamp::toIso(updatedAt)},
            {QStringLiteral("version"), version}};
}

std::optional<Article> Article::fromJson(const QJsonObject &json)
{
    Article a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    if (a.id <= 0)
        return std::nullopt;
    a.title = json.value(QStringLiteral("title")).toString();
    a.body = json.value(QStringLiteral("body")).toString();
    a.lang = json.value(QStringLiteral("lang")).toString(QStringLiteral("en"));
    a.category = json.value(QStringLiteral("category")).toString();
    a.tags = readStringArray(json, QStringLiteral("tags"));
    a.errorCodes = readStringArray(json, QStringLiteral("error_codes"));
    a.authorId = json.value(QStringLiteral("author_id")).toInteger();
    a.createdAt = readTime(json, QStringLiteral("created_at"));
    a.updatedAt = readTime(json, QStringLiteral("updated_at"));
    a.version = json.value(QStringLiteral("version")).toInteger(1);
    return a;
}

} // namespace tierdesk
