#include "ticketpatch.h"

namespace tierdesk {

namespace {
constexpr qint64 MaxId = 9007199254740991LL;
}

QStringList TicketPatch::fieldNames() const
{
    QStringList names;
    const auto add = [&](bool present, const char *name) {
        if (present)
            names.append(QString::fromLatin1(name));
    };
    add(subject.has_value(), "subject");
    add(status.has_value(), "status");
    add(severity.has_value(), "severity");
    add(ownerId.has_value(), "owner_id");
    add(groupId.has_value(), "group_id");
    add(tier.has_value(), "tier");
    add(collaboratorIds.has_value(), "collaborator_ids");
    add(errorCodes.has_value(), "error_codes");
    add(tags.has_value(), "tags");
    add(incidentId.has_value(), "incident_id");
    add(mergedIntoId.has_value(), "merged_into_id");
    return names;
}

TicketPatch TicketPatch::fromJson(JsonReader &r)
{
    TicketPatch p;
    p.subject = r.optionalString(QStringLiteral("subject"), 1, MaxSubjectLength);
    if (const auto s = r.optionalString(QStringLiteral("status"), 1, 32)) {
        p.status = ticketStatusFromString(*s);
        if (!p.status)
            r.fail(QStringLiteral("status"),
                   QStringLiteral("Field 'status' must be one of new, open, waiting_customer, waiting_internal, "
                                  "resolved, closed."));
    }
    if (const auto s = r.optionalInt(QStringLiteral("severity"), MinSeverity, MaxSeverity))
        p.severity = int(*s);
    p.ownerId = r.nullableId(QStringLiteral("owner_id"));
    p.groupId = r.nullableId(QStringLiteral("group_id"));
    if (const auto t = r.optionalInt(QStringLiteral("tier"), MinTier, MaxTier))
        p.tier = int(*t);
    p.collaboratorIds = r.optionalIdList(QStringLiteral("collaborator_ids"), MaxListItems);
    p.errorCodes = r.optionalStringList(QStringLiteral("error_codes"), MaxListItems, MaxCodeLength);
    p.tags = r.optionalStringList(QStringLiteral("tags"), MaxListItems, MaxCodeLength);
    p.incidentId = r.nullableId(QStringLiteral("incident_id"));
    p.mergedIntoId = r.nullableId(QStringLiteral("merged_into_id"));
    r.rejectUnknownFields();
    if (r.ok() && p.isEmpty())
        r.fail(QString(), QStringLiteral("The request changes nothing: name at least one field."));
    return p;
}

TicketDraft TicketDraft::fromJson(JsonReader &r)
{
    TicketDraft d;
    d.subject = r.requiredString(QStringLiteral("subject"), 1, TicketPatch::MaxSubjectLength);
    d.body = r.optionalString(QStringLiteral("body"), 0, MaxBodyLength).value_or(QString());
    d.severity = int(r.optionalInt(QStringLiteral("severity"), MinSeverity, MaxSeverity).value_or(3));
    d.requesterId = r.optionalInt(QStringLiteral("requester_id"), 1, MaxId);
    d.groupId = r.optionalInt(QStringLiteral("group_id"), 1, MaxId);
    if (const auto t = r.optionalInt(QStringLiteral("tier"), MinTier, MaxTier))
        d.tier = int(*t);
    d.incidentId = r.optionalInt(QStringLiteral("incident_id"), 1, MaxId);
    d.errorCodes = r.optionalStringList(QStringLiteral("error_codes"), TicketPatch::MaxListItems,
                                        TicketPatch::MaxCodeLength)
                       .value_or(QStringList());
    d.tags = r.optionalStringList(QStringLiteral("tags"), TicketPatch::MaxListItems, TicketPatch::MaxCodeLength)
                 .value_or(QStringList());
    d.attachmentIds = r.optionalIdList(QStringLiteral("attachment_ids"), TicketPatch::MaxListItems)
                          .value_or(QList<qint64>());
    r.rejectUnknownFields();
    return d;
}

} // namespace tierdesk
