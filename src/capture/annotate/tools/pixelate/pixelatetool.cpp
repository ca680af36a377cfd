#include "capture/annotate/tools/pixelate/pixelatetool.h"

#include "capture/annotate/tools/pixelate/pixelateitem.h"

#include <QPainter>

namespace tierdesk {

QString PixelateTool::toolTip() const
{
    return tr("Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. "
              "For passwords, names and numbers use Redact (X).");
}

void PixelateTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &) const
{
    const qreal cell = qMin(rect.width(), rect.height()) / 4;
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 4; ++column) {
            const int shade = 80 + ((row * 3 + column * 5) % 4) * 40;
            painter->fillRect(QRectF(rect.left() + column * cell, rect.top() + row * cell, cell, cell),
                              QColor(shade, shade, shade));
        }
    }
}

AnnotationItem *PixelateTool::createItem(const ToolContext &context) const
{
    auto *item = new PixelateItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

} // namespace tierdesk
