#include "capture/annotate/tools/ellipse/ellipsetool.h"

#include "capture/annotate/tools/ellipse/ellipseitem.h"

#include <QPainter>

namespace tierdesk {

void EllipseTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    painter->setPen(QPen(color, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(rect.adjusted(3, 5, -3, -5));
}

AnnotationItem *EllipseTool::createItem(const ToolContext &context) const
{
    auto *item = new EllipseItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

} // namespace tierdesk
