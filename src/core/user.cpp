#include "user.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QJsonObject User::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("login"), login},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("role"), toString(role)},
                  {QStringLiteral("tier"), tier ? QJsonValue(*tier) : QJsonValue()},
                  {QStringLiteral("importance"), importance ? QJsonValue(toString(*importance)) : QJsonValue()},
                  {QStringLiteral("organisation_id"), optionalId(organisationId)},
                  {QStringLiteral("organisation"), organisation.isEmpty() ? QJsonValue() : QJsonValue(organisation)},
                  {QStringLiteral("group_ids"), idArray(groupIds)},
                  {QStringLiteral("lang"), lang}};
    return o;
}

std::optional<User> User::fromJson(const QJsonObject &json)
{
    User u;
    u.id = json.value(QStringLiteral("id")).toInteger();
    const auto role = roleFromString(json.value(QStringLiteral("role")).toString());
    if (u.id <= 0 || !role)
        return std::nullopt;
    u.role = *role;
    u.login = json.value(QStringLiteral("login")).toString();
    u.name = json.value(QStringLiteral("name")).toString();
    if (json.value(QStringLiteral("tier")).isDouble())
        u.tier = json.value(QStringLiteral("tier")).toInt();
    u.importance = importanceFromString(json.value(QStringLiteral("importance")).toString());
    u.organisationId = readOptionalId(json, QStringLiteral("organisation_id"));
    u.organisation = json.value(QStringLiteral("organisation")).toString();
    u.groupIds = readIdArray(json, QStringLiteral("group_ids"));
    u.lang = json.value(QStringLiteral("lang")).toString(QStringLiteral("en"));
    return u;
}

} // namespace tierdesk
