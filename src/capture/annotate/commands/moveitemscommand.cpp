#include "capture/annotate/commands/moveitemscommand.h"

#include "capture/annotate/annotationitem.h"
#include "capture/annotate/commands/commandids.h"

namespace tierdesk {

MoveItemsCommand::MoveItemsCommand(const QList<AnnotationItem *> &items, const QList<QPointF> &from,
                                   const QList<QPointF> &to)
    : m_items(items)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move"));
}

void MoveItemsCommand::redo()
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setPos(m_to.at(i));
}

void MoveItemsCommand::undo()
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setPos(m_from.at(i));
}

int MoveItemsCommand::id() const
{
    return int(CommandId::Move);
}

bool MoveItemsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveItemsCommand *>(other);
    if (move->m_items != m_items)
        return false;
    m_to = move->m_to;
    setObsolete(m_to == m_from);
    return true;
}

} // namespace tierdesk
