#include "capture/annotate/tools/pixelate/pixelateitem.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/tools/pixelate/pixelatefilter.h"

#include <QPainter>

namespace tierdesk {

PixelateItem::PixelateItem() = default;

int PixelateItem::blockSize() const
{
    return PixelateFilter::blockSizeFor(lineWidth());
}

void PixelateItem::burnInto(QImage &image) const
{
    PixelateFilter::apply(image, pixelRect(), blockSize());
}

void PixelateItem::paintItem(QPainter *painter) const
{
    const QRect area = pixelRect();
    auto *annotationScene = qobject_cast<AnnotationScene *>(scene());
    if (!annotationScene) {
        painter->fillRect(mapRectFromScene(QRectF(area)), QColor(128, 128, 128));
        return;
    }
    if (area != m_previewArea || blockSize() != m_previewBlock) {
        m_preview = PixelateFilter::pixelate(annotationScene->document()->baseImage(), area, blockSize());
        m_previewArea = area;
        m_previewBlock = blockSize();
    }
    if (!m_preview.isNull()) {
        const QRect shown = area.intersected(annotationScene->document()->imageRect());
        painter->drawImage(mapRectFromScene(QRectF(shown)), m_preview);
    }
}

QPainterPath PixelateItem::hitShape() const
{
    QPainterPath path;
    path.addRect(box());
    return path;
}

QRectF PixelateItem::paintBounds() const
{
    return mapRectFromScene(QRectF(pixelRect()));
}

} // namespace tierdesk
