#include "reporter/ticketlistmodel.h"

#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"
#include "reporter/ticketstatustext.h"

#include "client/localstore.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace tierdesk {

TicketListModel::TicketListModel(ReporterSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    if (session && session->store())
        connect(session->store(), &LocalStore::changed, this, &TicketListModel::reload);
    if (session && session->queue())
        connect(session->queue(), &SendQueue::changed, this, &TicketListModel::reload);
    reload();
}

void TicketListModel::reload()
{
    beginResetModel();
    m_tickets = m_session ? m_session->myTickets() : QList<QJsonObject>();
    m_unread.clear();
    if (m_session && m_session->store() && m_session->store()->isOpen()) {
        for (const Notification &n : m_session->store()->notifications()) {
            if (!n.isRead() && n.ticketId)
                m_unread.insert(*n.ticketId);
        }
    }
    if (m_session && m_session->queue()) {
        for (const SendQueue::Entry &entry : m_session->queue()->entries()) {
            if (entry.kind != SendQueue::Kind::Ticket)
                continue;
            const QString status =
                entry.state == SendQueue::State::Failed
                    ? tr("Not sent: %1").arg(entry.error)
                    : tr("Sending files: %1 of %2").arg(entry.uploadedCount()).arg(entry.files.size());
            m_tickets.append(
                QJsonObject{{QStringLiteral("id"), 0},
                            {QStringLiteral("subject"), entry.payload.value(QLatin1String("subject"))},
                            {QStringLiteral("queued_status"), status},
                            {QStringLiteral("updated_at"), Timestamp::toIso(entry.createdAt)}});
        }
    }
    endResetModel();
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TicketListModel::unreadCount() const
{
    return int(m_unread.size());
}

qint64 TicketListModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? m_tickets.at(row).value(QLatin1String("id")).toInteger() : 0;
}

int TicketListModel::rowOf(qint64 ticketId) const
{
    if (ticketId == 0)
        return -1; // queued tickets have no id yet
    for (int row = 0; row < m_tickets.size(); ++row) {
        if (ticketIdAt(row) == ticketId)
            return row;
    }
    return -1;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const QJsonObject &ticket = m_tickets.at(index.row());
    if (role == TicketIdRole)
        return ticket.value(QLatin1String("id")).toInteger();
    const qint64 updated =
        Timestamp::fromIso(ticket.value(QLatin1String("updated_at")).toString()).value_or(0);
    if (role == SortRole && index.column() == UpdatedColumn)
        return updated;
    const bool unread = m_unread.contains(ticket.value(QLatin1String("id")).toInteger());
    if (role == Qt::FontRole && unread) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && unread)
        return tr("Support answered: open the ticket to read it.");
    if (role == UnreadRole)
        return unread;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return ticket.value(QLatin1String("number")).toString();
    case SubjectColumn:
        return ticket.value(QLatin1String("subject")).toString();
    case StatusColumn:
        if (ticket.contains(QLatin1String("queued_status")))
            return ticket.value(QLatin1String("queued_status")).toString();
        return unread ? tr("%1 · new reply").arg(TicketStatusText::displayName(ticket))
                      : TicketStatusText::displayName(ticket);
    case UpdatedColumn:
        return updated > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(updated), QLocale::ShortFormat)
                           : QString();
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace tierdesk
