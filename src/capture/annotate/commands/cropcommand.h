#pragma once

#include <QCoreApplication>
#include <QRect>
#include <QUndoCommand>

namespace tierdesk {

class AnnotationDocument;

// Crop changes only the document's crop rectangle: the base image stays whole until export, so undo needs
// no copy of any pixels.
class CropCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CropCommand)

public:
    CropCommand(AnnotationDocument *document, const QRect &from, const QRect &to);

    void redo() override;
    void undo() override;

private:
    AnnotationDocument *m_document;
    QRect m_from;
    QRect m_to;
};

} // namespace tierdesk
