#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationItem;

class SetColorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetColorCommand)

public:
    SetColorCommand(const QList<AnnotationItem *> &items, const QColor &color);

    void redo() override;
    void undo() override;

private:
    QList<AnnotationItem *> m_items;
    QList<QColor> m_old;
    QColor m_new;
};

} // namespace tierdesk
