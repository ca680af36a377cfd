#pragma once

#include <QCoreApplication>
#include <QPolygonF>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationItem;

// Changes an item's control points (a resize by a handle, a moved arrow end).
class ResizeItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResizeItemCommand)

public:
    ResizeItemCommand(AnnotationItem *item, const QPolygonF &from, const QPolygonF &to);

    void redo() override;
    void undo() override;

private:
    AnnotationItem *m_item;
    QPolygonF m_from;
    QPolygonF m_to;
};

} // namespace tierdesk
