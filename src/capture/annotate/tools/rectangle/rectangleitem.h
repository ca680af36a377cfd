#pragma once

#include "capture/annotate/boxitem.h"

namespace tierdesk {

// An unfilled rectangle; it is picked by its outline, so a click inside it reaches what it frames.
class RectangleItem : public BoxItem
{
public:
    RectangleItem();

    QString typeName() const override { return QStringLiteral("rectangle"); }

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    QRectF paintBounds() const override;

private:
    QPainterPath m_outline;
};

} // namespace tierdesk
