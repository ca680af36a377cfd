#include "capture/annotate/annotationview.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/annotationtool.h"
#include "capture/annotate/selectionoverlay.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace tierdesk {

AnnotationView::AnnotationView(QWidget *parent)
    : QGraphicsView(parent)
{
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().color(QPalette::Dark));
    setAlignment(Qt::AlignCenter);
}

void AnnotationView::setTool(AnnotationTool *tool, ToolContext *context)
{
    if (m_tool && m_context && m_toolDragging)
        m_tool->cancel(*m_context);
    m_toolDragging = false;
    m_tool = tool;
    m_context = context;
    if (m_tool)
        viewport()->setCursor(m_tool->cursor());
}

AnnotationScene *AnnotationView::annotationScene() const
{
    return qobject_cast<AnnotationScene *>(scene());
}

void AnnotationView::setZoom(qreal zoom)
{
    zoom = qBound(MinimumZoom, zoom, MaximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    // Smoothing when zoomed out keeps text legible; zoomed in, the pixels stay crisp for precise work.
    setRenderHint(QPainter::SmoothPixmapTransform, zoom < 1.0);
    if (m_context)
        m_context->viewScale = zoom;
    if (AnnotationScene *s = annotationScene())
        s->selectionOverlay()->setViewScale(zoom);
    Q_EMIT zoomChanged(zoom);
}

void AnnotationView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(m_zoom * 1.25);
    setTransformationAnchor(anchor);
}

void AnnotationView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(m_zoom / 1.25);
    setTransformationAnchor(anchor);
}

void AnnotationView::zoomToFit()
{
    if (!scene())
        return;
    const QRectF area = sceneRect();
    const QSizeF room = viewport()->size() - QSizeF(8, 8);
    if (area.isEmpty() || room.isEmpty())
        return;
    setZoom(qMin(1.0, qMin(room.width() / area.width(), room.height() / area.height())));
    centerOn(area.center());
}

bool AnnotationView::textEditorHas(const QPointF &scenePos) const
{
    QGraphicsItem *focus = scene() ? scene()->focusItem() : nullptr;
    return focus && focus->sceneBoundingRect().contains(scenePos);
}

void AnnotationView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (scene() && scene()->focusItem()) {
        // Typing a text: clicks inside it place the cursor, a click elsewhere ends the typing.
        if (textEditorHas(scenePos)) {
            QGraphicsView::mousePressEvent(event);
            return;
        }
        scene()->setFocusItem(nullptr);
    }
    if (event->button() != Qt::LeftButton || !m_tool || !m_context || !m_context->document)
        return;
    m_toolDragging = true;
    m_tool->press(*m_context, scenePos, event->modifiers());
    event->accept();
}

void AnnotationView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (scene() && scene()->focusItem() && textEditorHas(scenePos)) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if (m_toolDragging && m_tool && m_context)
        m_tool->move(*m_context, scenePos, event->modifiers());
    else
        updateCursor(scenePos);
}

void AnnotationView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : (m_tool ? m_tool->cursor() : QCursor()));
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!m_toolDragging) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_toolDragging = false;
    if (m_tool && m_context)
        m_tool->release(*m_context, scenePos, event->modifiers());
}

void AnnotationView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (scene() && scene()->focusItem() && textEditorHas(scenePos)) {
        QGraphicsView::mouseDoubleClickEvent(event); // selects a word
        return;
    }
    if (event->button() == Qt::LeftButton && m_tool && m_context)
        m_tool->doubleClick(*m_context, scenePos);
}

void AnnotationView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorUnderMouse);
    setZoom(m_zoom * qPow(1.25, event->angleDelta().y() / 120.0));
    setTransformationAnchor(anchor);
    event->accept();
}

void AnnotationView::keyPressEvent(QKeyEvent *event)
{
    if (scene() && scene()->focusItem()) {
        QGraphicsView::keyPressEvent(event); // the text being typed
        return;
    }
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    }
    if (event->key() == Qt::Key_Escape && m_tool && m_context) {
        if (m_toolDragging) {
            m_tool->cancel(*m_context);
            m_toolDragging = false;
        } else if (scene()) {
            scene()->clearSelection();
        }
        return;
    }
    QPointF nudge;
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge = {-step, 0};
        break;
    case Qt::Key_Right:
        nudge = {step, 0};
        break;
    case Qt::Key_Up:
        nudge = {0, -step};
        break;
    case Qt::Key_Down:
        nudge = {0, step};
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    AnnotationScene *s = annotationScene();
    if (s && !m_toolDragging && !s->selectedAnnotationItems().isEmpty()) {
        s->document()->moveItems(s->selectedAnnotationItems(), nudge);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void AnnotationView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning && m_tool)
            viewport()->setCursor(m_tool->cursor());
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void AnnotationView::focusOutEvent(QFocusEvent *event)
{
    // The Space release may go to another window; do not stay in pan mode.
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

void AnnotationView::updateCursor(const QPointF &scenePos)
{
    if (m_spaceHeld) {
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    if (m_tool && m_context && m_context->document)
        viewport()->setCursor(m_tool->hoverCursor(*m_context, scenePos));
}

} // namespace tierdesk
