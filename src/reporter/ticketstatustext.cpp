#include "reporter/ticketstatustext.h"

namespace tierdesk {

QString TicketStatusText::displayName(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("Received");
    if (status == QLatin1String("open"))
        return tr("Being worked on");
    if (status == QLatin1String("waiting_customer"))
        return tr("Waiting for your answer");
    if (status == QLatin1String("waiting_internal"))
        return tr("With a specialist");
    if (status == QLatin1String("resolved"))
        return tr("Solved");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QString TicketStatusText::displayName(const QJsonObject &ticket)
{
    if (ticket.value(QLatin1String("id")).toInteger() < 0)
        return tr("Not sent yet");
    return displayName(ticket.value(QLatin1String("status")).toString());
}

bool TicketStatusText::isFinished(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

} // namespace tierdesk
