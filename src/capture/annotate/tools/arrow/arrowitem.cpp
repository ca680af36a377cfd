#include "capture/annotate/tools/arrow/arrowitem.h"

#include <QPainter>
#include <QtMath>

namespace tierdesk {

ArrowItem::ArrowItem() = default;

QLineF ArrowItem::line() const
{
    const QPolygonF p = localPoints();
    return p.size() == 2 ? QLineF(p.at(0), p.at(1)) : QLineF();
}

QPolygonF ArrowItem::head() const
{
    ensureCache();
    return m_head;
}

void ArrowItem::rebuild()
{
    const QLineF l = line();
    // The head grows with the line width but never outgrows a short arrow.
    const qreal length = l.length();
    const qreal headLength = qMin(qMax(12.0, lineWidth() * 3.5), length);
    const qreal headHalfWidth = headLength * 0.45;
    m_head.clear();
    m_shaft = l;
    if (length <= 0)
        return;
    const QPointF direction = (l.p2() - l.p1()) / length;
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = l.p2() - direction * headLength;
    m_head << l.p2() << base + normal * headHalfWidth << base - normal * headHalfWidth;
    // The shaft stops inside the head so its round cap does not poke out of the tip.
    m_shaft.setP2(l.p2() - direction * (headLength * 0.6));
}

void ArrowItem::paintItem(QPainter *painter) const
{
    painter->setPen(QPen(color(), lineWidth(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawLine(m_shaft);
    painter->setPen(QPen(color(), 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(color());
    painter->drawPolygon(m_head);
}

QPainterPath ArrowItem::hitShape() const
{
    QPainterPath shaft;
    shaft.moveTo(m_shaft.p1());
    shaft.lineTo(m_shaft.p2());
    QPainterPath shape = strokedShape(shaft, lineWidth());
    QPainterPath head;
    head.addPolygon(m_head);
    head.closeSubpath();
    return shape.united(head);
}

} // namespace tierdesk
