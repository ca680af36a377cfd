#include "group.h"

namespace tierdesk {

QJsonObject Group::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("tier"), tier}};
}

std::optional<Group> Group::fromJson(const QJsonObject &json)
{
    Group g;
    g.id = json.value(QStringLiteral("id")).toInteger();
    if (g.id <= 0)
        return std::nullopt;
    g.name = json.value(QStringLiteral("name")).toString();
    g.tier = json.value(QStringLiteral("tier")).toInt(1);
    return g;
}

} // namespace tierdesk
