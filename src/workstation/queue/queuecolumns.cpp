#include "queuecolumns.h"

#include "queuemodel.h"

#include "client/query/ticketqueryrow.h"
#include "core/domaintypes.h"
#include "core/ticket.h"

#include <QDateTime>
#include <QLocale>

// The texts keep QueueModel's translation context (QueueModel::tr): the catalogues know them by it.

namespace tierdesk {
namespace {

QString formatDuration(qint64 ms)
{
    const qint64 minutes = qAbs(ms) / 60000;
    if (minutes < 60)
        return QueueModel::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return QueueModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QueueModel::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString statusText(const QString &status)
{
    const auto s = ticketStatusFromString(status);
    if (!s)
        return status;
    switch (*s) {
    case TicketStatus::New:
        return QueueModel::tr("New");
    case TicketStatus::Open:
        return QueueModel::tr("Open");
    case TicketStatus::WaitingCustomer:
        return QueueModel::tr("Waiting on customer");
    case TicketStatus::WaitingInternal:
        return QueueModel::tr("Waiting on specialist");
    case TicketStatus::Resolved:
        return QueueModel::tr("Resolved");
    case TicketStatus::Closed:
        return QueueModel::tr("Closed");
    }
    return status;
}

QString severityText(int severity)
{
    switch (severity) {
    case 1:
        return QueueModel::tr("1 · Critical");
    case 2:
        return QueueModel::tr("2 · High");
    case 3:
        return QueueModel::tr("3 · Normal");
    case 4:
        return QueueModel::tr("4 · Low");
    }
    return QString::number(severity);
}

} // namespace

bool QueueColumns::isWaiting(const QString &status)
{
    return status == QLatin1String("waiting_customer") || status == QLatin1String("waiting_internal");
}

bool QueueColumns::isFinished(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

QString QueueColumns::dateTimeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QVariant QueueColumns::headerData(int section, int role)
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case QueueModel::NumberColumn:
        return QueueModel::tr("Number");
    case QueueModel::SubjectColumn:
        return QueueModel::tr("Subject");
    case QueueModel::RequesterColumn:
        return QueueModel::tr("Requester");
    case QueueModel::SeverityColumn:
        return QueueModel::tr("Severity");
    case QueueModel::PriorityColumn:
        return role == Qt::ToolTipRole ? QueueModel::tr("Priority, then SLA due time")
                                       : QueueModel::tr("Priority");
    case QueueModel::StatusColumn:
        return QueueModel::tr("Status");
    case QueueModel::OwnerColumn:
        return QueueModel::tr("Owner");
    case QueueModel::TierColumn:
        return QueueModel::tr("Tier / group");
    case QueueModel::SlaColumn:
        return role == Qt::ToolTipRole ? QueueModel::tr("Time left to the first-response target")
                                       : QueueModel::tr("SLA");
    case QueueModel::LastActivityColumn:
        return QueueModel::tr("Last activity");
    }
    return {};
}

QVariant QueueColumns::displayText(const TicketQueryRow &r, int column, qint64 nowMs)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return r.number > 0 ? Ticket::displayNumber(r.number) : QueueModel::tr("new");
    case QueueModel::SubjectColumn:
        return r.subject;
    case QueueModel::RequesterColumn:
        return r.vip ? QStringLiteral("★ ") + r.requesterName : r.requesterName;
    case QueueModel::SeverityColumn:
        return severityText(r.severity);
    case QueueModel::PriorityColumn:
        return QStringLiteral("P%1").arg(r.priority);
    case QueueModel::StatusColumn:
        return statusText(r.status);
    case QueueModel::OwnerColumn:
        return r.ownerId != 0 ? r.ownerName : QueueModel::tr("Unassigned");
    case QueueModel::TierColumn:
        return r.groupName.isEmpty() ? QueueModel::tr("Tier %1").arg(r.tier)
                                     : QueueModel::tr("T%1 · %2").arg(r.tier).arg(r.groupName);
    case QueueModel::SlaColumn: {
        if (isFinished(r.status) || r.slaDueAt <= 0)
            return QString();
        if (r.firstResponseAt > 0)
            return QueueModel::tr("met");
        const qint64 remaining = r.slaDueAt - nowMs;
        return remaining >= 0 ? QueueModel::tr("in %1").arg(formatDuration(remaining))
                              : QueueModel::tr("%1 overdue").arg(formatDuration(remaining));
    }
    case QueueModel::LastActivityColumn:
        return dateTimeText(r.updatedAt);
    }
    return {};
}

TicketSortKey QueueColumns::sortKeyOf(int column)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return TicketSortKey::Number;
    case QueueModel::SubjectColumn:
        return TicketSortKey::Subject;
    case QueueModel::RequesterColumn:
        return TicketSortKey::Requester;
    case QueueModel::SeverityColumn:
        return TicketSortKey::Severity;
    case QueueModel::StatusColumn:
        return TicketSortKey::Status;
    case QueueModel::OwnerColumn:
        return TicketSortKey::Owner;
    case QueueModel::TierColumn:
        return TicketSortKey::Tier;
    case QueueModel::SlaColumn:
        return TicketSortKey::SlaDue;
    case QueueModel::LastActivityColumn:
        return TicketSortKey::LastActivity;
    case QueueModel::PriorityColumn:
    default:
        return TicketSortKey::Priority;
    }
}

QVariant QueueColumns::sortKey(const TicketQueryRow &r, int column)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return r.number;
    case QueueModel::SubjectColumn:
        return r.subject;
    case QueueModel::RequesterColumn:
        return r.requesterName;
    case QueueModel::SeverityColumn:
        return r.severity;
    case QueueModel::PriorityColumn:
        return r.priority;
    case QueueModel::StatusColumn:
        return r.status;
    case QueueModel::OwnerColumn:
        return r.ownerId != 0 ? QVariant(r.ownerName) : QVariant();
    case QueueModel::TierColumn:
        return r.tier;
    case QueueModel::SlaColumn:
        return r.slaDueAt;
    case QueueModel::LastActivityColumn:
        return r.updatedAt;
    }
    return {};
}

} // namespace tierdesk
