#include "server/resources/tickets/tickethandler.h"

#include "server/http/apierror.h"
#include "server/http/requestcontext.h"
#include "server/http/router.h"
#include "server/resources/tickets/ticketrepository.h"
#include "server/resources/users/userrepository.h"

#include "core/jsonreader.h"
#include "core/ticketpatch.h"

#include <QJsonArray>

namespace tierdesk {
namespace {

constexpr qint64 MaxId = 9007199254740991LL; // the largest integer a JSON client can hold exactly

QByteArray entityTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpResponse ticketResponse(int status, const Ticket &ticket)
{
    HttpResponse response = HttpResponse::json(status, ticket.toJson());
    response.withHeader("ETag", entityTag(ticket.version));
    return response;
}

HttpResponse itemsResponse(const QJsonArray &items)
{
    return HttpResponse::json(200, {{QStringLiteral("items"), items}});
}

ApiError badParameter(const QString &message)
{
    return ApiError::badRequest(QStringLiteral("bad_parameter"), message);
}

TicketRepository::Filter readFilter(const RequestContext &ctx)
{
    TicketRepository::Filter filter;
    if (const auto statuses = ctx.queryString(QStringLiteral("status"), 200)) {
        for (const QString &name : statuses->split(QLatin1Char(','))) {
            const auto status = ticketStatusFromString(name.trimmed());
            if (!status)
                throw badParameter(
                    QStringLiteral("Query parameter 'status' must be a comma-separated list of new, "
                                   "open, waiting_customer, waiting_internal, resolved, closed."));
            if (!filter.statuses.contains(*status))
                filter.statuses.append(*status);
        }
    }
    filter.ownerId = ctx.queryInt(QStringLiteral("owner_id"), 1, MaxId);
    filter.groupId = ctx.queryInt(QStringLiteral("group_id"), 1, MaxId);
    if (const auto tier = ctx.queryInt(QStringLiteral("tier"), MinTier, MaxTier))
        filter.tier = int(*tier);
    filter.requesterId = ctx.queryInt(QStringLiteral("requester_id"), 1, MaxId);
    filter.text = ctx.queryString(QStringLiteral("q"), 200).value_or(QString()).trimmed();
    if (filter.text.contains(QChar(0)))
        throw badParameter(QStringLiteral("Query parameter 'q' must not contain NUL characters."));
    filter.updatedSince = ctx.queryTime(QStringLiteral("updated_since"));
    return filter;
}

} // namespace

TicketHandler::TicketHandler(ServerContext &context, TicketRepository &tickets)
    : m_context(context)
    , m_tickets(tickets)
{}

Ticket TicketHandler::visibleTicket(const RequestContext &ctx, qint64 id)
{
    std::optional<Ticket> ticket = m_tickets.ticketById(id);
    // The same answer for "no such ticket" and "someone else's ticket".
    if (!ticket || (!ctx.isStaff() && ticket->requesterId != ctx.user().id))
        throw ApiError::notFound(QStringLiteral("No ticket %1.").arg(id));
    return *ticket;
}

void TicketHandler::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/tickets"), [this](RequestContext &ctx) {
        const TicketRepository::Filter filter = readFilter(ctx);
        const int limit = int(ctx.queryInt(QStringLiteral("limit"), 1, MaxLimit).value_or(DefaultLimit));
        std::optional<TicketRepository::Cursor> cursor;
        if (const auto token = ctx.queryString(QStringLiteral("cursor"), 200)) {
            cursor = TicketRepository::Cursor::decode(*token);
            if (!cursor)
                throw badParameter(
                    QStringLiteral("Query parameter 'cursor' is not a cursor this server handed out; "
                                   "start again without it."));
        }
        const TicketRepository::Page page = m_tickets.list(ctx.user(), filter, limit, cursor);
        QJsonArray items;
        for (const Ticket &t : page.items)
            items.append(t.toJson());
        return HttpResponse::json(200, {{QStringLiteral("items"), items},
                                        {QStringLiteral("next"), page.next ? QJsonValue(page.next->encode())
                                                                           : QJsonValue(QJsonValue::Null)}});
    });

    router.add("POST", QStringLiteral("/api/v1/tickets"), [this](RequestContext &ctx) {
        JsonReader reader(ctx.jsonBody());
        const TicketDraft draft = TicketDraft::fromJson(reader);
        if (!reader.ok())
            throw ApiError::validation(reader.error());
        const User &me = ctx.user();

        TicketRepository::NewTicket ticket;
        if (ctx.isStaff()) {
            if (!draft.requesterId)
                throw ApiError::validation(QStringLiteral(
                    "Field 'requester_id' is required when staff open a ticket: name the customer."));
            ticket.requesterId = *draft.requesterId;
        } else {
            if (draft.requesterId && *draft.requesterId != me.id)
                throw ApiError::forbidden(QStringLiteral("Customers can open tickets only for themselves."));
            ticket.requesterId = me.id;
        }
        std::optional<Group> group;
        if (draft.groupId) {
            group = m_context.users.groupById(*draft.groupId);
            if (!group)
                throw ApiError::validation(
                    QStringLiteral("Field 'group_id' names no existing group (%1).").arg(*draft.groupId));
        }
        ticket.subject = draft.subject;
        ticket.severity = draft.severity;
        // A ticket filed straight into a group starts at that group's tier unless a tier is given.
        ticket.tier = draft.tier.value_or(group ? group->tier : MinTier);
        ticket.groupId = draft.groupId;
        ticket.incidentId = draft.incidentId;
        ticket.errorCodes = draft.errorCodes;
        ticket.tags = draft.tags;

        std::optional<TicketRepository::InitialMessage> first;
        if (!draft.body.isEmpty())
            first = TicketRepository::InitialMessage{draft.body, draft.attachmentIds};
        else if (!draft.attachmentIds.isEmpty())
            throw ApiError::validation(
                QStringLiteral("Field 'attachment_ids' needs a 'body' to attach the files to."));

        const Ticket created = m_tickets.create(ticket, me.id, first);
        HttpResponse response = ticketResponse(201, created);
        response.withHeader("Location", "/api/v1/tickets/" + QByteArray::number(created.id));
        return response;
    });

    router.add("GET", QStringLiteral("/api/v1/tickets/{id}"), [this](RequestContext &ctx) {
        return ticketResponse(200, visibleTicket(ctx, ctx.idParam()));
    });

    router.add("PATCH", QStringLiteral("/api/v1/tickets/{id}"), [this](RequestContext &ctx) {
        const Ticket ticket = visibleTicket(ctx, ctx.idParam());
        const qint64 expectedVersion = ctx.ifMatchVersion();
        JsonReader reader(ctx.jsonBody());
        const TicketPatch patch = TicketPatch::fromJson(reader);
        if (!reader.ok())
            throw ApiError::validation(reader.error());
        if (!ctx.isStaff()) {
            // Customers may close their ticket or reopen it; how it is worked is up to the support team.
            const QStringList fields = patch.fieldNames();
            if (fields != QStringList{QStringLiteral("status")})
                throw ApiError::forbidden(
                    QStringLiteral("Customers may only change a ticket's status, to open or closed (not %1).")
                        .arg(fields.join(QStringLiteral(", "))));
            if (*patch.status != TicketStatus::Open && *patch.status != TicketStatus::Closed)
                throw ApiError::forbidden(
                    QStringLiteral("Customers may only set the status to open or closed."));
        }
        return ticketResponse(200, m_tickets.update(ticket.id, patch, ctx.user().id, expectedVersion));
    });

    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/audit"), [this](RequestContext &ctx) {
        // Existence first, so that a customer asking about someone else's ticket learns nothing from a 403.
        const Ticket ticket = visibleTicket(ctx, ctx.idParam());
        ctx.requireStaff();
        QJsonArray items;
        for (const AuditEntry &e : m_tickets.audit(ticket.id))
            items.append(e.toJson());
        return itemsResponse(items);
    });

    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/messages"), [this](RequestContext &ctx) {
        const Ticket ticket = visibleTicket(ctx, ctx.idParam());
        QJsonArray items;
        for (const Message &m : m_tickets.messages(ticket.id, ctx.isStaff()))
            items.append(m.toJson());
        return itemsResponse(items);
    });

    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/messages"), [this](RequestContext &ctx) {
        const Ticket ticket = visibleTicket(ctx, ctx.idParam());
        JsonReader reader(ctx.jsonBody());
        const auto kind = messageKindFromString(reader.requiredString(QStringLiteral("kind"), 1, 32));
        if (!kind)
            reader.fail(QStringLiteral("kind"), QStringLiteral("Field 'kind' must be public or internal."));
        const QString body = reader.requiredString(QStringLiteral("body"), 1, TicketDraft::MaxBodyLength);
        const QList<qint64> attachmentIds =
            reader.optionalIdList(QStringLiteral("attachment_ids"), TicketPatch::MaxListItems)
                .value_or(QList<qint64>());
        reader.rejectUnknownFields();
        if (!reader.ok())
            throw ApiError::validation(reader.error());
        if (*kind == MessageKind::Internal && !ctx.isStaff())
            throw ApiError::forbidden(QStringLiteral("Internal notes are for support staff only."));
        const Message message = m_tickets.addMessage(ticket.id, ctx.user().id, *kind, body, attachmentIds);
        return HttpResponse::json(201, message.toJson());
    });
}

} // namespace tierdesk
