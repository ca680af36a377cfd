#include "capture/annotate/commands/cropcommand.h"

#include "capture/annotate/annotationdocument.h"

namespace tierdesk {

CropCommand::CropCommand(AnnotationDocument *document, const QRect &from, const QRect &to)
    : m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Crop"));
}

void CropCommand::redo()
{
    m_document->applyCropRect(m_to);
}

void CropCommand::undo()
{
    m_document->applyCropRect(m_from);
}

} // namespace tierdesk
