#pragma once

#include "server/storage/auditlog.h"

#include "core/message.h"
#include "core/ticket.h"
#include "core/ticketpatch.h"
#include "core/user.h"

#include <QList>
#include <optional>

namespace tierdesk {

class ChangeLog;
class Database;
class NotificationRepository;
class UserRepository;

// Tickets and their conversations. Every write must run inside a write Transaction (the router opens one per
// POST/PATCH) and appends to the change log, so the feed and the tables never disagree. Permission checks
// that depend on who asks live in the handlers; invariants of the data (one owner, priority by the rule,
// audit of every field change) live here, and so do the notifications they cause: whoever is given a ticket
// by someone else is told, a requester is told of an agent's public reply and an owner of the customer's.
class TicketRepository
{
public:
    TicketRepository(Database &db, ChangeLog &changes, UserRepository &users,
                     NotificationRepository &notifications);

    std::optional<Ticket> ticketById(qint64 id);

    // A new ticket. Times default to now; the seeder passes explicit ones to make believable history.
    struct NewTicket
    {
        QString subject;
        int severity = 3;
        qint64 requesterId = 0;
        std::optional<qint64> ownerId;
        std::optional<qint64> groupId;
        int tier = 1;
        TicketStatus status = TicketStatus::New;
        QList<qint64> collaboratorIds;
        QStringList errorCodes;
        QStringList tags;
        std::optional<qint64> incidentId;
        std::optional<qint64> createdAt; // default: now
        std::optional<qint64> updatedAt; // default: createdAt
    };
    Ticket create(const NewTicket &ticket, qint64 actorId);

    // Adds a message and applies its effects on the ticket (customer activity, first response, reopening a
    // ticket that waited on the customer). `at` defaults to now.
    Message addMessage(qint64 ticketId, qint64 authorId, MessageKind kind, const QString &body,
                       const QList<qint64> &attachmentIds, std::optional<qint64> at = std::nullopt);

    QList<Message> messages(qint64 ticketId, bool includeInternal);

    // The description a ticket is opened with: it becomes the first public message, authored by whoever opens
    // the ticket, and is part of creating it (version 1, no first-response effect).
    struct InitialMessage
    {
        QString body;
        QList<qint64> attachmentIds;
    };
    // create() with an optional first message. Throws DomainError::validation naming the field when the
    // requester is not an existing customer, or a group, incident, owner, collaborator or attachment is
    // unknown or not allowed.
    Ticket create(const NewTicket &ticket, qint64 actorId, const std::optional<InitialMessage> &first);

    // Applies a PATCH. DomainError: not found for an unknown ticket, a version conflict (with the current
    // ticket) when it is no longer at expectedVersion, validation for references that do not hold. Writes one
    // audit row per field whose value changes; a patch that changes nothing writes nothing and returns the
    // ticket as it is.
    Ticket update(qint64 id, const TicketPatch &patch, qint64 actorId, qint64 expectedVersion);

    // Staff history of the ticket's fields, oldest first.
    QList<AuditEntry> audit(qint64 ticketId);

    // Where the next page of a ticket list starts: the sort key of the last ticket handed out. Clients see it
    // as an opaque token (base64url of a small JSON object), so its content may change without breaking them.
    struct Cursor
    {
        int priority = 0;
        qint64 slaDueAt = 0;
        qint64 id = 0;

        static Cursor after(const Ticket &ticket) { return {ticket.priority, ticket.slaDueAt, ticket.id}; }
        QString encode() const;
        // nullopt for anything that is not a token encode() made.
        static std::optional<Cursor> decode(const QString &token);
    };

    // Conditions of GET /tickets; unset members do not filter.
    struct Filter
    {
        QList<TicketStatus> statuses; // any of these
        std::optional<qint64> ownerId;
        std::optional<qint64> groupId;
        std::optional<int> tier;
        std::optional<qint64> requesterId;
        QString text; // case-insensitive substring of the subject, an error code or a message body
        std::optional<qint64> updatedSince;
    };

    struct Page
    {
        QList<Ticket> items;
        std::optional<Cursor> next; // set when more tickets follow
    };

    // Tickets in queue order (priority, then SLA due time, then id), at most `limit`, after `cursor`. A
    // customer viewer only ever gets tickets they requested, and their text search never looks into internal
    // notes.
    Page list(const User &viewer, const Filter &filter, int limit,
              const std::optional<Cursor> &cursor = std::nullopt);

private:
    void requireStaffUser(qint64 userId, const QString &field);
    void requireGroup(qint64 groupId);
    void requireIncident(qint64 incidentId);
    void requireMergeTarget(qint64 ticketId, qint64 targetId);
    std::optional<qint64> defaultGroup(int tier);
    Importance requesterImportance(qint64 requesterId);
    QList<AttachmentInfo> ownAttachments(qint64 uploaderId, const QList<qint64> &attachmentIds);
    Message insertMessage(qint64 ticketId, qint64 authorId, MessageKind kind, const QString &body,
                          const QList<qint64> &attachmentIds, qint64 at);
    void writeTicket(const Ticket &ticket, qint64 previousVersion);
    void publish(const Ticket &ticket);
    void publish(const Message &message, qint64 requesterId);
    void notifyAssigned(const Ticket &ticket, qint64 actorId, qint64 at);
    void notifyReply(const Ticket &ticket, const Message &message, bool byStaff);

    Database &m_db;
    ChangeLog &m_changes;
    UserRepository &m_users;
    NotificationRepository &m_notifications;
    AuditLog m_audit;
};

} // namespace tierdesk
