#include "capture/annotate/tools/redact/redactitem.h"

#include <QPainter>

namespace tierdesk {

RedactItem::RedactItem()
{
    setColor(Qt::black);
}

QColor RedactItem::fillColor() const
{
    QColor c = color();
    c.setAlpha(255);
    return c;
}

void RedactItem::burnInto(QImage &image) const
{
    const QRect area = pixelRect().intersected(image.rect());
    if (area.isEmpty())
        return;
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(area, fillColor());
}

void RedactItem::paintItem(QPainter *painter) const
{
    // The same whole pixels the export will fill, so the screen shows exactly what is hidden.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(mapRectFromScene(QRectF(pixelRect())), fillColor());
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

QPainterPath RedactItem::hitShape() const
{
    QPainterPath path;
    path.addRect(box());
    return path;
}

QRectF RedactItem::paintBounds() const
{
    return mapRectFromScene(QRectF(pixelRect()));
}

} // namespace tierdesk
