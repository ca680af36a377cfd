#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"

#include "capture/annotate/jsonfields.h"

#include <QPainter>

namespace tierdesk {

StepMarkerItem::StepMarkerItem() = default;

void StepMarkerItem::setNumber(int number)
{
    if (number == m_number)
        return;
    geometryAboutToChange(); // three digits need a wider disc
    m_number = number;
    notifyChanged();
}

qreal StepMarkerItem::radius() const
{
    const qreal base = 10 + 2 * lineWidth();
    return m_number >= 100 ? base * 1.35 : base;
}

void StepMarkerItem::rebuild()
{
    const QPolygonF p = localPoints();
    const QPointF center = p.isEmpty() ? QPointF() : p.first();
    const qreal r = radius();
    m_disc = QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r);
}

void StepMarkerItem::paintItem(QPainter *painter) const
{
    painter->setPen(QPen(Qt::white, qMax(1.5, radius() / 9)));
    painter->setBrush(color());
    painter->drawEllipse(m_disc);
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, qRound(radius() * (m_number >= 10 ? 0.95 : 1.15))));
    painter->setFont(font);
    painter->setPen(color().lightness() > 150 ? Qt::black : Qt::white);
    painter->drawText(m_disc, Qt::AlignCenter, QString::number(m_number));
}

QPainterPath StepMarkerItem::hitShape() const
{
    QPainterPath path;
    path.addEllipse(m_disc.adjusted(-1, -1, 1, 1));
    return path;
}

void StepMarkerItem::writeExtra(QJsonObject &object) const
{
    object.insert(QStringLiteral("number"), m_number);
}

void StepMarkerItem::readExtra(JsonFields &fields)
{
    if (fields.has(QStringLiteral("number")))
        fields.integer(QStringLiteral("number"), 1, 1000000); // checked, not trusted: the order decides
}

} // namespace tierdesk
