#include "capture/annotate/commands/additemscommand.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"

namespace tierdesk {

AddItemsCommand::AddItemsCommand(AnnotationDocument *document, const QList<AnnotationItem *> &items)
    : m_document(document)
    , m_items(items)
    , m_indices(items.size(), -1)
{
    setText(tr("Add"));
}

AddItemsCommand::~AddItemsCommand()
{
    if (m_ownsItems)
        qDeleteAll(m_items);
}

void AddItemsCommand::redo()
{
    for (int i = 0; i < m_items.size(); ++i) {
        const int index = m_indices.at(i) < 0 ? int(m_document->items().size()) : m_indices.at(i);
        m_document->insertItem(index, m_items.at(i));
    }
    m_ownsItems = false;
}

void AddItemsCommand::undo()
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        m_indices[i] = m_document->takeItem(m_items.at(i));
    m_ownsItems = true;
}

} // namespace tierdesk
