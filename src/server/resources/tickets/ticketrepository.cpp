#include "server/resources/tickets/ticketrepository.h"

#include "server/http/apierror.h"
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

const QString SelectTicket = QStringLiteral(
    "SELECT t.id, t.number, t.subject, t.status, t.severity, t.priority, t.requester_id, t.owner_id, "
    "t.group_id,"
    " t.tier, t.collaborator_ids, t.error_codes, t.tags, t.incident_id, t.merged_into_id, t.created_at,"
    " t.updated_at, t.last_customer_activity_at, t.first_response_at, t.resolved_at, t.sla_due_at, t.version"
    " FROM tickets t");

const QString SelectAttachment = QStringLiteral(
    "SELECT id, sha256, size, content_type, filename, uploader_id, created_at FROM attachments");

// Ticket numbers start above the ids so that "TD-1001" never looks like a row id in conversations.
constexpr qint64 NumberOffset = 1000;
// A merge chain longer than this is either corrupt or a cycle; either way no merge may extend it.
constexpr int MaxMergeChain = 100;

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString idListText(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return jsonText(array);
}

QString stringListText(const QStringList &list)
{
    return jsonText(QJsonArray::fromStringList(list));
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QList<qint64> parseIdList(const QString &text)
{
    QList<qint64> ids;
    for (const QJsonValue &v : parseArray(text))
        ids.append(v.toInteger());
    return ids;
}

QStringList parseStringList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : parseArray(text))
        list.append(v.toString());
    return list;
}

std::optional<QString> idText(const std::optional<qint64> &id)
{
    return id ? std::optional<QString>(QString::number(*id)) : std::nullopt;
}

QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant::fromValue<qlonglong>(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

Ticket readTicket(const Statement &st)
{
    Ticket t;
    t.id = st.int64(0);
    t.number = st.int64(1);
    t.subject = st.text(2);
    t.status = ticketStatusFromString(st.text(3)).value_or(TicketStatus::New);
    t.severity = int(st.int64(4));
    t.priority = int(st.int64(5));
    t.requesterId = st.int64(6);
    t.ownerId = st.optionalInt64(7);
    t.groupId = st.optionalInt64(8);
    t.tier = int(st.int64(9));
    t.collaboratorIds = parseIdList(st.text(10));
    t.errorCodes = parseStringList(st.text(11));
    t.tags = parseStringList(st.text(12));
    t.incidentId = st.optionalInt64(13);
    t.mergedIntoId = st.optionalInt64(14);
    t.createdAt = st.int64(15);
    t.updatedAt = st.int64(16);
    t.lastCustomerActivityAt = st.optionalInt64(17);
    t.firstResponseAt = st.optionalInt64(18);
    t.resolvedAt = st.optionalInt64(19);
    t.slaDueAt = st.int64(20);
    t.version = st.int64(21);
    return t;
}

AttachmentInfo readAttachment(const Statement &st, int first)
{
    AttachmentInfo a;
    a.id = st.int64(first);
    a.sha256 = st.text(first + 1);
    a.size = st.int64(first + 2);
    a.contentType = st.text(first + 3);
    a.filename = st.text(first + 4);
    a.uploaderId = st.int64(first + 5);
    a.createdAt = st.int64(first + 6);
    return a;
}

// The fields a person edits, as the audit history shows them. Derived values (priority, SLA due time,
// resolved_at, version) are left out: they follow from these and would only repeat the same change.
QList<QPair<QString, std::optional<QString>>> auditedFields(const Ticket &t)
{
    return {
        {QStringLiteral("subject"), t.subject},
        {QStringLiteral("status"), toString(t.status)},
        {QStringLiteral("severity"), QString::number(t.severity)},
        {QStringLiteral("owner_id"), idText(t.ownerId)},
        {QStringLiteral("group_id"), idText(t.groupId)},
        {QStringLiteral("tier"), QString::number(t.tier)},
        {QStringLiteral("collaborator_ids"), idListText(t.collaboratorIds)},
        {QStringLiteral("error_codes"), stringListText(t.errorCodes)},
        {QStringLiteral("tags"), stringListText(t.tags)},
        {QStringLiteral("incident_id"), idText(t.incidentId)},
        {QStringLiteral("merged_into_id"), idText(t.mergedIntoId)},
    };
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

TicketRepository::TicketRepository(Database &db, ChangeLog &changes, UserRepository &users)
    : m_db(db)
    , m_changes(changes)
    , m_users(users)
    , m_audit(db)
{}

// ---- reading
// -------------------------------------------------------------------------------------------------

std::optional<Ticket> TicketRepository::ticketById(qint64 id)
{
    Statement st = m_db.prepare(SelectTicket + QStringLiteral(" WHERE t.id = ?"));
    st.bind(id).exec();
    if (!st.next())
        return std::nullopt;
    return readTicket(st);
}

QList<Message> TicketRepository::messages(qint64 ticketId, bool includeInternal)
{
    QList<Message> out;
    QHash<qint64, qsizetype> indexById;
    {
        // Internal notes are filtered by the database, not after reading, so that they never leave it for a
        // customer's request.
        Statement st = m_db.prepare(
            includeInternal
                ? QStringLiteral("SELECT id, ticket_id, author_id, kind, body, created_at FROM messages"
                                 " WHERE ticket_id = ? ORDER BY id")
                : QStringLiteral("SELECT id, ticket_id, author_id, kind, body, created_at FROM messages"
                                 " WHERE ticket_id = ? AND kind = 'public' ORDER BY id"));
        st.bind(ticketId).exec();
        while (st.next()) {
            Message m;
            m.id = st.int64(0);
            m.ticketId = st.int64(1);
            m.authorId = st.int64(2);
            m.kind = messageKindFromString(st.text(3)).value_or(MessageKind::Internal);
            m.body = st.text(4);
            m.createdAt = st.int64(5);
            indexById.insert(m.id, out.size());
            out.append(m);
        }
    }
    if (out.isEmpty())
        return out;
    // One query for the whole conversation's attachments rather than one per message.
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT ma.message_id, a.id, a.sha256, a.size, a.content_type, a.filename, a.uploader_id,"
        " a.created_at FROM message_attachments ma JOIN attachments a ON a.id = ma.attachment_id"
        " JOIN messages m ON m.id = ma.message_id WHERE m.ticket_id = ? ORDER BY ma.message_id, a.id"));
    st.bind(ticketId).exec();
    while (st.next()) {
        const auto it = indexById.constFind(st.int64(0));
        if (it == indexById.constEnd())
            continue; // an internal note's file, not asked for
        Message &m = out[*it];
        const AttachmentInfo a = readAttachment(st, 1);
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
    QString sql = SelectTicket;
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
        page.items.append(readTicket(st));
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
        throw ApiError::validation(
            QStringLiteral("Field '%1' must name existing support staff; user %2 is not.")
                .arg(field)
                .arg(userId));
}

void TicketRepository::requireGroup(qint64 groupId)
{
    if (!m_users.groupById(groupId))
        throw ApiError::validation(
            QStringLiteral("Field 'group_id' names no existing group (%1).").arg(groupId));
}

void TicketRepository::requireIncident(qint64 incidentId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
    st.bind(incidentId).exec();
    if (!st.next())
        throw ApiError::validation(
            QStringLiteral("Field 'incident_id' names no existing incident (%1).").arg(incidentId));
}

void TicketRepository::requireMergeTarget(qint64 ticketId, qint64 targetId)
{
    if (targetId == ticketId)
        throw ApiError::validation(
            QStringLiteral("Field 'merged_into_id' must name another ticket, not this one."));
    // Follow the target's own merges: merging A into B when B is (eventually) merged into A would make a
    // cycle that no client could resolve to the ticket that holds the conversation.
    std::optional<qint64> next = targetId;
    for (int step = 0; next; ++step) {
        const std::optional<Ticket> t = ticketById(*next);
        if (!t) {
            throw ApiError::validation(
                QStringLiteral("Field 'merged_into_id' names no existing ticket (%1).").arg(targetId));
        }
        if (step >= MaxMergeChain || t->mergedIntoId == ticketId)
            throw ApiError::validation(
                QStringLiteral("Field 'merged_into_id' would merge ticket %1 into itself "
                               "through ticket %2, which is merged into it.")
                    .arg(ticketId)
                    .arg(targetId));
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
        Statement st = m_db.prepare(SelectAttachment + QStringLiteral(" WHERE id = ?"));
        st.bind(id).exec();
        // One answer for "does not exist" and "somebody else's": a file id must not tell whether someone else
        // uploaded it. Attaching only one's own uploads keeps files from moving into tickets they were not
        // for.
        if (!st.next() || st.int64(5) != uploaderId)
            throw ApiError::validation(
                QStringLiteral(
                    "Field 'attachment_ids': attachment %1 does not exist or was not uploaded by you.")
                    .arg(id));
        out.append(readAttachment(st, 0));
    }
    return out;
}

// ---- writing
// -----------------------------------------------------------------------------------------------

void TicketRepository::writeTicket(const Ticket &t, qint64 previousVersion)
{
    Statement st = m_db.prepare(QStringLiteral(
        "UPDATE tickets SET subject = ?, status = ?, severity = ?, priority = ?, owner_id = ?, group_id = ?,"
        " tier = ?, collaborator_ids = ?, error_codes = ?, tags = ?, incident_id = ?, merged_into_id = ?,"
        " updated_at = ?, last_customer_activity_at = ?, first_response_at = ?, resolved_at = ?, sla_due_at "
        "= ?,"
        " version = ? WHERE id = ? AND version = ?"));
    st.bind(t.subject)
        .bind(toString(t.status))
        .bind(t.severity)
        .bind(t.priority)
        .bind(nullableInt(t.ownerId))
        .bind(nullableInt(t.groupId))
        .bind(t.tier)
        .bind(idListText(t.collaboratorIds))
        .bind(stringListText(t.errorCodes))
        .bind(stringListText(t.tags))
        .bind(nullableInt(t.incidentId))
        .bind(nullableInt(t.mergedIntoId))
        .bind(t.updatedAt)
        .bind(nullableInt(t.lastCustomerActivityAt))
        .bind(nullableInt(t.firstResponseAt))
        .bind(nullableInt(t.resolvedAt))
        .bind(t.slaDueAt)
        .bind(t.version)
        .bind(t.id)
        .bind(previousVersion)
        .exec();
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

Message TicketRepository::insertMessage(qint64 ticketId, qint64 authorId, MessageKind kind,
                                        const QString &body, const QList<qint64> &attachmentIds, qint64 at)
{
    if (body.trimmed().isEmpty() || body.size() > TicketDraft::MaxBodyLength)
        throw ApiError::validation(
            QStringLiteral("Field 'body' must have 1 to %1 characters.").arg(TicketDraft::MaxBodyLength));
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
    m.id = m_db.prepare(QStringLiteral("INSERT INTO messages (ticket_id, author_id, kind, body, created_at)"
                                       " VALUES (?, ?, ?, ?, ?) RETURNING id"))
               .bind(ticketId)
               .bind(authorId)
               .bind(toString(kind))
               .bind(body)
               .bind(at)
               .execReturningId();
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
        throw ApiError::validation(QStringLiteral("Field 'subject' must have 1 to %1 characters.")
                                       .arg(TicketPatch::MaxSubjectLength));
    if (n.severity < MinSeverity || n.severity > MaxSeverity)
        throw ApiError::validation(
            QStringLiteral("Field 'severity' must be between %1 and %2.").arg(MinSeverity).arg(MaxSeverity));
    if (n.tier < MinTier || n.tier > MaxTier)
        throw ApiError::validation(
            QStringLiteral("Field 'tier' must be between %1 and %2.").arg(MinTier).arg(MaxTier));
    const std::optional<User> requester = m_users.userById(n.requesterId);
    if (!requester || isStaff(requester->role))
        throw ApiError::validation(
            QStringLiteral("Field 'requester_id' must name an existing customer; user %1 is not one.")
                .arg(n.requesterId));
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
    {
        Statement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO tickets (number, subject, status, severity, priority, requester_id, owner_id, "
            "group_id, tier,"
            " collaborator_ids, error_codes, tags, incident_id, merged_into_id, created_at, updated_at,"
            " last_customer_activity_at, first_response_at, resolved_at, sla_due_at, version)"
            " VALUES (-1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.bind(t.subject)
            .bind(toString(t.status))
            .bind(t.severity)
            .bind(t.priority)
            .bind(t.requesterId)
            .bind(nullableInt(t.ownerId))
            .bind(nullableInt(t.groupId))
            .bind(t.tier)
            .bind(idListText(t.collaboratorIds))
            .bind(stringListText(t.errorCodes))
            .bind(stringListText(t.tags))
            .bind(nullableInt(t.incidentId))
            .bind(nullableInt(t.mergedIntoId))
            .bind(t.createdAt)
            .bind(t.updatedAt)
            .bind(nullableInt(t.lastCustomerActivityAt))
            .bind(nullableInt(t.firstResponseAt))
            .bind(nullableInt(t.resolvedAt))
            .bind(t.slaDueAt)
            .bind(t.version);
        t.id = insert.execReturningId();
    } // finishes the INSERT … RETURNING before the row is touched again
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
    qCDebug(lcTickets) << "created ticket" << t.id << "for" << t.requesterId << "by" << actorId << "priority"
                       << t.priority;
    return t;
}

Message TicketRepository::addMessage(qint64 ticketId, qint64 authorId, MessageKind kind, const QString &body,
                                     const QList<qint64> &attachmentIds, std::optional<qint64> at)
{
    const std::optional<Ticket> current = ticketById(ticketId);
    if (!current)
        throw ApiError::notFound(QStringLiteral("No ticket %1.").arg(ticketId));
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
    return message;
}

Ticket TicketRepository::update(qint64 id, const TicketPatch &patch, qint64 actorId, qint64 expectedVersion)
{
    const std::optional<Ticket> current = ticketById(id);
    if (!current)
        throw ApiError::notFound(QStringLiteral("No ticket %1.").arg(id));
    // Checked inside the write transaction the router opened, so no other writer can slip in between this
    // comparison and the UPDATE.
    if (current->version != expectedVersion)
        throw ApiError(
            412, QStringLiteral("version_mismatch"),
            QStringLiteral("Ticket %1 changed since version %2 (it is at version %3): reload it and apply "
                           "your change again.")
                .arg(id)
                .arg(expectedVersion)
                .arg(current->version),
            {{QStringLiteral("current"), current->toJson()}});

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
            throw ApiError::validation(QStringLiteral(
                "Field 'owner_id' cannot be cleared: a ticket always keeps an owner; reassign it instead."));
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

    const auto before = auditedFields(*current);
    const auto after = auditedFields(next);
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).second != after.at(i).second)
            changed.append(i);
    }
    // Nothing to record: leave version and updated_at alone, so caches and other editors are not disturbed.
    if (changed.isEmpty())
        return *current;

    next.version = current->version + 1;
    next.updatedAt = std::max(now, current->updatedAt);
    writeTicket(next, current->version);
    for (qsizetype i : std::as_const(changed))
        m_audit.record(id, actorId, before.at(i).first, before.at(i).second, after.at(i).second,
                       next.updatedAt);
    publish(next);
    qCDebug(lcTickets) << "ticket" << id << "updated by" << actorId << "to version" << next.version;
    return next;
}

} // namespace tierdesk
