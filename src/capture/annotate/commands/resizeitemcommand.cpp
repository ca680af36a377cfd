#include "capture/annotate/commands/resizeitemcommand.h"

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

ResizeItemCommand::ResizeItemCommand(AnnotationItem *item, const QPolygonF &from, const QPolygonF &to)
    : m_item(item)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Resize"));
}

void ResizeItemCommand::redo()
{
    m_item->setPoints(m_to);
}

void ResizeItemCommand::undo()
{
    m_item->setPoints(m_from);
}

} // namespace tierdesk
