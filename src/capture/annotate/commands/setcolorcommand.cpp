#include "capture/annotate/commands/setcolorcommand.h"

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

SetColorCommand::SetColorCommand(const QList<AnnotationItem *> &items, const QColor &color)
    : m_items(items)
    , m_new(color)
{
    for (AnnotationItem *item : items)
        m_old.append(item->color());
    setText(tr("Change colour"));
}

void SetColorCommand::redo()
{
    for (AnnotationItem *item : std::as_const(m_items))
        item->setColor(m_new);
}

void SetColorCommand::undo()
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setColor(m_old.at(i));
}

} // namespace tierdesk
