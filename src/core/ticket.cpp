#include "ticket.h"

#include "jsonhelpers_p.h"

namespace tierdesk {

QJsonObject Ticket::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), displayNumber(number)},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("requester_id"), requesterId},
            {QStringLiteral("owner_id"), optionalId(ownerId)},
            {QStringLiteral("group_id"), optionalId(groupId)},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("collaborator_ids"), idArray(collaboratorIds)},
            {QStringLiteral("error_codes"), stringArray(errorCodes)},
            {QStringLiteral("tags"), stringArray(tags)},
            {QStringLiteral("incident_id"), optionalId(incidentId)},
            {QStringLiteral("merged_into_id"), optionalId(mergedIntoId)},
            {QStringLiteral("created_at"), Timestamp::toIso(createdAt)},
            {QStringLiteral("updated_at"), Timestamp::toIso(updatedAt)},
            {QStringLiteral("last_customer_activity_at"), optionalTime(lastCustomerActivityAt)},
            {QStringLiteral("first_response_at"), optionalTime(firstResponseAt)},
            {QStringLiteral("resolved_at"), optionalTime(resolvedAt)},
            {QStringLiteral("sla_due_at"), Timestamp::toIso(slaDueAt)},
            {QStringLiteral("version"), version}};
}

std::optional<Ticket> Ticket::fromJson(const QJsonObject &json)
{
    Ticket t;
    t.id = json.value(QStringLiteral("id")).toInteger();
    const auto status = ticketStatusFromString(json.value(QStringLiteral("status")).toString());
    if (t.id <= 0 || !status)
        return std::nullopt;
    t.status = *status;
    t.number = json.value(QStringLiteral("number")).toString().mid(3).toLongLong();
    t.subject = json.value(QStringLiteral("subject")).toString();
    t.severity = json.value(QStringLiteral("severity")).toInt(3);
    t.priority = json.value(QStringLiteral("priority")).toInt(6);
    t.requesterId = json.value(QStringLiteral("requester_id")).toInteger();
    t.ownerId = readOptionalId(json, QStringLiteral("owner_id"));
    t.groupId = readOptionalId(json, QStringLiteral("group_id"));
    t.tier = json.value(QStringLiteral("tier")).toInt(1);
    t.collaboratorIds = readIdArray(json, QStringLiteral("collaborator_ids"));
    t.errorCodes = readStringArray(json, QStringLiteral("error_codes"));
    t.tags = readStringArray(json, QStringLiteral("tags"));
    t.incidentId = readOptionalId(json, QStringLiteral("incident_id"));
    t.mergedIntoId = readOptionalId(json, QStringLiteral("merged_into_id"));
    t.createdAt = readTime(json, QStringLiteral("created_at"));
    t.updatedAt = readTime(json, QStringLiteral("updated_at"));
    t.lastCustomerActivityAt = readOptionalTime(json, QStringLiteral("last_customer_activity_at"));
    t.firstResponseAt = readOptionalTime(json, QStringLiteral("first_response_at"));
    t.resolvedAt = readOptionalTime(json, QStringLiteral("resolved_at"));
    t.slaDueAt = readTime(json, QStringLiteral("sla_due_at"));
    t.version = json.value(QStringLiteral("version")).toInteger(1);
    return t;
}

} // namespace tierdesk
