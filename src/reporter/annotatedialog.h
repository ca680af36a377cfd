#pragma once

#include "capture/annotate/annotationexporter.h"

#include <QDateTime>
#include <QDialog>
#include <QImage>
#include <QJsonObject>

class QDialogButtonBox;

namespace tierdesk {

class AnnotationEditor;

// The annotator (AnnotationEditor: arrows, boxes, text, step numbers, redaction…) in a dialog: the marks
// are kept with the screenshot when the person presses "Use these marks", and dropped on Cancel.
class AnnotateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnnotateDialog(QWidget *parent = nullptr);
    ~AnnotateDialog() override;

    // A screenshot to mark, or (annotation not empty) a document to go on with. false and *error when the
    // document cannot be read.
    bool load(const QImage &image, const QDateTime &capturedAt, const QJsonObject &annotation,
              const AnnotationExportOptions &options, QString *error);

    AnnotationEditor *editor() const { return m_editor; }
    QJsonObject annotationJson() const;
    AnnotationExportOptions exportOptions() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AnnotationEditor *m_editor;
    QDialogButtonBox *m_buttons;
};

} // namespace tierdesk
