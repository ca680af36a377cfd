#pragma once

#include <QDateTime>
#include <QDialog>
#include <QImage>

namespace tierdesk {

class AnnotationEditor;

// The capture library's annotator (AnnotationEditor) in a dialog, for an image attachment or a fresh capture.
// "Attach" gives the flattened result as a new PNG (redactions burnt in, no metadata); the original file is
// never touched.
class AnnotatorDialog : public QDialog
{
    Q_OBJECT

public:
    AnnotatorDialog(const QImage &image, const QString &sourceName, const QDateTime &captureTime,
                    QWidget *parent = nullptr);

    AnnotationEditor *editor() const { return m_editor; }
    // After accept(): the PNG bytes and a file name for them ("screenshot-annotated.png").
    QByteArray pngBytes() const { return m_png; }
    QString fileName() const { return m_fileName; }

    // Flattens the editor's document to PNG bytes now (also what "Attach" does).
    QByteArray flattenedPng() const;
    static QString annotatedName(const QString &sourceName);

public slots:
    void attach();

private:
    AnnotationEditor *m_editor;
    QString m_sourceName;
    QByteArray m_png;
    QString m_fileName;
};

} // namespace tierdesk
