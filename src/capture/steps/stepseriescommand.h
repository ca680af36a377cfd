#pragma once

#include <QUndoCommand>
#include <functional>

namespace tierdesk {

// One undoable change of a StepSeries, given as the two functions that do and undo it (the series knows
// how; the command only remembers). Commands with the same non-zero mergeId and mergeKey merge: successive
// edits of one caption become one undo step.
class StepSeriesCommand : public QUndoCommand
{
public:
    StepSeriesCommand(const QString &text, std::function<void()> redo, std::function<void()> undo);

    void setMergeKey(int mergeId, const QString &key);

    void redo() override { m_redo(); }
    void undo() override { m_undo(); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    int m_mergeId = -1;
    QString m_mergeKey;
};

} // namespace tierdesk
