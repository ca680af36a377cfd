#pragma once

#include "reporter/reportersession.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>

namespace tierdesk {

// "My tickets": the customer's tickets from the local cache (also those not sent yet), newest activity
// first, and after them the new tickets still waiting in the send queue for their files to upload (ticket
// id 0: there is nothing to open yet). Columns: number, subject, status (in the customer's words), last
// change. A ticket with a reply the customer has not seen yet (an unread notification) shows in bold with
// "new reply"; opening it marks that read (MainWindow). Reloads when the cache or the queue changes; a
// customer has tens of tickets, not thousands, so a reset is cheap.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, SubjectColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, SortRole, UnreadRole };

    explicit TicketListModel(ReporterSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 ticketIdAt(int row) const;
    int unreadCount() const; // tickets with a reply not seen yet
    int rowOf(qint64 ticketId) const;
    void reload();

private:
    QPointer<ReporterSession> m_session;
    QList<QJsonObject> m_tickets;
    QSet<qint64> m_unread; // tickets with an unread notification
};

} // namespace tierdesk
