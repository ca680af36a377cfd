#pragma once

#include "capture/annotate/annotationitem.h"

#include <QGraphicsItem>
#include <QPointer>

namespace tierdesk {

// Draws the selection (a frame around every selected item, resize handles when one item is selected) and
// answers which handle is under the pointer. Selection, move and resize live here and in the select tool,
// never in the items, so a new item type gets them for free.
class SelectionOverlay : public QGraphicsItem
{
public:
    // Box handles, clockwise from the top-left corner. Endpoint handles are the point indices.
    enum BoxHandle { TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left, BoxHandleCount };

    SelectionOverlay();

    void refresh(const QList<AnnotationItem *> &selected);
    // View pixels per scene unit: handles keep their size on screen at every zoom.
    void setViewScale(qreal scale);
    qreal viewScale() const { return m_scale; }

    // The one selected item when it has handles, else nullptr.
    AnnotationItem *handleOwner() const { return m_handleOwner; }
    QList<QPointF> handlePositions() const;
    // The handle under scenePos (within a few screen pixels), or -1.
    int handleAt(const QPointF &scenePos) const;

    // The points item would have if handle were dragged to scenePos, starting from original points.
    static QPolygonF resizedPoints(AnnotationItem::Handles kind, const QPolygonF &original, int handle,
                                   const QPointF &scenePos);
    static Qt::CursorShape cursorFor(AnnotationItem::Handles kind, int handle);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qreal handleRadius() const;

    QList<QRectF> m_frames;
    AnnotationItem *m_handleOwner = nullptr;
    QList<QPointF> m_handles;
    qreal m_scale = 1.0;
    QRectF m_bounds;
};

} // namespace tierdesk
