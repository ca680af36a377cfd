#include "capture/annotate/tools/rectangle/rectangletool.h"

#include "capture/annotate/tools/rectangle/rectangleitem.h"

#include <QPainter>

namespace tierdesk {

void RectangleTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    painter->setPen(QPen(color, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(3, 5, -3, -5));
}

AnnotationItem *RectangleTool::createItem(const ToolContext &context) const
{
    auto *item = new RectangleItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

} // namespace tierdesk
