#include "capture/annotate/commands/removeitemscommand.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"

#include <algorithm>

namespace tierdesk {

RemoveItemsCommand::RemoveItemsCommand(AnnotationDocument *document, const QList<AnnotationItem *> &items)
    : m_document(document)
    , m_items(items)
{
    setText(tr("Delete"));
}

RemoveItemsCommand::~RemoveItemsCommand()
{
    if (m_ownsItems)
        qDeleteAll(m_items);
}

void RemoveItemsCommand::redo()
{
    const QList<AnnotationItem *> &list = m_document->items();
    std::sort(m_items.begin(), m_items.end(),
              [&](AnnotationItem *a, AnnotationItem *b) { return list.indexOf(a) < list.indexOf(b); });
    m_indices.resize(m_items.size());
    // From the top down, so the recorded indices stay those of the full list.
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        m_indices[i] = m_document->takeItem(m_items.at(i));
    m_ownsItems = true;
}

void RemoveItemsCommand::undo()
{
    for (int i = 0; i < m_items.size(); ++i)
        m_document->insertItem(m_indices.at(i), m_items.at(i));
    m_ownsItems = false;
}

} // namespace tierdesk
