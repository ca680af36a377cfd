#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tierdesk {

// A known problem that many customers report at once (an outage); their tickets link to it.
struct Incident
{
    qint64 id = 0;
    QString title;
    QString description;
    bool resolved = false;
    qint64 createdAt = 0;
    std::optional<qint64> resolvedAt;

    QJsonObject toJson() const;
    static std::optional<Incident> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
