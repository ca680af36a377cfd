#pragma once

#include "server/resources/resource.h"
#include "server/resources/tickets/tickethandler.h"
#include "server/resources/tickets/ticketrepository.h"

namespace tierdesk {

struct ServerContext;

// Tickets, their messages and their audit history.
class TicketsResource : public Resource
{
public:
    explicit TicketsResource(ServerContext &context);

    QString name() const override { return QStringLiteral("tickets"); }
    QList<Migration> migrations() const override;
    void registerRoutes(Router &router) override;

    TicketRepository &repository() { return m_repository; }

private:
    TicketRepository m_repository;
    TicketHandler m_handler;
};

} // namespace tierdesk
