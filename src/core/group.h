#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tierdesk {

// A team of agents that serves one support tier.
struct Group
{
    qint64 id = 0;
    QString name;
    int tier = 1;

    QJsonObject toJson() const;
    static std::optional<Group> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
