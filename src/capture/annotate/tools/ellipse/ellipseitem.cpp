#include "capture/annotate/tools/ellipse/ellipseitem.h"

#include <QPainter>

namespace tierdesk {

EllipseItem::EllipseItem() = default;

void EllipseItem::rebuild()
{
    m_outline = QPainterPath();
    m_outline.addEllipse(box());
}

void EllipseItem::paintItem(QPainter *painter) const
{
    painter->setPen(QPen(color(), lineWidth(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(box());
}

QPainterPath EllipseItem::hitShape() const
{
    return strokedShape(m_outline, lineWidth());
}

QRectF EllipseItem::paintBounds() const
{
    const qreal half = lineWidth() / 2;
    return box().adjusted(-half, -half, half, half);
}

} // namespace tierdesk
