#pragma once

#include "capture/annotate/boxitem.h"

namespace tierdesk {

// A solid, opaque box. On export it overwrites the screenshot's own pixels (every pixel it touches, in
// whole pixels) before anything else is drawn, so nothing of what was beneath survives in the file.
class RedactItem : public BoxItem
{
public:
    RedactItem();

    QString typeName() const override { return QStringLiteral("redact"); }
    Layer layer() const override { return Layer::Pixels; }
    // The colour without transparency: a redaction is never see-through.
    QColor fillColor() const;
    void burnInto(QImage &image) const override;

protected:
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    QRectF paintBounds() const override;
};

} // namespace tierdesk
