#pragma once

#include "capture/annotate/boxitem.h"

namespace tierdesk {

// An unfilled ellipse inside the box of its two points; picked by its outline.
class EllipseItem : public BoxItem
{
public:
    EllipseItem();

    QString typeName() const override { return QStringLiteral("ellipse"); }

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    QRectF paintBounds() const override;

private:
    QPainterPath m_outline;
};

} // namespace tierdesk
