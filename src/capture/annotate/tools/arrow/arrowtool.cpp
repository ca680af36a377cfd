#include "capture/annotate/tools/arrow/arrowtool.h"

#include "capture/annotate/tools/arrow/arrowitem.h"

#include <QPainter>

namespace tierdesk {

void ArrowTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    ArrowItem arrow;
    arrow.setColor(color);
    arrow.setLineWidth(2);
    arrow.setPoints({rect.bottomLeft() + QPointF(3, -3), rect.topRight() + QPointF(-3, 3)});
    arrow.render(painter);
}

AnnotationItem *ArrowTool::createItem(const ToolContext &context) const
{
    auto *item = new ArrowItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

QPolygonF ArrowTool::pointsFor(const QPointF &start, const QPointF &end,
                               Qt::KeyboardModifiers modifiers) const
{
    return QPolygonF{start, (modifiers & Qt::ShiftModifier) ? snappedEnd(start, end) : end};
}

} // namespace tierdesk
