#pragma once

#include "capture/annotate/boxitem.h"

#include <QImage>

namespace tierdesk {

// Pixelates the screenshot under its box with PixelateFilter (block size from the line width, at least
// PixelateFilter::MinimumBlockSize). Weaker than redaction (the rough colours stay), and said so in the UI.
class PixelateItem : public BoxItem
{
public:
    PixelateItem();

    QString typeName() const override { return QStringLiteral("pixelate"); }
    Layer layer() const override { return Layer::Pixels; }
    int blockSize() const;
    void burnInto(QImage &image) const override;

protected:
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    QRectF paintBounds() const override;

private:
    // What the screen shows, computed once per area (fresh noise each time, like the export).
    mutable QImage m_preview;
    mutable QRect m_previewArea;
    mutable int m_previewBlock = 0;
};

} // namespace tierdesk
