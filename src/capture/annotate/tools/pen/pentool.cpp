#include "capture/annotate/tools/pen/pentool.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/tools/pen/penitem.h"

#include <QPainter>

namespace tierdesk {

namespace {
constexpr qreal PreviewZ = 5e8;
}

PenTool::PenTool() = default;

PenTool::~PenTool()
{
    if (m_item && m_item->scene())
        m_item->scene()->removeItem(m_item.get());
}

void PenTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    QPainterPath path(rect.bottomLeft() + QPointF(3, -5));
    path.cubicTo(rect.center() + QPointF(-6, -10), rect.center() + QPointF(4, 12),
                 rect.topRight() + QPointF(-3, 6));
    painter->setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

PenItem *PenTool::createItem(const ToolContext &context) const
{
    auto *item = new PenItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

void PenTool::press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers)
{
    cancel(context);
    m_item.reset(createItem(context));
    m_points = {scenePos};
    m_item->setPoints(m_points);
    m_item->setZValue(PreviewZ);
    context.document->scene()->addItem(m_item.get());
}

void PenTool::move(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (!m_item)
        return;
    if (modifiers & Qt::ShiftModifier) {
        m_item->setPoints({m_points.first(), scenePos});
        return;
    }
    const qreal minimumStep = 1.0 / qMax(context.viewScale, 0.01);
    if (QLineF(m_points.last(), scenePos).length() < minimumStep)
        return;
    if (m_points.size() >= PenItem::MaximumPoints)
        return;
    m_points.append(scenePos);
    m_item->setPoints(m_points);
}

void PenTool::release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (!m_item)
        return;
    move(context, scenePos, modifiers);
    context.document->scene()->removeItem(m_item.get());
    context.document->addItem(m_item.release());
    m_points.clear();
}

void PenTool::cancel(ToolContext &context)
{
    if (!m_item)
        return;
    if (m_item->scene())
        context.document->scene()->removeItem(m_item.get());
    m_item.reset();
    m_points.clear();
}

} // namespace tierdesk
