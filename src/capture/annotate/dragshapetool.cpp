#include "capture/annotate/dragshapetool.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"

#include <QLineF>
#include <QtMath>

namespace tierdesk {

namespace {
constexpr qreal PreviewZ = 5e8; // above every item, below the selection overlay
}

DragShapeTool::DragShapeTool() = default;

DragShapeTool::~DragShapeTool()
{
    // A preview still in a scene belongs to this tool; the scene must not delete it later.
    if (m_item && m_item->scene())
        m_item->scene()->removeItem(m_item.get());
}

void DragShapeTool::press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    cancel(context);
    m_start = scenePos;
    m_item.reset(createItem(context));
    m_item->setPoints(pointsFor(m_start, scenePos, modifiers));
    m_item->setZValue(PreviewZ);
    context.document->scene()->addItem(m_item.get());
}

void DragShapeTool::move(ToolContext &, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (m_item)
        m_item->setPoints(pointsFor(m_start, scenePos, modifiers));
}

void DragShapeTool::release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (!m_item)
        return;
    move(context, scenePos, modifiers);
    context.document->scene()->removeItem(m_item.get());
    const QRectF extent = m_item->points().boundingRect();
    if (qMax(extent.width(), extent.height()) < minimumExtent()) {
        m_item.reset(); // a click, not a drag
        return;
    }
    context.document->addItem(m_item.release());
}

void DragShapeTool::cancel(ToolContext &context)
{
    if (!m_item)
        return;
    if (m_item->scene())
        context.document->scene()->removeItem(m_item.get());
    m_item.reset();
}

QPolygonF DragShapeTool::pointsFor(const QPointF &start, const QPointF &end,
                                   Qt::KeyboardModifiers modifiers) const
{
    return QPolygonF{start, (modifiers & Qt::ShiftModifier) ? squareEnd(start, end) : end};
}

QPointF DragShapeTool::squareEnd(const QPointF &start, const QPointF &end)
{
    const QPointF d = end - start;
    const qreal side = qMax(qAbs(d.x()), qAbs(d.y()));
    return start + QPointF(d.x() < 0 ? -side : side, d.y() < 0 ? -side : side);
}

QPointF DragShapeTool::snappedEnd(const QPointF &start, const QPointF &end)
{
    const QLineF line(start, end);
    QLineF snapped = line;
    snapped.setAngle(qRound(line.angle() / 45.0) * 45.0);
    return snapped.p2();
}

} // namespace tierdesk
