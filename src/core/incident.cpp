#include "incident.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QJsonObject Incident::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("status"), resolved ? QStringLiteral("resolved") : QStringLiteral("open")},
            {QStringLiteral("created_at"), Timestamp::toIso(createdAt)},
            {QStringLiteral("resolved_at"), optionalTime(resolvedAt)}};
}

std::optional<Incident> Incident::fromJson(const QJsonObject &json)
{
    Incident i;
    i.id = json.value(QStringLiteral("id")).toInteger();
    if (i.id <= 0)
        return std::nullopt;
    i.title = json.value(QStringLiteral("title")).toString();
    i.description = json.value(QStringLiteral("description")).toString();
    i.resolved = json.value(QStringLiteral("status")).toString() == QLatin1String("resolved");
    i.createdAt = readTime(json, QStringLiteral("created_at"));
    i.resolvedAt = readOptionalTime(json, QStringLiteral("resolved_at"));
    return i;
}

} // namespace tierdesk
