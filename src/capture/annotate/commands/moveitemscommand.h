#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationItem;

// Moves items between two sets of positions. Successive moves of the same items (a drag, then nudges with
// the arrow keys) merge into one undo step; a merge that ends where it began disappears.
class MoveItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveItemsCommand)

public:
    MoveItemsCommand(const QList<AnnotationItem *> &items, const QList<QPointF> &from,
                     const QList<QPointF> &to);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<AnnotationItem *> m_items;
    QList<QPointF> m_from;
    QList<QPointF> m_to;
};

} // namespace tierdesk
