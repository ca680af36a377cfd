#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationItem;

// Changes the width of items. Successive changes of the same items (stepping the width box) merge.
class SetLineWidthCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLineWidthCommand)

public:
    SetLineWidthCommand(const QList<AnnotationItem *> &items, qreal width);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<AnnotationItem *> m_items;
    QList<qreal> m_old;
    qreal m_new;
};

} // namespace tierdesk
