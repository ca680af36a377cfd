#include "capture/annotate/tools/pen/penitem.h"

#include <QPainter>

namespace tierdesk {

PenItem::PenItem() = default;

QPainterPath PenItem::path() const
{
    ensureCache();
    return m_path;
}

void PenItem::rebuild()
{
    m_path = QPainterPath();
    const QPolygonF p = localPoints();
    if (p.isEmpty())
        return;
    const QRectF extent = p.boundingRect();
    if (extent.width() == 0 && extent.height() == 0) {
        // A click is a dot; a zero-length line would neither paint reliably nor have a shape.
        const qreal r = strokeWidth() / 2;
        m_path.addEllipse(p.first(), r, r);
        m_dot = true;
        return;
    }
    m_dot = false;
    m_path.moveTo(p.first());
    for (int i = 1; i < p.size(); ++i)
        m_path.lineTo(p.at(i));
}

void PenItem::paintItem(QPainter *painter) const
{
    if (m_dot) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color());
    } else {
        painter->setPen(QPen(color(), strokeWidth(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawPath(m_path);
}

QPainterPath PenItem::hitShape() const
{
    if (m_dot) {
        const QPointF center = m_path.boundingRect().center();
        const qreal r = qMax(strokeWidth(), HitTolerance) / 2;
        QPainterPath disc;
        disc.addEllipse(center, r, r);
        return disc;
    }
    return strokedShape(m_path, strokeWidth());
}

QRectF PenItem::paintBounds() const
{
    const qreal half = strokeWidth() / 2 + 1;
    return m_path.boundingRect().adjusted(-half, -half, half, half);
}

} // namespace tierdesk
