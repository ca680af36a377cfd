#include "capture/annotate/selectionoverlay.h"

#include <QPainter>
#include <QtMath>

namespace tierdesk {

namespace {
constexpr qreal HandleScreenRadius = 5.0;     // drawn half-size in screen pixels
constexpr qreal HandleGrabScreenRadius = 8.0; // how near the pointer must be

QList<QPointF> boxHandles(const QRectF &r)
{
    const QPointF c = r.center();
    return {r.topLeft(),     QPointF(c.x(), r.top()),    r.topRight(),   QPointF(r.right(), c.y()),
            r.bottomRight(), QPointF(c.x(), r.bottom()), r.bottomLeft(), QPointF(r.left(), c.y())};
}
} // namespace

SelectionOverlay::SelectionOverlay()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemIsSelectable, false);
}

void SelectionOverlay::refresh(const QList<AnnotationItem *> &selected)
{
    prepareGeometryChange();
    m_frames.clear();
    m_handles.clear();
    m_handleOwner = nullptr;
    for (AnnotationItem *item : selected)
        m_frames.append(item->sceneFrame());
    if (selected.size() == 1 && selected.first()->handles() != AnnotationItem::Handles::None) {
        m_handleOwner = selected.first();
        if (m_handleOwner->handles() == AnnotationItem::Handles::Endpoints)
            m_handles = m_handleOwner->points().toList();
        else
            m_handles = boxHandles(m_handleOwner->points().boundingRect());
    }
    QRectF bounds;
    for (const QRectF &frame : std::as_const(m_frames))
        bounds |= frame;
    for (const QPointF &p : std::as_const(m_handles))
        bounds |= QRectF(p, QSizeF(0, 0));
    const qreal margin = (HandleGrabScreenRadius + 2) / m_scale;
    m_bounds = m_frames.isEmpty() ? QRectF() : bounds.adjusted(-margin, -margin, margin, margin);
    update();
}

void SelectionOverlay::setViewScale(qreal scale)
{
    if (scale <= 0 || qFuzzyCompare(scale, m_scale))
        return;
    prepareGeometryChange();
    const qreal oldMargin = (HandleGrabScreenRadius + 2) / m_scale;
    m_scale = scale;
    const qreal margin = (HandleGrabScreenRadius + 2) / m_scale;
    if (!m_bounds.isNull())
        m_bounds =
            m_bounds.adjusted(oldMargin - margin, oldMargin - margin, margin - oldMargin, margin - oldMargin);
    update();
}

QList<QPointF> SelectionOverlay::handlePositions() const
{
    return m_handles;
}

int SelectionOverlay::handleAt(const QPointF &scenePos) const
{
    const qreal grab = HandleGrabScreenRadius / m_scale;
    int best = -1;
    qreal bestDistance = grab;
    for (int i = 0; i < m_handles.size(); ++i) {
        const qreal distance = QLineF(m_handles.at(i), scenePos).length();
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QPolygonF SelectionOverlay::resizedPoints(AnnotationItem::Handles kind, const QPolygonF &original, int handle,
                                          const QPointF &scenePos)
{
    if (kind == AnnotationItem::Handles::Endpoints) {
        QPolygonF result = original;
        if (handle >= 0 && handle < result.size())
            result[handle] = scenePos;
        return result;
    }
    if (kind != AnnotationItem::Handles::Box || handle < 0 || handle >= BoxHandleCount)
        return original;

    const QRectF from = original.boundingRect();
    qreal left = from.left(), top = from.top(), right = from.right(), bottom = from.bottom();
    switch (handle) {
    case TopLeft:
        left = scenePos.x();
        top = scenePos.y();
        break;
    case Top:
        top = scenePos.y();
        break;
    case TopRight:
        right = scenePos.x();
        top = scenePos.y();
        break;
    case Right:
        right = scenePos.x();
        break;
    case BottomRight:
        right = scenePos.x();
        bottom = scenePos.y();
        break;
    case Bottom:
        bottom = scenePos.y();
        break;
    case BottomLeft:
        left = scenePos.x();
        bottom = scenePos.y();
        break;
    case Left:
        left = scenePos.x();
        break;
    }
    // Every point keeps its relative place in the box; a flat box (a horizontal pen stroke) moves instead
    // of dividing by zero.
    QPolygonF result;
    result.reserve(original.size());
    for (const QPointF &p : original) {
        const qreal x = from.width() > 0 ? left + (p.x() - from.left()) * (right - left) / from.width()
                                         : p.x() + (left - from.left());
        const qreal y = from.height() > 0 ? top + (p.y() - from.top()) * (bottom - top) / from.height()
                                          : p.y() + (top - from.top());
        result.append(QPointF(x, y));
    }
    return result;
}

Qt::CursorShape SelectionOverlay::cursorFor(AnnotationItem::Handles kind, int handle)
{
    if (kind != AnnotationItem::Handles::Box)
        return Qt::CrossCursor;
    switch (handle) {
    case TopLeft:
    case BottomRight:
        return Qt::SizeFDiagCursor;
    case TopRight:
    case BottomLeft:
        return Qt::SizeBDiagCursor;
    case Top:
    case Bottom:
        return Qt::SizeVerCursor;
    default:
        return Qt::SizeHorCursor;
    }
}

QRectF SelectionOverlay::boundingRect() const
{
    return m_bounds;
}

void SelectionOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen light(Qt::white, 0); // cosmetic: one screen pixel at every zoom
    QPen dashed(QColor(0x1e, 0x6f, 0xd9), 0, Qt::DashLine);
    const qreal pad = 3 / m_scale;
    for (const QRectF &frame : std::as_const(m_frames)) {
        const QRectF r = frame.adjusted(-pad, -pad, pad, pad);
        painter->setPen(light);
        painter->drawRect(r);
        painter->setPen(dashed);
        painter->drawRect(r);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal h = handleRadius();
    painter->setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 0));
    painter->setBrush(Qt::white);
    for (const QPointF &p : std::as_const(m_handles))
        painter->drawRect(QRectF(p.x() - h, p.y() - h, 2 * h, 2 * h));
    painter->restore();
}

qreal SelectionOverlay::handleRadius() const
{
    return HandleScreenRadius / m_scale;
}

} // namespace tierdesk
