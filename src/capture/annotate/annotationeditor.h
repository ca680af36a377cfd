#pragma once

#include "capture/annotate/annotationexporter.h"
#include "capture/annotate/annotationtool.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QCheckBox;
class QLineEdit;
class QSpinBox;
class QToolBar;
class QToolButton;

namespace tierdesk {

class AnnotationDocument;
class AnnotationView;
class InlineTextEditor;
class TextItem;

// The annotator: a tool bar (every tool of ToolRegistry with its shortcut, colour, width, undo/redo,
// delete, zoom, copy, save, caption and time stamp) over an AnnotationView. Changing the colour or width
// with items selected changes those items (one undo step). Saving goes through AnnotationExporter: a new
// PNG plus its document JSON, never over an existing file.
//
// Shortcuts: S/V select, A arrow, L line, R rectangle, E ellipse, P pen, H highlighter, T text, N step
// number, X redact, B pixelate, C crop; Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Del delete, Ctrl++ /
// Ctrl+- / Ctrl+0 zoom, Ctrl+wheel zoom, Space+drag or middle button pan, Ctrl+C copy, Ctrl+S save.
class AnnotationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationEditor(QWidget *parent = nullptr);
    ~AnnotationEditor() override;

    void setDocument(std::unique_ptr<AnnotationDocument> document);
    void setImage(const QImage &image, const QDateTime &captureTime = QDateTime::currentDateTime());
    // An image (PNG, JPEG...) or an annotation document (*.json); false and *error when it cannot be opened.
    bool openFile(const QString &path, QString *error);
    AnnotationDocument *document() const { return m_document.get(); }
    AnnotationView *view() const { return m_view; }

    QString currentTool() const { return m_currentTool; }
    void setCurrentTool(const QString &id);
    QAction *toolAction(const QString &id) const { return m_toolActions.value(id); }

    ItemStyle style() const { return m_context.style; }
    void setColor(const QColor &color);
    void setLineWidth(qreal width);

    AnnotationExporter::Options exportOptions() const;
    void setCaption(const QString &caption);
    void setStampCaptureTime(bool stamp);
    // Where save() proposes to write (a folder); Pictures by default.
    void setSaveDirectory(const QString &directory) { m_saveDirectory = directory; }

    bool isEditingText() const { return m_textEditor != nullptr; }

    // Writes the flattened PNG and its document as new files (see AnnotationExporter::exportTo).
    AnnotationExporter::Result saveTo(const QString &imagePath);

public Q_SLOTS:
    void save(); // asks for a file name
    void copyToClipboard();
    void deleteSelection();
    void undo();
    void redo();

Q_SIGNALS:
    void saved(const QString &imagePath, const QString &documentPath);
    void currentToolChanged(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBars();
    QAction *addShortcutAction(const QString &text, const QList<QKeySequence> &keys,
                               void (AnnotationEditor::*slot)());
    void refreshToolIcons();
    void refreshColorButton();
    void refreshUndoActions();
    void onSelectionChanged();
    void beginTextEdit(const QPointF &scenePos, TextItem *item);
    void finishTextEdit(bool accepted);
    void setShortcutsEnabled(bool enabled);
    AnnotationTool *tool(const QString &id) const;

    std::unique_ptr<AnnotationDocument> m_document;
    std::vector<std::unique_ptr<AnnotationTool>> m_tools;
    ToolContext m_context;
    QString m_currentTool;
    AnnotationView *m_view = nullptr;

    QToolBar *m_toolBar = nullptr;
    QToolBar *m_actionBar = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QHash<QString, QAction *> m_toolActions;
    QList<QAction *> m_shortcutActions;
    QToolButton *m_colorButton = nullptr;
    QSpinBox *m_widthBox = nullptr;
    QLineEdit *m_captionEdit = nullptr;
    QCheckBox *m_stampBox = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;

    InlineTextEditor *m_textEditor = nullptr;
    TextItem *m_editedText = nullptr;
    QPointF m_textAnchor;
    bool m_fittedOnce = false;
    QString m_saveDirectory;
};

} // namespace tierdesk
