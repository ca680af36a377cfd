#pragma once

#include <QStyledItemDelegate>

namespace tierdesk {

// Paints the queue table's few special cells on top of the model's texts and colours:
//  - number: a coloured bar on the left edge of waiting tickets (AgingScale), and a mark for rows whose
//    edits are not on the server yet;
//  - requester: a gold star before VIP customers;
//  - SLA: the countdown in a pill, red when breached, amber when at risk.
class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QueueDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintRequester(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    void paintSla(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace tierdesk
