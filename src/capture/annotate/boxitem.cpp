#include "capture/annotate/boxitem.h"

namespace tierdesk {

BoxItem::BoxItem() = default;

QRectF BoxItem::box() const
{
    const QPolygonF p = localPoints();
    if (p.size() < 2)
        return {};
    return QRectF(p.at(0), p.at(1)).normalized();
}

QRect BoxItem::pixelRect() const
{
    // toAlignedRect() rounds outwards: a pixel half under the box is covered too.
    return mapRectToScene(box()).toAlignedRect();
}

} // namespace tierdesk
