#include "server/resources/tickets/ticketrepository.h"

#include "server/resources/attachments/attachmenttable.h"
#include "server/resources/domainerror.h"
#include "server/resources/notifications/notificationrepository.h"
#include "server/resources/tickets/tickettable.h"
#include "server/resources/users/userrepository.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"

#include "core/priorityrule.h"
#include "core/slapolicy.h"
#include "core/timestamp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QVariantList>
#include <algorithm>
#include <cmath>

namespace tierdesk {
namespace {

Q_LOGGING_CATEGORY(lcTickets, "tierdesk.server.tickets")

// Ticket numbers start above the ids so that "TD-1001" never looks like a row id in conversations.
constexpr qint64 NumberOffset = 1000;
// A merge chain longer than this is either corrupt or a cycle; either way no merge may extend it.
constexpr int MaxMergeChain = 100;

// Every column of tickets as "t", built once: ticket reads are the server's hottest path.
const QString &selectTicket()
{
    static const QString sql = ticketTable().selectSql(QStringLiteral("t"));
    return sql;
}

// A LIKE pattern that matches `text` anywhere, with LIKE's own wildcards in it taken literally (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 8);
    pattern.append(QLatin1Char('%'));
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            pattern.append(QLatin1Char('\\'));
        pattern.append(c);
    }
    pattern.append(QLatin1Char('%'));
    return pattern;
}

bool isClosedStatus(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

std::optional<qint64> integerMember(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
        return std::nullopt;
    return qint64(d);
}

} // namespace

TicketRepository::TicketRepository(Database &db, ChangeLog &changes, UserRepository &users,
                                   NotificationRepository &notifications)
    : m_db(db)
    , m_changes(changes)
    , m_users(users)
    , m_notifications(notifications)
    , m_audit(db)
{}

// ---- reading
// -------------------------------------------------------------------------------------------------

std::optional<Ticket> TicketRepository::ticketById(qint64 id)
{
    Statement st = m_db.prepare(selectTicket() + QStringLiteral(" WHERE t.id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return ticketTable().read(st);
}

QList<Message> TicketRepository::messages(qint64 ticketId, bool includeInternal)
{
    QList<Message> out;
    QHash<qint64, qsizetype> indexById;
    {
        // Internal notes are filtered by the database, not after reading, so that they never leave it for a
        // customer's request.
        Statement st =
            m_db.prepare(messageTable().selectSql() +
                         (includeInternal ? QStringLiteral(" WHERE ticket_id = ? ORDER BY id")
                                          : QStringLiteral(" WHERE ticket_id = ? AND kind = 'public'"
                                                           " ORDER BY id")));
        st.bind(ticketId).exec();
        while (st.next()) {
            const Message m = messageTable().read(st);
            indexById.insert(m.id, out.size());
            out.append(m);
        }
    }
    if (out.isEmpty())
        return out;
    // One query for the whole conversation's attachments rather than one per message.
    Statement st = m_db.prepare(
        QStringLiteral("SELECT ma.message_id, %1 FROM message_attachments ma JOIN attachments a ON a.id = "
                       "ma.attachment_id JOIN messages m ON m.id = ma.message_id WHERE m.ticket_id = ?"
                       " ORDER BY ma.message_id, a.id")
            .arg(attachmentTable().columnList(QStringLiteral("a"))));
    st.bind(ticketId).exec();
    while (st.next()) {
        const auto it = indexById.constFind(st.int64(0));
        if (it == indexById.constEnd())
            continue; // an internal note's file, not asked for
        Message &m = out[*it];
        const AttachmentInfo a = attachmentTable().read(st, 1);
        m.attachmentIds.append(a.id);
        m.attachments.append(a);
    }
    return out;
}

QList<AuditEntry> TicketRepository::audit(qint64 ticketId)
{
    return m_audit.entries(ticketId);
}

TicketRepository::Page TicketRepository::list(const User &viewer, const Filter &filter, int limit,
                                              const std::optional<Cursor> &cursor)
{
    // The SQL names only the conditions in use, with every value bound: PostgreSQL cannot type a parameter
    // that only appears in "? IS NULL", and fewer conditions give both planners a simpler query. The number
    // of distinct statements stays small (a few hundred at most), so caching each prepared one is fine.
    QStringList where;
    QVariantList values;
    const bool staff = isStaff(viewer.role);
    if (!staff) {
        where.append(QStringLiteral("t.requester_id = ?"));
        values.append(viewer.id);
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (TicketStatus s : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(toString(s));
        }
        where.append(QStringLiteral("t.status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    const auto equals = [&](const char *column, const std::optional<qint64> &value) {
        if (!value)
            return;
        where.append(QStringLiteral("t.%1 = ?").arg(QLatin1String(column)));
        values.append(*value);
    };
    equals("owner_id", filter.ownerId);
    equals("group_id", filter.groupId);
    equals("tier", filter.tier ? std::optional<qint64>(*filter.tier) : std::nullopt);
    equals("requester_id", filter.requesterId);
    if (filter.updatedSince) {
        where.append(QStringLiteral("t.updated_at >= ?"));
        values.append(*filter.updatedSince);
    }
    if (!filter.text.isEmpty()) {
        // Error codes are matched one by one (not as the JSON text) so that a search for "," or a quote
        // cannot match the list's punctuation.
        const QString codeMatch =
            m_db.isPostgres()
                ? QStringLiteral(
                      "EXISTS (SELECT 1 FROM jsonb_array_elements_text(t.error_codes::jsonb) AS c(code)"
                      " WHERE LOWER(c.code) LIKE ? ESCAPE '\\')")
                : QStringLiteral("EXISTS (SELECT 1 FROM json_each(t.error_codes) AS c"
                                 " WHERE LOWER(c.value) LIKE ? ESCAPE '\\')");
        // A customer's search must not find a ticket by words that only appear in an internal note: that
        // would leak what staff wrote about them.
        const QString messageMatch =
            staff ? QStringLiteral("EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id"
                                   " AND LOWER(m.body) LIKE ? ESCAPE '\\')")
                  : QStringLiteral(
                        "EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id AND m.kind = 'public'"
                        " AND LOWER(m.body) LIKE ? ESCAPE '\\')");
        where.append(
            QStringLiteral("(LOWER(t.subject) LIKE ? ESCAPE '\\' OR %1 OR %2)").arg(codeMatch, messageMatch));
        const QString pattern = containsPattern(filter.text);
        values << pattern << pattern << pattern;
    }
    if (cursor) {
        // Keyset pagination: a row-value comparison on the queue index's own columns, so a page costs the
        // same however deep into the queue it is, and tickets added meanwhile do not shift later pages.
        where.append(QStringLiteral("(t.priority, t.sla_due_at, t.id) > (?, ?, ?)"));
        values << cursor->priority << cursor->slaDueAt << cursor->id;
    }
    QString sql = selectTicket();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY t.priority, t.sla_due_at, t.id LIMIT ?");

    Statement st = m_db.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        st.bind(v);
    // One extra row tells whether another page follows without a COUNT.
    st.bind(limit + 1).exec();
    Page page;
    while (st.next()) {
        if (page.items.size() == limit) {
            page.next = Cursor::after(page.items.constLast());
            break;
        }
        page.items.append(ticketTable().read(st));
    }
    return page;
}

QString TicketRepository::Cursor::encode() const
{
    const QJsonObject o{
        {QStringLiteral("p"), priority}, {QStringLiteral("d"), slaDueAt}, {QStringLiteral("i"), id}};
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<TicketRepository::Cursor> TicketRepository::Cursor::decode(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    for (const QChar c : token) {
        if (c.unicode() > 127)
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto p = integerMember(o, QStringLiteral("p"));
    const auto d = integerMember(o, QStringLiteral("d"));
    const auto i = integerMember(o, QStringLiteral("i"));
    if (!p || !d || !i || *p < PriorityRule::Highest || *p > PriorityRule::Lowest || *i < 1 || o.size() != 3)
        return std::nullopt;
    return Cursor{int(*p), *d, *i};
}

// ---- checks of references
// ----------------------------------------------------------------------------------

void TicketRepository::requireStaffUser(qint64 userId, const QString &field)
{
    const std::optional<User> user = m_users.userById(userId);
    if (!user || !isStaff(user->role))
        throw DomainError::validation(
            QStringLiteral("Field '%1' must name existing support staff; user %2 is not.")
                .arg(field)
                .arg(userId),
            field);
}

void TicketRepository::requireGroup(qint64 groupId)
{
    if (!m_users.groupById(groupId))
        throw DomainError::validation(
            QStringLiteral("Field 'group_id' names no existing group (%1).").arg(groupId),
            QStringLiteral("group_id"));
}

void TicketRepository::requireIncident(qint64 incidentId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
    st.bind(incidentId).exec();
    if (!st.next())
        throw DomainError::validation(
            QStringLiteral("Field 'incident_id' names no existing incident (%1).").arg(incidentId),
            QStringLiteral("incident_id"));
}

void TicketRepository::requireMergeTarget(qint64 ticketId, qint64 targetId)
{
    if (targetId == ticketId)
        throw DomainError::validation(
            QStringLiteral("Field 'merged_into_id' must name another ticket, not this one."),
            QStringLiteral("merged_into_id"));
    // Follow the target's own merges: merging A into B when B is (eventually) merged into A would make a
    // cycle that no client could resolve to the ticket that holds the conversation.
    std::optional<qint64> next = targetId;
    for (int step = 0; next; ++step) {
        const std::optional<Ticket> t = ticketById(*next);
        if (!t) {
            throw DomainError::validation(
                QStringLiteral("Field 'merged_into_id' names no existing ticket (%1).").arg(targetId),
                QStringLiteral("merged_into_id"));
        }
        if (step >= MaxMergeChain || t->mergedIntoId == ticketId)
            throw DomainError::validation(
                QStringLiteral("Field 'merged_into_id' would merge ticket %1 into itself "
                               "through ticket %2, which is merged into it.")
                    .arg(ticketId)
                    .arg(targetId),
                QStringLiteral("merged_into_id"));
        next = t->mergedIntoId;
    }
}

std::optional<qint64> TicketRepository::defaultGroup(int tier)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id FROM teams WHERE tier = ? ORDER BY id LIMIT 1"));
    st.bind(tier).exec();
    if (!st.next())
        return std::nullopt;
    return st.int64(0);
}

Importance TicketRepository::requesterImportance(qint64 requesterId)
{
    const std::optional<User> requester = m_users.userById(requesterId);
    return requester ? requester->effectiveImportance() : Importance::Standard;
}

QList<AttachmentInfo> TicketRepository::ownAttachments(qint64 uploaderId, const QList<qint64> &attachmentIds)
{
    QList<AttachmentInfo> out;
    for (qint64 id : attachmentIds) {
        Statement st = m_db.prepare(attachmentTable().selectSql() + QStringLiteral(" WHERE id = ?"));
        st.bind(id).exec();
        const std::optional<AttachmentInfo> a =
            st.next() ? std::optional<AttachmentInfo>(attachmentTable().read(st)) : std::nullopt;
        // One answer for "does not exist" and "somebody else's": a file id must not tell whether someone else
        // uploaded it. Attaching only one's own uploads keeps files from moving into tickets they were not
        // for.
        if (!a || a->uploaderId != uploaderId)
            throw DomainError::validation(
                QStringLiteral(
                    "Field 'attachment_ids': attachment %1 does not exist or was not uploaded by you.")
                    .arg(id),
                QStringLiteral("attachment_ids"));
        out.append(*a);
    }
    return out;
}

// ---- writing
// -----------------------------------------------------------------------------------------------

void TicketRepository::writeTicket(const Ticket &t, qint64 previousVersion)
{
    Statement st = m_db.prepare(ticketTable().updateSql(QStringLiteral("version = ?")));
    ticketTable().bindWritten(st, t);
    st.bind(t.id).bind(previousVersion).exec();
    // Writers hold the write lock and read the row inside it, so this only fires if that promise breaks.
    if (st.rowsAffected() == 0)
        throw DatabaseError(QStringLiteral("Ticket %1 was not at version %2 when it was written.")
                                .arg(t.id)
                                .arg(previousVersion));
}

void TicketRepository::publish(const Ticket &ticket)
{
    m_changes.append(QStringLiteral("ticket"), ticket.id, ticket.toJson(),
                     ChangeAudience::customerAndStaff(ticket.requesterId));
}

void TicketRepository::publish(const Message &message, qint64 requesterId)
{
    m_changes.append(QStringLiteral("message"), message.id, message.toJson(),
                     message.kind == MessageKind::Internal ? ChangeAudience::staff()
                                                           : ChangeAudience::customerAndStaff(requesterId));
}

void TicketRepository::notifyAssigned(const Ticket &ticket, qint64 actorId, qint64 at)
{
    // Taking a ticket oneself needs no telling.
    if (!ticket.ownerId || *ticket.ownerId == actorId)
        return;
    m_notifications.notify(*ticket.ownerId, NotificationKind::Assigned, ticket.id,
                           Ticket::displayNumber(ticket.number) + QLatin1Char(' ') + ticket.subject, at);
}

void TicketRepository::notifyReply(const Ticket &ticket, const Message &message, bool byStaff)
{
    // Internal notes are staff talking among themselves; nobody waits on them as on a reply.
    if (message.kind != MessageKind::Public)
        return;
    const std::optional<qint64> recipient =
        byStaff ? std::optional<qint64>(ticket.requesterId) : ticket.ownerId;
    if (!recipient || *recipient == message.authorId)
        return;
    m_notifications.notify(*recipient, NotificationKind::Reply, ticket.id, message.body, message.createdAt);
}

Message TicketRepository::insertMessage(qint64 ticketId, qint64 authorId, MessageKind kind,
                                        const QString &body, const QList<qint64> &attachmentIds, qint64 at)
{
    if (body.trimmed().isEmpty() || body.size() > TicketDraft::MaxBodyLength)
        throw DomainError::validation(
            QStringLiteral("Field 'body' must have 1 to %1 characters.").arg(TicketDraft::MaxBodyLength),
            QStringLiteral("body"));
    // Stored and returned in id order, which is also the order a later read gives (the link table has no
    // position), so a client sees the same list in the POST answer, the feed and GET.
    QList<qint64> ids = attachmentIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    Message m;
    m.ticketId = ticketId;
    m.authorId = authorId;
    m.kind = kind;
    m.body = body;
    m.createdAt = at;
    m.attachments = ownAttachments(authorId, ids);
    m.attachmentIds = ids;
    m.id = messageTable().insert(m_db, m);
    for (qint64 id : std::as_const(ids)) {
        m_db.prepare(
                QStringLiteral("INSERT INTO message_attachments (message_id, attachment_id) VALUES (?, ?)"))
            .bind(m.id)
            .bind(id)
            .exec();
    }
    return m;
}

Ticket TicketRepository::create(const NewTicket &ticket, qint64 actorId)
{
    return create(ticket, actorId, std::nullopt);
}

Ticket TicketRepository::create(const NewTicket &n, qint64 actorId,
                                const std::optional<InitialMessage> &first)
{
    const QString subject = n.subject.trimmed();
    if (subject.isEmpty() || subject.size() > TicketPatch::MaxSubjectLength)
        throw DomainError::validation(QStringLiteral("Field 'subject' must have 1 to %1 characters.")
                                          .arg(TicketPatch::MaxSubjectLength),
                                      QStringLiteral("subject"));
    if (n.severity < MinSeverity || n.severity > MaxSeverity)
        throw DomainError::validation(
            QStringLiteral("Field 'severity' must be between %1 and %2.").arg(MinSeverity).arg(MaxSeverity),
            QStringLiteral("severity"));
    if (n.tier < MinTier || n.tier > MaxTier)
        throw DomainError::validation(
            QStringLiteral("Field 'tier' must be between %1 and %2.").arg(MinTier).arg(MaxTier),
            QStringLiteral("tier"));
    const std::optional<User> requester = m_users.userById(n.requesterId);
    if (!requester || isStaff(requester->role))
        throw DomainError::validation(
            QStringLiteral("Field 'requester_id' must name an existing customer; user %1 is not one.")
                .arg(n.requesterId),
            QStringLiteral("requester_id"));
    if (n.groupId)
        requireGroup(*n.groupId);
    if (n.incidentId)
        requireIncident(*n.incidentId);
    if (n.ownerId)
        requireStaffUser(*n.ownerId, QStringLiteral("owner_id"));
    for (qint64 id : n.collaboratorIds)
        requireStaffUser(id, QStringLiteral("collaborator_ids"));
    const std::optional<User> actor = m_users.userById(actorId);
    if (!actor)
        throw DatabaseError(QStringLiteral("Ticket created by unknown user %1.").arg(actorId));

    const Importance importance = requester->effectiveImportance();
    Ticket t;
    t.subject = subject;
    t.status = n.status;
    t.severity = n.severity;
    t.priority = PriorityRule::priority(n.severity, importance);
    t.requesterId = n.requesterId;
    t.ownerId = n.ownerId;
    t.tier = n.tier;
    // New tickets land in the tier's first team, so that nothing sits in a queue nobody watches.
    t.groupId = n.groupId ? n.groupId : defaultGroup(n.tier);
    t.collaboratorIds = n.collaboratorIds;
    t.errorCodes = n.errorCodes;
    t.tags = n.tags;
    t.incidentId = n.incidentId;
    t.createdAt = n.createdAt.value_or(Timestamp::nowMs());
    t.updatedAt = std::max(n.updatedAt.value_or(t.createdAt), t.createdAt);
    t.slaDueAt = SlaPolicy::dueAtMs(t.createdAt, n.severity, importance);
    // A customer opening a ticket is the customer's latest activity on it.
    if (!isStaff(actor->role))
        t.lastCustomerActivityAt = t.createdAt;
    if (isClosedStatus(t.status))
        t.resolvedAt = t.updatedAt;
    t.version = 1;

    // The number is derived from the id, which exists only after the insert; a placeholder fills the UNIQUE
    // column meanwhile. Writers are serialised by the write transaction, so no one else can hold it.
    t.number = -1;
    t.id = ticketTable().insert(m_db, t);
    t.number = NumberOffset + t.id;
    m_db.prepare(QStringLiteral("UPDATE tickets SET number = ? WHERE id = ?"))
        .bind(t.number)
        .bind(t.id)
        .exec();
    // The history starts with who opened the ticket, so "who created this on the customer's behalf" has an
    // answer.
    m_audit.record(t.id, actorId, QStringLiteral("created"), std::nullopt, Ticket::displayNumber(t.number),
                   t.createdAt);

    // The opening description is part of creating the ticket: it neither bumps the version nor counts as a
    // first response when an agent files the ticket on a customer's behalf (e.g. after a phone call).
    std::optional<Message> message;
    if (first)
        message =
            insertMessage(t.id, actorId, MessageKind::Public, first->body, first->attachmentIds, t.createdAt);

    publish(t);
    if (message)
        publish(*message, t.requesterId);
    notifyAssigned(t, actorId, t.createdAt);
    qCDebug(lcTickets) << "created ticket" << t.id << "for" << t.requesterId << "by" << actorId << "priority"
                       << t.priority;
    return t;
}

Message TicketRepository::addMessage(qint64 ticketId, qint64 authorId, MessageKind kind, const QString &body,
                                     const QList<qint64> &attachmentIds, std::optional<qint64> at)
{
    const std::optional<Ticket> current = ticketById(ticketId);
    if (!current)
        throw DomainError::notFound(QStringLiteral("No ticket %1.").arg(ticketId));
    const std::optional<User> author = m_users.userById(authorId);
    if (!author)
        throw DatabaseError(QStringLiteral("Message by unknown user %1.").arg(authorId));
    const qint64 when = at.value_or(Timestamp::nowMs());
    const Message message = insertMessage(ticketId, authorId, kind, body, attachmentIds, when);

    Ticket t = *current;
    if (!isStaff(author->role)) {
        t.lastCustomerActivityAt = when;
        // The customer answered or came back: the ticket needs an agent again.
        if (t.status == TicketStatus::WaitingCustomer || t.status == TicketStatus::Resolved) {
            t.status = TicketStatus::Open;
            t.resolvedAt.reset();
            m_audit.record(t.id, authorId, QStringLiteral("status"), toString(current->status),
                           toString(t.status), when);
        }
    } else if (kind == MessageKind::Public && !t.firstResponseAt) {
        // Only what the customer can read counts as a response; an internal note does not stop the SLA clock.
        t.firstResponseAt = when;
    }
    t.updatedAt = std::max(t.updatedAt, when);
    t.version = current->version + 1;
    writeTicket(t, current->version);

    publish(t);
    publish(message, t.requesterId);
    notifyReply(t, message, isStaff(author->role));
    return message;
}

Ticket TicketRepository::update(qint64 id, const TicketPatch &patch, qint64 actorId, qint64 expectedVersion)
{
    const std::optional<Ticket> current = ticketById(id);
    if (!current)
        throw DomainError::notFound(QStringLiteral("No ticket %1.").arg(id));
    // Checked inside the write transaction the router opened, so no other writer can slip in between this
    // comparison and the UPDATE.
    if (current->version != expectedVersion)
        throw DomainError::versionConflict(
            QStringLiteral("Ticket %1 changed since version %2 (it is at version %3): reload it and apply "
                           "your change again.")
                .arg(id)
                .arg(expectedVersion)
                .arg(current->version),
            current->toJson());

    const qint64 now = Timestamp::nowMs();
    Ticket next = *current;
    if (patch.subject)
        next.subject = patch.subject->trimmed();
    if (patch.status && *patch.status != current->status) {
        next.status = *patch.status;
        if (next.status == TicketStatus::Resolved)
            next.resolvedAt = now;
        else if (next.status != TicketStatus::Closed)
            next.resolvedAt.reset(); // reopened; closing a resolved ticket keeps when it was resolved
    }
    if (patch.severity && *patch.severity != current->severity) {
        // Severity (with the requester's importance) is all the priority and the SLA depend on; the SLA still
        // counts from when the ticket was opened, not from when someone re-rated it.
        const Importance importance = requesterImportance(current->requesterId);
        next.severity = *patch.severity;
        next.priority = PriorityRule::priority(next.severity, importance);
        next.slaDueAt = SlaPolicy::dueAtMs(current->createdAt, next.severity, importance);
    }
    if (patch.ownerId) {
        if (const std::optional<qint64> owner = *patch.ownerId) {
            requireStaffUser(*owner, QStringLiteral("owner_id"));
            next.ownerId = owner;
        } else if (current->ownerId) {
            throw DomainError::validation(QStringLiteral("Field 'owner_id' cannot be cleared: a ticket "
                                                         "always keeps an owner; reassign it instead."),
                                          QStringLiteral("owner_id"));
        }
    }
    if (patch.groupId) {
        if (*patch.groupId)
            requireGroup(**patch.groupId);
        next.groupId = *patch.groupId;
    }
    if (patch.tier)
        next.tier = *patch.tier;
    if (patch.collaboratorIds) {
        for (qint64 collaborator : *patch.collaboratorIds)
            requireStaffUser(collaborator, QStringLiteral("collaborator_ids"));
        next.collaboratorIds = *patch.collaboratorIds;
    }
    if (patch.errorCodes)
        next.errorCodes = *patch.errorCodes;
    if (patch.tags)
        next.tags = *patch.tags;
    if (patch.incidentId) {
        if (*patch.incidentId)
            requireIncident(**patch.incidentId);
        next.incidentId = *patch.incidentId;
    }
    if (patch.mergedIntoId) {
        if (*patch.mergedIntoId)
            requireMergeTarget(id, **patch.mergedIntoId);
        next.mergedIntoId = *patch.mergedIntoId;
    }

    const auto changes = ticketTable().auditedChanges(*current, next);
    // Nothing to record: leave version and updated_at alone, so caches and other editors are not disturbed.
    if (changes.isEmpty())
        return *current;

    next.version = current->version + 1;
    next.updatedAt = std::max(now, current->updatedAt);
    writeTicket(next, current->version);
    for (const auto &change : changes)
        m_audit.record(id, actorId, change.field, change.before, change.after, next.updatedAt);
    publish(next);
    if (next.ownerId != current->ownerId)
        notifyAssigned(next, actorId, next.updatedAt);
    qCDebug(lcTickets) << "ticket" << id << "updated by" << actorId << "to version" << next.version;
    return next;
}

} // namespace tierdesk
