#include "capture/annotate/tools/rectangle/rectangleitem.h"

#include <QPainter>

namespace tierdesk {

RectangleItem::RectangleItem() = default;

void RectangleItem::rebuild()
{
    m_outline = QPainterPath();
    m_outline.addRect(box());
}

void RectangleItem::paintItem(QPainter *painter) const
{
    painter->setPen(QPen(color(), lineWidth(), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box());
}

QPainterPath RectangleItem::hitShape() const
{
    return strokedShape(m_outline, lineWidth());
}

QRectF RectangleItem::paintBounds() const
{
    const qreal half = lineWidth() / 2;
    return box().adjusted(-half, -half, half, half);
}

} // namespace tierdesk
