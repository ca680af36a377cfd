#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationDocument;
class AnnotationItem;

// Adds items on top of the document. While undone it owns them.
class AddItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddItemsCommand)

public:
    AddItemsCommand(AnnotationDocument *document, const QList<AnnotationItem *> &items);
    ~AddItemsCommand() override;

    void redo() override;
    void undo() override;

private:
    AnnotationDocument *m_document;
    QList<AnnotationItem *> m_items;
    QList<int> m_indices; // where each item goes back on redo; -1: on top
    bool m_ownsItems = true;
};

} // namespace tierdesk
