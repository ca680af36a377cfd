#pragma once

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

// An item defined by two opposite corners (rectangle, ellipse, redaction, pixelation).
class BoxItem : public AnnotationItem
{
public:
    BoxItem();

    // The box in item coordinates, normalised.
    QRectF box() const;
    // The whole image pixels the box touches, in scene coordinates: what pixels items change.
    QRect pixelRect() const;

protected:
    QRectF frame() const override { return box(); }
};

} // namespace tierdesk
