#include "capture/annotate/tools/select/selecttool.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/selectionoverlay.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QGraphicsRectItem>
#include <QPainter>
#include <QPen>

namespace tierdesk {

SelectTool::SelectTool() = default;

SelectTool::~SelectTool()
{
    if (m_band && m_band->scene())
        m_band->scene()->removeItem(m_band.get());
}

QString SelectTool::toolTip() const
{
    return tr("Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add");
}

void SelectTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &) const
{
    const QPointF o = rect.topLeft() + QPointF(rect.width() * 0.3, 2);
    const qreal s = rect.height() - 4;
    QPolygonF arrow{o, o + QPointF(0, s), o + QPointF(s * 0.28, s * 0.72), o + QPointF(s * 0.62, s * 0.68)};
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(Qt::black);
    painter->drawPolygon(arrow);
}

QCursor SelectTool::hoverCursor(ToolContext &context, const QPointF &scenePos) const
{
    const SelectionOverlay *overlay = context.document->scene()->selectionOverlay();
    const int handle = overlay->handleAt(scenePos);
    if (handle >= 0 && overlay->handleOwner())
        return SelectionOverlay::cursorFor(overlay->handleOwner()->handles(), handle);
    if (context.document->scene()->annotationItemAt(scenePos))
        return Qt::SizeAllCursor;
    return Qt::ArrowCursor;
}

void SelectTool::press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    cancel(context);
    AnnotationScene *scene = context.document->scene();
    SelectionOverlay *overlay = scene->selectionOverlay();
    overlay->setViewScale(context.viewScale);
    m_start = scenePos;

    const int handle = overlay->handleAt(scenePos);
    if (handle >= 0 && overlay->handleOwner()) {
        m_mode = Mode::Resizing;
        m_resizing = overlay->handleOwner();
        m_handle = handle;
        m_startPoints = m_resizing->points();
        // Keep the handle where it was grabbed relative to the pointer, so a resize starts without a jump.
        m_grabOffset = overlay->handlePositions().at(handle) - scenePos;
        return;
    }

    AnnotationItem *hit = scene->annotationItemAt(scenePos);
    if (!hit) {
        if (!(modifiers & Qt::ShiftModifier))
            scene->clearSelection();
        m_mode = Mode::RubberBand;
        m_band = std::make_unique<QGraphicsRectItem>(QRectF(scenePos, scenePos));
        m_band->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 0, Qt::DashLine));
        m_band->setBrush(QColor(0x1e, 0x6f, 0xd9, 30));
        m_band->setZValue(5e8);
        scene->addItem(m_band.get());
        return;
    }
    if (modifiers & Qt::ShiftModifier) {
        hit->setSelected(!hit->isSelected());
        if (!hit->isSelected())
            return;
    } else if (!hit->isSelected()) {
        scene->clearSelection();
        hit->setSelected(true);
    }
    m_mode = Mode::Moving;
    m_moving = scene->selectedAnnotationItems();
    m_startPositions.clear();
    for (AnnotationItem *item : std::as_const(m_moving))
        m_startPositions.append(item->pos());
}

void SelectTool::move(ToolContext &, const QPointF &scenePos, Qt::KeyboardModifiers)
{
    switch (m_mode) {
    case Mode::Moving: {
        const QPointF delta = scenePos - m_start;
        for (int i = 0; i < m_moving.size(); ++i)
            m_moving.at(i)->setPos(m_startPositions.at(i) + delta);
        break;
    }
    case Mode::Resizing:
        m_resizing->setPoints(SelectionOverlay::resizedPoints(m_resizing->handles(), m_startPoints, m_handle,
                                                              scenePos + m_grabOffset));
        break;
    case Mode::RubberBand:
        m_band->setRect(QRectF(m_start, scenePos).normalized());
        break;
    case Mode::Idle:
        break;
    }
}

void SelectTool::release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    move(context, scenePos, modifiers);
    switch (m_mode) {
    case Mode::Moving:
        context.document->recordMove(m_moving, m_startPositions);
        break;
    case Mode::Resizing:
        context.document->recordResize(m_resizing, m_startPoints);
        break;
    case Mode::RubberBand: {
        const QRectF band = m_band->rect();
        context.document->scene()->removeItem(m_band.get());
        m_band.reset();
        if (band.width() > 1 || band.height() > 1) {
            for (AnnotationItem *item : context.document->scene()->annotationItemsIn(band))
                item->setSelected(true);
        }
        break;
    }
    case Mode::Idle:
        break;
    }
    m_mode = Mode::Idle;
    m_moving.clear();
    m_resizing = nullptr;
}

void SelectTool::doubleClick(ToolContext &context, const QPointF &scenePos)
{
    auto *text = dynamic_cast<TextItem *>(context.document->scene()->annotationItemAt(scenePos));
    if (text && context.editText)
        context.editText(scenePos, text);
}

void SelectTool::cancel(ToolContext &context)
{
    switch (m_mode) {
    case Mode::Moving:
        for (int i = 0; i < m_moving.size(); ++i)
            m_moving.at(i)->setPos(m_startPositions.at(i));
        break;
    case Mode::Resizing:
        m_resizing->setPoints(m_startPoints);
        break;
    case Mode::RubberBand:
        if (m_band && m_band->scene())
            context.document->scene()->removeItem(m_band.get());
        m_band.reset();
        break;
    case Mode::Idle:
        break;
    }
    m_mode = Mode::Idle;
    m_moving.clear();
    m_resizing = nullptr;
}

} // namespace tierdesk
