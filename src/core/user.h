#pragma once

#include "domaintypes.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace tierdesk {

struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Customer;
    std::optional<int> tier;               // agents only
    std::optional<Importance> importance;  // customers only
    std::optional<qint64> organisationId;  // customers only
    QString organisation;
    QList<qint64> groupIds;
    QString lang = QStringLiteral("en");

    Importance effectiveImportance() const { return importance.value_or(Importance::Standard); }

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
