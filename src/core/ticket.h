#pragma once

#include "domaintypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace tierdesk {

struct Ticket
{
    qint64 id = 0;
    qint64 number = 0; // shown as "TD-<number>"
    QString subject;
    TicketStatus status = TicketStatus::New;
    int severity = 3;
    int priority = 6;
    qint64 requesterId = 0;
    std::optional<qint64> ownerId;
    std::optional<qint64> groupId;
    int tier = 1;
    QList<qint64> collaboratorIds;
    QStringList errorCodes;
    QStringList tags;
    std::optional<qint64> incidentId;
    std::optional<qint64> mergedIntoId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastCustomerActivityAt;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    qint64 slaDueAt = 0;
    qint64 version = 1;

    static QString displayNumber(qint64 number) { return QStringLiteral("TD-%1").arg(number); }

    QJsonObject toJson() const;
    static std::optional<Ticket> fromJson(const QJsonObject &json);
};

} // namespace tierdesk
