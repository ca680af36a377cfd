#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationDocument;
class AnnotationItem;

// Deletes items; undo puts each back at its old place in the list (so step markers get their old
// numbers back). While done it owns them.
class RemoveItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveItemsCommand)

public:
    RemoveItemsCommand(AnnotationDocument *document, const QList<AnnotationItem *> &items);
    ~RemoveItemsCommand() override;

    void redo() override;
    void undo() override;

private:
    AnnotationDocument *m_document;
    QList<AnnotationItem *> m_items; // in ascending list order once redone
    QList<int> m_indices;
    bool m_ownsItems = false;
};

} // namespace tierdesk
