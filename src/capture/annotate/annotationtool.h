#pragma once

#include "capture/annotate/itemstyle.h"

#include <QCursor>
#include <QKeySequence>
#include <QList>
#include <QPointF>
#include <QString>
#include <functional>

class QPainter;
class QRectF;

namespace tierdesk {

class AnnotationDocument;
class TextItem;

// What a tool may use while it works: the document (it edits only through the document's undoable edit
// methods), the style chosen in the tool bar, the zoom, and a way to ask the editor for inline text
// editing. Tests fill one in by hand and drive tools without any window.
struct ToolContext
{
    AnnotationDocument *document = nullptr;
    ItemStyle style;
    qreal viewScale = 1.0; // view pixels per scene unit
    // Asks the editor to edit text at scenePos (a new text when item is null). Unset: text tools do nothing
    // on a click and are driven through their API.
    std::function<void(const QPointF &scenePos, TextItem *item)> editText;
};

// One tool of the annotation editor. A tool gets pointer events in scene coordinates and turns them into
// edits of the document; it knows nothing of widgets. Adding a tool is one folder under tools/ and one line
// in ToolRegistry.
class AnnotationTool
{
public:
    virtual ~AnnotationTool();

    // Stable name: "arrow", "rectangle"... (also the item "type" for tools that make one kind of item).
    virtual QString id() const = 0;
    virtual QString label() const = 0; // translated, for the tool bar
    virtual QString toolTip() const;   // translated; by default the label and the shortcut
    virtual QList<QKeySequence> shortcuts() const = 0;
    // A small picture for the tool bar, drawn in rect with the given colour.
    virtual void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const = 0;
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    // The cursor over scenePos when no button is down (the select tool shows resize arrows over handles).
    virtual QCursor hoverCursor(ToolContext &context, const QPointF &scenePos) const;
    // Whether the colour and width choices mean anything for this tool.
    virtual bool usesStyle() const { return true; }

    virtual void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) = 0;
    virtual void move(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    virtual void release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    virtual void doubleClick(ToolContext &context, const QPointF &scenePos);
    // Escape, or another tool chosen in the middle of a drag: leave the document as it was.
    virtual void cancel(ToolContext &context);
};

} // namespace tierdesk
