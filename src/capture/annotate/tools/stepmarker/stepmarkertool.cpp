#include "capture/annotate/tools/stepmarker/stepmarkertool.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"

#include <QPainter>

namespace tierdesk {

void StepMarkerTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    const qreal r = qMin(rect.width(), rect.height()) / 2 - 2;
    const QRectF disc(rect.center().x() - r, rect.center().y() - r, 2 * r, 2 * r);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(disc);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(r * 1.2));
    painter->setFont(font);
    painter->setPen(color.lightness() > 150 ? Qt::black : Qt::white);
    painter->drawText(disc, Qt::AlignCenter, QStringLiteral("1"));
}

void StepMarkerTool::press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers)
{
    context.document->addItem(createItem(context.style, scenePos));
}

StepMarkerItem *StepMarkerTool::createItem(const ItemStyle &style, const QPointF &center)
{
    auto *item = new StepMarkerItem;
    item->setColor(style.color);
    item->setLineWidth(style.lineWidth);
    item->setPoints({center});
    return item;
}

} // namespace tierdesk
