#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tierdesk {

// How a ticket's state reads for a customer: "Waiting for your answer" rather than "waiting_customer".
class TicketStatusText
{
    Q_DECLARE_TR_FUNCTIONS(TicketStatusText)

public:
    static QString displayName(const QString &status);
    // The ticket's status, or "Not sent yet" for a ticket that exists only in the outbox (negative id).
    static QString displayName(const QJsonObject &ticket);
    // Resolved and closed tickets: the customer may reopen them.
    static bool isFinished(const QString &status);
};

} // namespace tierdesk
