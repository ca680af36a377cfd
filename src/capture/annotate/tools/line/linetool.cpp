#include "capture/annotate/tools/line/linetool.h"

#include "capture/annotate/tools/line/lineitem.h"

#include <QPainter>

namespace tierdesk {

void LineTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    painter->setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(rect.bottomLeft() + QPointF(3, -3), rect.topRight() + QPointF(-3, 3));
}

AnnotationItem *LineTool::createItem(const ToolContext &context) const
{
    auto *item = new LineItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

QPolygonF LineTool::pointsFor(const QPointF &start, const QPointF &end, Qt::KeyboardModifiers modifiers) const
{
    return QPolygonF{start, (modifiers & Qt::ShiftModifier) ? snappedEnd(start, end) : end};
}

} // namespace tierdesk
