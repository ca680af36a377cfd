#include "capture/annotate/tools/line/lineitem.h"

#include <QPainter>

namespace tierdesk {

LineItem::LineItem() = default;

QLineF LineItem::line() const
{
    const QPolygonF p = localPoints();
    return p.size() == 2 ? QLineF(p.at(0), p.at(1)) : QLineF();
}

void LineItem::rebuild()
{
    m_path = QPainterPath();
    const QLineF l = line();
    m_path.moveTo(l.p1());
    m_path.lineTo(l.p2());
}

void LineItem::paintItem(QPainter *painter) const
{
    painter->setPen(QPen(color(), lineWidth(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawLine(line());
}

QPainterPath LineItem::hitShape() const
{
    return strokedShape(m_path, lineWidth());
}

} // namespace tierdesk
