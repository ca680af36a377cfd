#include "capture/annotate/commands/setlinewidthcommand.h"

#include "capture/annotate/annotationitem.h"
#include "capture/annotate/commands/commandids.h"

namespace tierdesk {

SetLineWidthCommand::SetLineWidthCommand(const QList<AnnotationItem *> &items, qreal width)
    : m_items(items)
    , m_new(width)
{
    for (AnnotationItem *item : items)
        m_old.append(item->lineWidth());
    setText(tr("Change width"));
}

void SetLineWidthCommand::redo()
{
    for (AnnotationItem *item : std::as_const(m_items))
        item->setLineWidth(m_new);
}

void SetLineWidthCommand::undo()
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setLineWidth(m_old.at(i));
}

int SetLineWidthCommand::id() const
{
    return int(CommandId::LineWidth);
}

bool SetLineWidthCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const SetLineWidthCommand *>(other);
    if (change->m_items != m_items)
        return false;
    m_new = change->m_new;
    return true;
}

} // namespace tierdesk
