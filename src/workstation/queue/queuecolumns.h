#pragma once

// What the queue's columns show for a row, apart from which rows the model holds (QueueModel): header
// texts, the display text of each column (translated; the SLA column counts down from `nowMs`), the raw
// value a column sorts by (and the client's sort key of each column), and the status words the model's roles
// and tints depend on.

#include "client/query/ticketsortkey.h"

#include <QString>
#include <QVariant>

namespace tierdesk {

struct TicketQueryRow;

class QueueColumns
{
public:
    static QVariant headerData(int column, int role); // Qt::DisplayRole and Qt::ToolTipRole
    static QVariant displayText(const TicketQueryRow &row, int column, qint64 nowMs);
    static QVariant sortKey(const TicketQueryRow &row, int column);
    // What the query orders by for a column (a QueueModel::Column; any other value: the default order).
    static TicketSortKey sortKeyOf(int column);

    static bool isWaiting(const QString &status);  // waiting on the customer or on a specialist
    static bool isFinished(const QString &status); // resolved or closed
    static QString dateTimeText(qint64 ms);        // short local date and time; empty for 0
};

} // namespace tierdesk
