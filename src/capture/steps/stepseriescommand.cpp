#include "capture/steps/stepseriescommand.h"

namespace tierdesk {

StepSeriesCommand::StepSeriesCommand(const QString &text, std::function<void()> redo,
                                     std::function<void()> undo)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{}

void StepSeriesCommand::setMergeKey(int mergeId, const QString &key)
{
    m_mergeId = mergeId;
    m_mergeKey = key;
}

bool StepSeriesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = static_cast<const StepSeriesCommand *>(other);
    if (command->m_mergeId != m_mergeId || command->m_mergeKey != m_mergeKey)
        return false;
    // Keep our undo (the state before the first edit), take the latest redo.
    m_redo = command->m_redo;
    return true;
}

} // namespace tierdesk
