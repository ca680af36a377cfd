#include "workstation/queueview/queuedelegate.h"

#include "workstation/queue/agingscale.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/savedview.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace tierdesk {

namespace {
void paintStar(QPainter *painter, const QPointF &centre, qreal radius)
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? radius : radius * 0.45;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        i == 0 ? star.moveTo(p) : star.lineTo(p);
    }
    star.closeSubpath();
    painter->setPen(QPen(QColor(0x8a, 0x64, 0x00), 0.8));
    painter->setBrush(QColor(0xe6, 0xa7, 0x00));
    painter->drawPath(star);
}
} // namespace

QueueDelegate::QueueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize QueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == QueueModel::RequesterColumn && index.data(QueueModel::IsVipRole).toBool())
        size.rwidth() += 6;
    return size;
}

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    switch (index.column()) {
    case QueueModel::RequesterColumn:
        paintRequester(painter, option, index);
        return;
    case QueueModel::SlaColumn:
        paintSla(painter, option, index);
        return;
    default:
        break;
    }
    QStyleOptionViewItem opt = option;
    if (index.column() == QueueModel::SubjectColumn && index.data(QueueModel::PendingRole).toBool())
        opt.font.setItalic(true);
    QStyledItemDelegate::paint(painter, opt, index);
    if (index.column() == QueueModel::NumberColumn) {
        const QVariant level = index.data(QueueModel::AgingLevelRole);
        if (level.isValid()) {
            const QRect bar(option.rect.left(), option.rect.top() + 1, 4, option.rect.height() - 2);
            painter->fillRect(bar, AgingScale::strongColourFor(AgingScale::Level(level.toInt())));
        }
        if (index.data(QueueModel::PendingRole).toBool()) {
            // A small blue dot: my edits of this ticket are still on their way to the server.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x2f, 0x6f, 0xb5));
            painter->drawEllipse(QPointF(option.rect.right() - 6, option.rect.center().y()), 3, 3);
            painter->restore();
        }
    }
}

void QueueDelegate::paintRequester(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const bool vip = index.data(QueueModel::IsVipRole).toBool();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!vip) {
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        return;
    }
    // The model's text carries a "★ " for plain views; here the star is drawn in gold instead.
    QString name = opt.text;
    if (name.startsWith(QStringLiteral("★ ")))
        name = name.mid(2);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int size = std::min(14, option.rect.height() - 4);
    const QPointF centre(option.rect.left() + 4 + size / 2.0, option.rect.center().y() + 0.5);
    paintStar(painter, centre, size / 2.0);
    QRect textRect = option.rect.adjusted(size + 8, 0, -2, 0);
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.highlightedText().color()
                                                       : opt.palette.text().color());
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(font).elidedText(name, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void QueueDelegate::paintSla(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QVariant remaining = index.data(QueueModel::SlaRemainingRole);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    QColor fill;
    QColor ink = opt.palette.text().color();
    if (remaining.isValid()) {
        const qint64 ms = remaining.toLongLong();
        if (ms < 0) {
            fill = QColor(0xc6, 0x28, 0x28);
            ink = Qt::white;
        } else if (ms < SavedViews::SlaRiskWindowMs) {
            fill = QColor(0xff, 0xd9, 0x8a);
            ink = QColor(0x5a, 0x38, 0x00);
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = opt.font;
    if (fill.isValid())
        font.setBold(true);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    const QString shown = fm.elidedText(text, Qt::ElideRight, area.width() - 10);
    if (fill.isValid()) {
        const QRect pill(area.left(), area.top(), std::min(area.width(), fm.horizontalAdvance(shown) + 12),
                         area.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(ink);
        painter->drawText(pill, Qt::AlignCenter, shown);
    } else {
        painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.highlightedText().color() : ink);
        painter->drawText(area.adjusted(2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
    }
    painter->restore();
}

} // namespace tierdesk
