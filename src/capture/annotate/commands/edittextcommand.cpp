#include "capture/annotate/commands/edittextcommand.h"

#include "capture/annotate/tools/text/textitem.h"

namespace tierdesk {

EditTextCommand::EditTextCommand(TextItem *item, const QString &from, const QString &to)
    : m_item(item)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Edit text"));
}

void EditTextCommand::redo()
{
    m_item->setText(m_to);
}

void EditTextCommand::undo()
{
    m_item->setText(m_from);
}

} // namespace tierdesk
