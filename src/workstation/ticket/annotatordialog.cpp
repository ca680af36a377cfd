#include "workstation/ticket/annotatordialog.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationeditor.h"
#include "capture/annotate/annotationexporter.h"
#include "capture/annotate/pngencoder.h"
#include "workstation/common/icons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace tierdesk {

AnnotatorDialog::AnnotatorDialog(const QImage &image, const QString &sourceName, const QDateTime &captureTime,
                                 QWidget *parent)
    : QDialog(parent)
    , m_editor(new AnnotationEditor(this))
    , m_sourceName(sourceName)
{
    setObjectName(QStringLiteral("annotatorDialog"));
    setWindowTitle(tr("Annotate %1").arg(sourceName));
    setWindowIcon(Icons::icon(QStringLiteral("annotate")));
    m_editor->setImage(image, captureTime);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *attachButton = buttons->addButton(tr("&Attach to message"), QDialogButtonBox::AcceptRole);
    attachButton->setObjectName(QStringLiteral("attachAnnotatedButton"));
    attachButton->setIcon(Icons::icon(QStringLiteral("attach")));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnnotatorDialog::attach);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
}

QString AnnotatorDialog::annotatedName(const QString &sourceName)
{
    const QString base = QFileInfo(sourceName).completeBaseName();
    return (base.isEmpty() ? QStringLiteral("screenshot") : base) + QStringLiteral("-annotated.png");
}

QByteArray AnnotatorDialog::flattenedPng() const
{
    if (!m_editor->document())
        return {};
    return PngEncoder::encode(AnnotationExporter::flatten(*m_editor->document(), m_editor->exportOptions()));
}

void AnnotatorDialog::attach()
{
    m_png = flattenedPng();
    m_fileName = annotatedName(m_sourceName);
    if (m_png.isEmpty()) {
        reject();
        return;
    }
    accept();
}

} // namespace tierdesk
