#pragma once

#include "server/storage/table.h"

#include "core/message.h"
#include "core/ticket.h"

namespace tierdesk {

// The tickets table's columns, written once for the repository, the audit history and the data generator.
// Audited columns are the fields a person edits; derived values (priority, SLA due time, resolved_at,
// version) follow from them and would only repeat the same change in the history.
inline const Table<Ticket> &ticketTable()
{
    using T = Table<Ticket>;
    static const T table(QStringLiteral("tickets"),
                         {
                             T::key("id", &Ticket::id),
                             T::field("number", &Ticket::number),
                             T::audited("subject", &Ticket::subject),
                             T::audited("status", &Ticket::status),
                             T::audited("severity", &Ticket::severity),
                             T::field("priority", &Ticket::priority),
                             T::field("requester_id", &Ticket::requesterId),
                             T::audited("owner_id", &Ticket::ownerId),
                             T::audited("group_id", &Ticket::groupId),
                             T::audited("tier", &Ticket::tier),
                             T::audited("collaborator_ids", &Ticket::collaboratorIds),
                             T::audited("error_codes", &Ticket::errorCodes),
                             T::audited("tags", &Ticket::tags),
                             T::audited("incident_id", &Ticket::incidentId),
                             T::audited("merged_into_id", &Ticket::mergedIntoId),
                             T::field("created_at", &Ticket::createdAt),
                             T::field("updated_at", &Ticket::updatedAt),
                             T::field("last_customer_activity_at", &Ticket::lastCustomerActivityAt),
                             T::field("first_response_at", &Ticket::firstResponseAt),
                             T::field("resolved_at", &Ticket::resolvedAt),
                             T::field("sla_due_at", &Ticket::slaDueAt),
                             T::field("version", &Ticket::version),
                         });
    return table;
}

// The messages table's own columns (attachments are linked through message_attachments).
inline const Table<Message> &messageTable()
{
    using T = Table<Message>;
    static const T table(QStringLiteral("messages"), {
                                                         T::key("id", &Message::id),
                                                         T::field("ticket_id", &Message::ticketId),
                                                         T::field("author_id", &Message::authorId),
                                                         T::field("kind", &Message::kind),
                                                         T::field("body", &Message::body),
                                                         T::field("created_at", &Message::createdAt),
                                                     });
    return table;
}

} // namespace tierdesk
