#include "capture/annotate/tools/crop/croptool.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationscene.h"

#include <QGraphicsRectItem>
#include <QPainter>
#include <QPen>

namespace tierdesk {

CropTool::CropTool() = default;

CropTool::~CropTool()
{
    if (m_preview && m_preview->scene())
        m_preview->scene()->removeItem(m_preview.get());
}

QString CropTool::toolTip() const
{
    return tr("Crop (C): drag the area to keep");
}

void CropTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    painter->setPen(QPen(color, 2));
    const qreal m = 4;
    painter->drawLine(QPointF(rect.left() + m + 3, rect.top() + 1),
                      QPointF(rect.left() + m + 3, rect.bottom() - m));
    painter->drawLine(QPointF(rect.left() + m + 3, rect.bottom() - m),
                      QPointF(rect.right() - 1, rect.bottom() - m));
    painter->drawLine(QPointF(rect.left() + 1, rect.top() + m + 3),
                      QPointF(rect.right() - m, rect.top() + m + 3));
    painter->drawLine(QPointF(rect.right() - m, rect.top() + m + 3),
                      QPointF(rect.right() - m, rect.bottom() - 1));
}

void CropTool::press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers)
{
    cancel(context);
    m_start = scenePos;
    m_preview = std::make_unique<QGraphicsRectItem>(QRectF(scenePos, scenePos));
    QPen pen(QColor(0x1e, 0x6f, 0xd9), 0, Qt::DashLine);
    m_preview->setPen(pen);
    m_preview->setBrush(QColor(0x1e, 0x6f, 0xd9, 40));
    m_preview->setZValue(5e8);
    context.document->scene()->addItem(m_preview.get());
}

void CropTool::move(ToolContext &, const QPointF &scenePos, Qt::KeyboardModifiers)
{
    if (m_preview)
        m_preview->setRect(QRectF(m_start, scenePos).normalized());
}

void CropTool::release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (!m_preview)
        return;
    move(context, scenePos, modifiers);
    const QRect area = m_preview->rect().toAlignedRect().intersected(context.document->cropRect());
    cancel(context);
    if (area.width() >= MinimumSize && area.height() >= MinimumSize)
        context.document->crop(area);
}

void CropTool::cancel(ToolContext &context)
{
    if (!m_preview)
        return;
    if (m_preview->scene())
        context.document->scene()->removeItem(m_preview.get());
    m_preview.reset();
}

} // namespace tierdesk
