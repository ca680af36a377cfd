#include "reporter/annotatedialog.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace tierdesk {

AnnotateDialog::AnnotateDialog(QWidget *parent)
    : QDialog(parent)
    , m_editor(new AnnotationEditor(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 760);
    retranslate();
}

AnnotateDialog::~AnnotateDialog() = default;

void AnnotateDialog::retranslate()
{
    setWindowTitle(tr("Mark the screenshot"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these marks"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void AnnotateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool AnnotateDialog::load(const QImage &image, const QDateTime &capturedAt, const QJsonObject &annotation,
                          const AnnotationExportOptions &options, QString *error)
{
    if (annotation.isEmpty()) {
        m_editor->setImage(image, capturedAt);
    } else {
        std::unique_ptr<AnnotationDocument> document = AnnotationDocument::fromJson(annotation, error);
        if (!document)
            return false;
        m_editor->setDocument(std::move(document));
        m_editor->setCaption(options.caption);
        m_editor->setStampCaptureTime(options.stampCaptureTime);
    }
    return true;
}

QJsonObject AnnotateDialog::annotationJson() const
{
    return m_editor->document() ? m_editor->document()->toJson() : QJsonObject();
}

AnnotationExportOptions AnnotateDialog::exportOptions() const
{
    return m_editor->exportOptions();
}

} // namespace tierdesk
