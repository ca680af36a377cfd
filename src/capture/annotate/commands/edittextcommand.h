#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace tierdesk {

class TextItem;

class EditTextCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTextCommand)

public:
    EditTextCommand(TextItem *item, const QString &from, const QString &to);

    void redo() override;
    void undo() override;

private:
    TextItem *m_item;
    QString m_from;
    QString m_to;
};

} // namespace tierdesk
