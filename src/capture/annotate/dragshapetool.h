#pragma once

#include "capture/annotate/annotationtool.h"

#include <QPolygonF>
#include <memory>

namespace tierdesk {

class AnnotationItem;

// Base of the tools that draw one item by dragging from a start point (arrow, line, rectangle, ellipse,
// redaction, pixelation). While the button is down the item is a preview in the scene but not in the
// document; on release it is added with one undo step, or dropped if it is too small to mean anything.
class DragShapeTool : public AnnotationTool
{
public:
    DragShapeTool();
    ~DragShapeTool() override;

    void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void move(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel(ToolContext &context) override;

    // The item being drawn (for tests), or nullptr.
    AnnotationItem *preview() const { return m_item.get(); }

protected:
    virtual AnnotationItem *createItem(const ToolContext &context) const = 0;
    // The item's points for a drag from start to end; Shift usually constrains (square, 45°).
    virtual QPolygonF pointsFor(const QPointF &start, const QPointF &end,
                                Qt::KeyboardModifiers modifiers) const;
    // Smallest drag (in scene units along either axis) that makes an item.
    virtual qreal minimumExtent() const { return 2.0; }

    // Helpers for pointsFor().
    static QPointF squareEnd(const QPointF &start, const QPointF &end);
    static QPointF snappedEnd(const QPointF &start, const QPointF &end); // to multiples of 45°

private:
    std::unique_ptr<AnnotationItem> m_item;
    QPointF m_start;
};

} // namespace tierdesk
