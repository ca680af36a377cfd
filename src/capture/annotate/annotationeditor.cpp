#include "capture/annotate/annotationeditor.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/annotationview.h"
#include "capture/annotate/newfilewriter.h"
#include "capture/annotate/toolregistry.h"
#include "capture/annotate/tools/text/inlinetexteditor.h"
#include "capture/annotate/tools/text/textitem.h"
#include "capture/annotate/tools/text/texttool.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tierdesk {

namespace {
constexpr int IconSize = 22;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::gray, 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(3.5, 3.5, IconSize - 7, IconSize - 7), 3, 3);
    return QIcon(pixmap);
}
} // namespace

AnnotationEditor::AnnotationEditor(QWidget *parent)
    : QWidget(parent)
    , m_tools(ToolRegistry::instance().createTools())
{
    m_view = new AnnotationView(this);
    m_context.viewScale = 1.0;
    m_context.editText = [this](const QPointF &scenePos, TextItem *item) { beginTextEdit(scenePos, item); };

    buildToolBars();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_view, 1);

    refreshColorButton();
    refreshToolIcons();
    setCurrentTool(QStringLiteral("arrow"));
    QImage blank(QSize(640, 400), QImage::Format_RGB32); // an empty canvas until a screenshot arrives
    blank.fill(Qt::white);
    setImage(blank, QDateTime());
}

AnnotationEditor::~AnnotationEditor()
{
    // Everything that points into the document goes before it: the text box, tool previews, signals.
    if (m_textEditor && m_textEditor->scene())
        m_textEditor->scene()->removeItem(m_textEditor);
    delete m_textEditor;
    m_textEditor = nullptr;
    if (AnnotationTool *current = tool(m_currentTool))
        current->cancel(m_context);
    for (const auto &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_view->setTool(nullptr, nullptr);
    m_view->setScene(nullptr);
    m_document.reset();
}

void AnnotationEditor::buildToolBars()
{
    m_toolBar = new QToolBar(tr("Tools"), this);
    m_toolBar->setIconSize(QSize(IconSize, IconSize));
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusive(true);
    for (const auto &tool : m_tools) {
        auto *action = new QAction(tool->label(), this);
        action->setCheckable(true);
        action->setToolTip(tool->toolTip());
        action->setShortcuts(tool->shortcuts());
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setData(tool->id());
        m_toolGroup->addAction(action);
        m_toolBar->addAction(action);
        addAction(action);
        m_toolActions.insert(tool->id(), action);
        m_shortcutActions.append(action);
        const QString id = tool->id();
        connect(action, &QAction::triggered, this, [this, id] { setCurrentTool(id); });
    }

    m_toolBar->addSeparator();
    m_colorButton = new QToolButton(this);
    m_colorButton->setToolTip(tr("Colour"));
    m_colorButton->setPopupMode(QToolButton::InstantPopup);
    auto *colorMenu = new QMenu(m_colorButton);
    const QList<QPair<QColor, QString>> presets = {
        {QColor(0xe5, 0x1c, 0x23), tr("Red")},    {QColor(0xff, 0x8c, 0x00), tr("Orange")},
        {QColor(0xff, 0xd4, 0x00), tr("Yellow")}, {QColor(0x2e, 0x9d, 0x3a), tr("Green")},
        {QColor(0x1e, 0x6f, 0xd9), tr("Blue")},   {QColor(0x8e, 0x3c, 0xc8), tr("Purple")},
        {QColor(Qt::black), tr("Black")},         {QColor(Qt::white), tr("White")}};
    for (const auto &[color, name] : presets) {
        QAction *action = colorMenu->addAction(swatch(color), name);
        const QColor chosen = color;
        connect(action, &QAction::triggered, this, [this, chosen] { setColor(chosen); });
    }
    colorMenu->addSeparator();
    connect(colorMenu->addAction(tr("Other colour…")), &QAction::triggered, this, [this] {
        const QColor color =
            QColorDialog::getColor(m_context.style.color, this, tr("Colour"), QColorDialog::ShowAlphaChannel);
        if (color.isValid())
            setColor(color);
    });
    m_colorButton->setMenu(colorMenu);
    m_toolBar->addWidget(m_colorButton);

    m_widthBox = new QSpinBox(this);
    m_widthBox->setRange(1, 50);
    m_widthBox->setSuffix(tr(" px"));
    m_widthBox->setToolTip(tr("Line width (text, marker and block size grow with it)"));
    m_widthBox->setValue(qRound(m_context.style.lineWidth));
    connect(m_widthBox, &QSpinBox::valueChanged, this, [this](int value) { setLineWidth(value); });
    m_toolBar->addWidget(m_widthBox);

    m_actionBar = new QToolBar(tr("Actions"), this);
    m_undoAction = addShortcutAction(tr("Undo"), {QKeySequence::Undo}, &AnnotationEditor::undo);
    m_redoAction = addShortcutAction(
        tr("Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
        &AnnotationEditor::redo);
    m_deleteAction =
        addShortcutAction(tr("Delete"), {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)},
                          &AnnotationEditor::deleteSelection);
    m_actionBar->addSeparator();
    QAction *zoomIn = addShortcutAction(
        tr("Zoom in"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        nullptr);
    connect(zoomIn, &QAction::triggered, m_view, &AnnotationView::zoomIn);
    QAction *zoomOut = addShortcutAction(tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, nullptr);
    connect(zoomOut, &QAction::triggered, m_view, &AnnotationView::zoomOut);
    QAction *actualSize = addShortcutAction(tr("Actual size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, nullptr);
    connect(actualSize, &QAction::triggered, m_view, [this] { m_view->setZoom(1.0); });
    QAction *fit = addShortcutAction(tr("Fit to window"), {QKeySequence(Qt::CTRL | Qt::Key_9)}, nullptr);
    connect(fit, &QAction::triggered, m_view, &AnnotationView::zoomToFit);
    m_actionBar->addSeparator();
    addShortcutAction(tr("Copy image"), {QKeySequence::Copy}, &AnnotationEditor::copyToClipboard);
    addShortcutAction(tr("Save…"), {QKeySequence::Save}, &AnnotationEditor::save);
    m_actionBar->addSeparator();
    m_captionEdit = new QLineEdit(this);
    m_captionEdit->setPlaceholderText(tr("Caption under the image (optional)"));
    m_captionEdit->setMaxLength(AnnotationDocument::MaximumCaptionLength);
    m_captionEdit->setMinimumWidth(180);
    connect(m_captionEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_document)
            m_document->setCaption(text);
    });
    m_actionBar->addWidget(m_captionEdit);
    m_stampBox = new QCheckBox(tr("Time stamp"), this);
    m_stampBox->setToolTip(tr("Write the capture time under the image"));
    m_stampBox->setChecked(true);
    m_actionBar->addWidget(m_stampBox);
}

QAction *AnnotationEditor::addShortcutAction(const QString &text, const QList<QKeySequence> &keys,
                                             void (AnnotationEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!keys.isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actionBar->addAction(action);
    addAction(action);
    m_shortcutActions.append(action);
    return action;
}

void AnnotationEditor::setDocument(std::unique_ptr<AnnotationDocument> document)
{
    if (!document)
        return;
    finishTextEdit(false);
    if (AnnotationTool *current = tool(m_currentTool))
        current->cancel(m_context);
    for (const auto &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_view->setTool(nullptr, nullptr);
    m_view->setScene(document->scene());

    m_document = std::move(document);
    m_context.document = m_document.get();
    m_view->setTool(tool(m_currentTool), &m_context);
    QUndoStack *stack = m_document->undoStack();
    m_documentConnections << connect(stack, &QUndoStack::indexChanged, this,
                                     &AnnotationEditor::refreshUndoActions)
                          << connect(m_document->scene(), &QGraphicsScene::selectionChanged, this,
                                     &AnnotationEditor::onSelectionChanged);
    {
        const QSignalBlocker blocker(m_captionEdit);
        m_captionEdit->setText(m_document->caption());
    }
    m_fittedOnce = false;
    if (isVisible()) {
        m_view->zoomToFit();
        m_fittedOnce = true;
    }
    refreshUndoActions();
    onSelectionChanged();
}

void AnnotationEditor::setImage(const QImage &image, const QDateTime &captureTime)
{
    auto document = std::make_unique<AnnotationDocument>(image);
    document->setCaptureTime(captureTime);
    setDocument(std::move(document));
}

bool AnnotationEditor::openFile(const QString &path, QString *error)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        if (file.size() > AnnotationDocument::MaximumJsonBytes) {
            if (error)
                *error =
                    tr("%1 is too large to be an annotation document.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        auto document = AnnotationDocument::fromJsonBytes(file.readAll(), error);
        if (!document)
            return false;
        setDocument(std::move(document));
        return true;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString());
        return false;
    }
    setImage(image, QFileInfo(path).lastModified());
    return true;
}

AnnotationTool *AnnotationEditor::tool(const QString &id) const
{
    for (const auto &t : m_tools) {
        if (t->id() == id)
            return t.get();
    }
    return nullptr;
}

void AnnotationEditor::setCurrentTool(const QString &id)
{
    AnnotationTool *next = tool(id);
    if (!next)
        return;
    finishTextEdit(true);
    if (id == m_currentTool) {
        m_toolActions.value(id)->setChecked(true);
        return;
    }
    m_currentTool = id;
    m_toolActions.value(id)->setChecked(true);
    m_view->setTool(next, &m_context);
    // Drawing tools start fresh; the selection belongs to the select tool.
    if (m_document && id != QLatin1String("select"))
        m_document->scene()->clearSelection();
    Q_EMIT currentToolChanged(id);
}

void AnnotationEditor::setColor(const QColor &color)
{
    if (!color.isValid())
        return;
    m_context.style.color = color;
    refreshColorButton();
    refreshToolIcons();
    if (m_document) {
        const QList<AnnotationItem *> selected = m_document->scene()->selectedAnnotationItems();
        if (!selected.isEmpty())
            m_document->setItemsColor(selected, color);
    }
}

void AnnotationEditor::setLineWidth(qreal width)
{
    width = qBound(AnnotationItem::MinimumLineWidth, width, AnnotationItem::MaximumLineWidth);
    m_context.style.lineWidth = width;
    if (m_widthBox->value() != qRound(width)) {
        const QSignalBlocker blocker(m_widthBox);
        m_widthBox->setValue(qRound(width));
    }
    if (m_document) {
        const QList<AnnotationItem *> selected = m_document->scene()->selectedAnnotationItems();
        if (!selected.isEmpty())
            m_document->setItemsLineWidth(selected, width);
    }
}

AnnotationExporter::Options AnnotationEditor::exportOptions() const
{
    AnnotationExporter::Options options;
    options.caption = m_captionEdit->text();
    options.stampCaptureTime = m_stampBox->isChecked();
    return options;
}

void AnnotationEditor::setCaption(const QString &caption)
{
    m_captionEdit->setText(caption);
}

void AnnotationEditor::setStampCaptureTime(bool stamp)
{
    m_stampBox->setChecked(stamp);
}

AnnotationExporter::Result AnnotationEditor::saveTo(const QString &imagePath)
{
    finishTextEdit(true);
    const AnnotationExporter::Result result =
        AnnotationExporter::exportTo(*m_document, imagePath, exportOptions());
    if (result.ok) {
        m_document->undoStack()->setClean();
        Q_EMIT saved(result.imagePath, result.documentPath);
    }
    return result;
}

void AnnotationEditor::save()
{
    QString directory = m_saveDirectory;
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = tr("Screenshot %1.png")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss")));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save annotated screenshot"), NewFileWriter::unusedPath(QDir(directory).filePath(name)),
        tr("PNG image (*.png)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    const AnnotationExporter::Result result = saveTo(path);
    if (!result.ok)
        QMessageBox::warning(this, tr("Not saved"), result.error);
    else
        m_saveDirectory = QFileInfo(path).absolutePath();
}

void AnnotationEditor::copyToClipboard()
{
    finishTextEdit(true);
    QGuiApplication::clipboard()->setImage(AnnotationExporter::flatten(*m_document, exportOptions()));
}

void AnnotationEditor::deleteSelection()
{
    if (m_document)
        m_document->removeItems(m_document->scene()->selectedAnnotationItems());
}

void AnnotationEditor::undo()
{
    if (AnnotationTool *current = tool(m_currentTool))
        current->cancel(m_context);
    m_document->undoStack()->undo();
}

void AnnotationEditor::redo()
{
    if (AnnotationTool *current = tool(m_currentTool))
        current->cancel(m_context);
    m_document->undoStack()->redo();
}

void AnnotationEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        m_view->zoomToFit();
    }
    m_view->setFocus();
}

void AnnotationEditor::refreshToolIcons()
{
    for (const auto &t : m_tools) {
        QPixmap pixmap(IconSize, IconSize);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = t->usesStyle() ? m_context.style.color : palette().color(QPalette::WindowText);
        t->paintIcon(&painter, QRectF(0, 0, IconSize, IconSize), color);
        painter.end();
        m_toolActions.value(t->id())->setIcon(QIcon(pixmap));
    }
}

void AnnotationEditor::refreshColorButton()
{
    m_colorButton->setIcon(swatch(m_context.style.color));
}

void AnnotationEditor::refreshUndoActions()
{
    const QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo() && !isEditingText());
    m_redoAction->setEnabled(stack && stack->canRedo() && !isEditingText());
    m_undoAction->setToolTip(stack && stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Undo"));
    m_redoAction->setToolTip(stack && stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Redo"));
}

void AnnotationEditor::onSelectionChanged()
{
    const QList<AnnotationItem *> selected = m_document->scene()->selectedAnnotationItems();
    m_deleteAction->setEnabled(!selected.isEmpty() && !isEditingText());
    if (selected.size() == 1) {
        // Show the item's own style, without applying it back to the item.
        m_context.style.color = selected.first()->color();
        m_context.style.lineWidth = selected.first()->lineWidth();
        const QSignalBlocker blocker(m_widthBox);
        m_widthBox->setValue(qRound(m_context.style.lineWidth));
        refreshColorButton();
        refreshToolIcons();
    }
}

void AnnotationEditor::beginTextEdit(const QPointF &scenePos, TextItem *item)
{
    finishTextEdit(true);
    QFont font = TextItem::fontFor(m_context.style.lineWidth);
    QColor color = m_context.style.color;
    QColor background = TextItem::defaultBackgroundFor(color);
    m_textAnchor = scenePos;
    if (item) {
        font = item->font();
        color = item->color();
        background = item->background();
        m_textAnchor = item->points().value(0);
        item->setVisible(false);
    }
    m_editedText = item;
    m_textEditor = new InlineTextEditor(font, color, background);
    m_textEditor->setPlainText(item ? item->text() : QString());
    m_textEditor->setPos(m_textAnchor + QPointF(TextItem::Padding, TextItem::Padding));
    m_textEditor->setZValue(6e8);
    m_document->scene()->addItem(m_textEditor);
    InlineTextEditor *editor = m_textEditor;
    // Queued: the editor may report from inside its own focus-out event, where it must not be removed.
    connect(
        editor, &InlineTextEditor::finished, this,
        [this, editor](bool accepted) {
            if (editor == m_textEditor)
                finishTextEdit(accepted);
        },
        Qt::QueuedConnection);
    setShortcutsEnabled(false);
    m_view->setFocus();
    m_document->scene()->setFocusItem(m_textEditor);
    QTextCursor cursor = m_textEditor->textCursor();
    cursor.movePosition(QTextCursor::End);
    m_textEditor->setTextCursor(cursor);
}

void AnnotationEditor::finishTextEdit(bool accepted)
{
    if (!m_textEditor)
        return;
    InlineTextEditor *editor = m_textEditor;
    m_textEditor = nullptr;
    const QString text = editor->toPlainText();
    if (editor->scene())
        editor->scene()->removeItem(editor);
    editor->deleteLater();
    TextItem *item = m_editedText;
    m_editedText = nullptr;
    if (item)
        item->setVisible(true);
    setShortcutsEnabled(true);
    if (!accepted)
        return;
    const bool empty = text.trimmed().isEmpty();
    if (item && empty)
        m_document->removeItems({item});
    else if (item)
        m_document->setItemText(item, text);
    else if (!empty)
        m_document->addItem(TextTool::createItem(m_context.style, m_textAnchor, text));
}

void AnnotationEditor::setShortcutsEnabled(bool enabled)
{
    // While typing, letters are text, not tools, and Ctrl+Z belongs to the text box.
    for (QAction *action : std::as_const(m_shortcutActions))
        action->setEnabled(enabled);
    if (enabled) {
        refreshUndoActions();
        onSelectionChanged();
    }
}

} // namespace tierdesk
