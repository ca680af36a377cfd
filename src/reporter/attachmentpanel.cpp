#include "reporter/attachmentpanel.h"

#include "ui_attachmentpanel.h"

#include "reporter/annotatedialog.h"
#include "reporter/capturecommand.h"
#include "reporter/imagepreviewdialog.h"
#include "reporter/regioncaptureflow.h"
#include "reporter/reportattachments.h"
#include "reporter/x11windowlocator.h"

#include "capture/grab/captureservice.h"
#include "capture/steps/stepseries.h"
#include "capture/steps/stepsrecorderbar.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QIdentityProxyModel>
#include <QMimeData>
#include <QShortcut>
#include <QStandardPaths>

namespace tierdesk {

namespace {

// The step list shows "1. caption": StepSeries keeps the number apart (NumberRole) so that it always
// follows the order.
class NumberedSteps : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole) {
            const int number = QIdentityProxyModel::data(index, StepSeries::NumberRole).toInt();
            return AttachmentPanel::tr("%1. %2").arg(number).arg(
                QIdentityProxyModel::data(index, role).toString());
        }
        if (role == Qt::DecorationRole) {
            // The series' thumbnails are large; a list of steps reads better with small ones.
            const QImage thumbnail = QIdentityProxyModel::data(index, role).value<QImage>();
            if (!thumbnail.isNull())
                return thumbnail.scaled(96, 54, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

AttachmentPanel::AttachmentPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttachmentPanel>())
    , m_attachments(new ReportAttachments(this))
    , m_service(new CaptureService(this))
    , m_regionFlow(new RegionCaptureFlow(m_service, this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->imageList->setModel(m_attachments);
    auto *numbered = new NumberedSteps(this);
    numbered->setSourceModel(m_attachments->steps());
    m_ui->stepsList->setModel(numbered);
    m_ui->stepsList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    // The panel's window steps aside and so do the windows it belongs to (the wizard and the main window
    // behind it): the windows of this program, and only those.
    m_service->setHideHook([this] {
        QList<QWidget *> windows;
        for (QWidget *w = window(); w && !windows.contains(w);
             w = w->parentWidget() ? w->parentWidget()->window() : nullptr)
            windows.append(w);
        return windows;
    });
    connect(m_ui->fullScreenButton, &QPushButton::clicked, this, &AttachmentPanel::captureFullScreen);
    connect(m_ui->regionButton, &QPushButton::clicked, this, &AttachmentPanel::captureRegion);
    connect(m_ui->windowButton, &QPushButton::clicked, this, &AttachmentPanel::captureWindow);
    connect(m_ui->stepsButton, &QPushButton::clicked, this, &AttachmentPanel::recordSteps);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &AttachmentPanel::pasteFromClipboard);
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        addFiles(paths);
    });
    connect(m_ui->annotateButton, &QPushButton::clicked, this, [this] { annotateImage(selectedImageRow()); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, [this] { previewImage(selectedImageRow()); });
    connect(m_ui->imageList, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { annotateImage(index.row()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            [this] { m_attachments->removeAt(selectedImageRow()); });
    connect(m_ui->stepUpButton, &QPushButton::clicked, this, [this] {
        const int row = selectedStepRow();
        if (m_attachments->steps()->moveUp(row))
            m_ui->stepsList->setCurrentIndex(m_ui->stepsList->model()->index(row - 1, 0));
    });
    connect(m_ui->stepDownButton, &QPushButton::clicked, this, [this] {
        const int row = selectedStepRow();
        if (m_attachments->steps()->moveDown(row))
            m_ui->stepsList->setCurrentIndex(m_ui->stepsList->model()->index(row + 1, 0));
    });
    connect(m_ui->stepAnnotateButton, &QPushButton::clicked, this,
            [this] { annotateStep(selectedStepRow()); });
    connect(m_ui->stepRemoveButton, &QPushButton::clicked, this,
            [this] { m_attachments->steps()->removeStep(selectedStepRow()); });

    connect(m_service, &CaptureService::captured, this, &AttachmentPanel::onCaptured);
    connect(m_service, &CaptureService::failed, this, &AttachmentPanel::onFailed);
    connect(m_service, &CaptureService::countdown, this, [this](int left) {
        if (left > 0)
            setStatus(tr("Capturing in %n second(s)…", nullptr, left));
    });
    connect(m_service, &CaptureService::busyChanged, this, [this](bool) {
        updateButtons();
        emit busyChanged(isCapturing());
    });
    connect(m_regionFlow, &RegionCaptureFlow::captured, this, [this](const Capture &capture) {
        m_waiting = false;
        selectImage(m_attachments->addCapture(capture));
        setStatus(
            tr("Region added: %1 × %2 pixels.").arg(capture.image().width()).arg(capture.image().height()));
        updateButtons();
    });
    connect(m_regionFlow, &RegionCaptureFlow::cancelled, this, [this] {
        m_waiting = false;
        setStatus(tr("No region was chosen."));
        updateButtons();
    });
    connect(m_regionFlow, &RegionCaptureFlow::failed, this, [this](const CaptureFailure &failure) {
        m_waiting = false;
        setStatus(failure.message(), true);
        updateButtons();
    });
    connect(m_attachments, &ReportAttachments::changed, this, &AttachmentPanel::updateButtons);
    connect(m_ui->imageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttachmentPanel::updateButtons);
    connect(m_ui->stepsList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttachmentPanel::updateButtons);

    // Ctrl+V anywhere in the panel; text fields keep their own paste.
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &AttachmentPanel::pasteFromClipboard);
    updateButtons();
}

AttachmentPanel::~AttachmentPanel()
{
    if (m_recorder)
        delete m_recorder;
}

QString AttachmentPanel::statusText() const
{
    return m_ui->statusLabel->text();
}

bool AttachmentPanel::isCapturing() const
{
    return m_service->isBusy() || m_regionFlow->isRunning() || m_recorder;
}

void AttachmentPanel::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

int AttachmentPanel::selectedImageRow() const
{
    const QModelIndex index = m_ui->imageList->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void AttachmentPanel::selectImage(int row)
{
    if (row >= 0)
        m_ui->imageList->setCurrentIndex(m_attachments->index(row));
}

int AttachmentPanel::selectedStepRow() const
{
    const QModelIndex index = m_ui->stepsList->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void AttachmentPanel::updateButtons()
{
    const bool busy = isCapturing();
    for (QPushButton *button :
         {m_ui->fullScreenButton, m_ui->regionButton, m_ui->windowButton, m_ui->stepsButton})
        button->setEnabled(!busy);
    const int image = selectedImageRow();
    const bool isImage = image >= 0 && m_attachments->entry(image).kind == ReportAttachments::Kind::Image;
    m_ui->annotateButton->setEnabled(isImage);
    m_ui->previewButton->setEnabled(isImage);
    m_ui->removeButton->setEnabled(image >= 0);
    const int step = selectedStepRow();
    const int steps = m_attachments->steps()->count();
    m_ui->stepsGroup->setVisible(steps > 0);
    m_ui->stepUpButton->setEnabled(step > 0);
    m_ui->stepDownButton->setEnabled(step >= 0 && step < steps - 1);
    m_ui->stepAnnotateButton->setEnabled(step >= 0);
    m_ui->stepRemoveButton->setEnabled(step >= 0);
}

void AttachmentPanel::captureFullScreen()
{
    if (isCapturing())
        return;
    m_windowMode = false;
    m_waiting = true;
    m_service->setDelay(m_ui->delaySpin->value());
    setStatus(QString());
    m_service->capture(CaptureRequest::fullDesktop());
}

void AttachmentPanel::captureWindow()
{
    if (isCapturing())
        return;
    // On X11 any program's window: the desktop is grabbed and cut to the window active at that moment.
    m_windowMode = X11WindowLocator::isAvailable();
    m_waiting = true;
    m_service->setDelay(m_ui->delaySpin->value());
    setStatus(QString());
    m_service->capture(m_windowMode ? CaptureRequest::fullDesktop() : CaptureRequest::activeWindow());
}

void AttachmentPanel::captureRegion()
{
    if (isCapturing())
        return;
    m_service->setDelay(m_ui->delaySpin->value());
    setStatus(tr("Drag a rectangle around the part to keep; Esc cancels."));
    m_waiting = false; // the flow reports the result itself
    m_regionFlow->start();
}

void AttachmentPanel::onCaptured(const Capture &capture)
{
    if (!m_waiting) // the region flow's desktop or a recorder step
        return;
    m_waiting = false;
    Capture result = capture;
    if (m_windowMode) {
        QString error;
        result = CaptureCommand::cropToActiveWindow(capture, &error);
        if (result.isNull()) {
            setStatus(error, true);
            return;
        }
    }
    selectImage(m_attachments->addCapture(result));
    setStatus(
        tr("Screenshot added: %1 × %2 pixels.").arg(result.image().width()).arg(result.image().height()));
}

void AttachmentPanel::onFailed(const CaptureFailure &failure)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    setStatus(failure.message(), true);
}

void AttachmentPanel::recordSteps()
{
    if (isCapturing())
        return;
    QWidget *top = window();
    m_recorder = new StepsRecorderBar(m_service, m_attachments->steps());
    m_recorder->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_recorder, &StepsRecorderBar::finished, this, [this, top](StepSeries *series) {
        if (top != this)
            top->show();
        top->raise();
        top->activateWindow();
        setStatus(tr("%n step(s) recorded. Double-click a step to describe it.", nullptr, series->count()));
        m_recorder->deleteLater();
        m_recorder = nullptr;
        updateButtons();
        emit busyChanged(isCapturing());
    });
    // The person works in other programs now; this window would only be in the way of the steps.
    if (top != this)
        top->hide();
    m_recorder->show();
    updateButtons();
    emit busyChanged(true);
}

bool AttachmentPanel::pasteFromClipboard()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!ReportAttachments::canAccept(data)) {
        setStatus(tr("The clipboard holds no image or file."), true);
        return false;
    }
    QStringList errors;
    const int added = m_attachments->addMimeData(data, &errors);
    if (added > 0)
        selectImage(m_attachments->count() - 1);
    setStatus(errors.isEmpty() ? tr("%n item(s) pasted.", nullptr, added) : errors.join(QLatin1Char('\n')),
              !errors.isEmpty());
    return added > 0;
}

void AttachmentPanel::addFiles(const QStringList &paths)
{
    QStringList errors;
    int added = 0;
    for (const QString &path : paths) {
        QString error;
        if (m_attachments->addFile(path, &error) >= 0)
            ++added;
        else
            errors.append(error);
    }
    if (added > 0)
        selectImage(m_attachments->count() - 1);
    if (!paths.isEmpty())
        setStatus(errors.isEmpty() ? tr("%n file(s) added.", nullptr, added) : errors.join(QLatin1Char('\n')),
                  !errors.isEmpty());
}

void AttachmentPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (ReportAttachments::canAccept(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentPanel::dropEvent(QDropEvent *event)
{
    QStringList errors;
    const int added = m_attachments->addMimeData(event->mimeData(), &errors);
    if (added > 0) {
        selectImage(m_attachments->count() - 1);
        event->acceptProposedAction();
    }
    setStatus(errors.isEmpty() ? tr("%n item(s) added.", nullptr, added) : errors.join(QLatin1Char('\n')),
              !errors.isEmpty());
}

void AttachmentPanel::openAnnotator(const QImage &image, const QDateTime &time, const QJsonObject &annotation,
                                    const std::function<void(AnnotateDialog *)> &apply)
{
    if (m_annotateDialog)
        m_annotateDialog->close();
    auto *dialog = new AnnotateDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    AnnotationExportOptions options;
    options.stampCaptureTime = true;
    if (!dialog->load(image, time, annotation, options, &error)) {
        setStatus(error, true);
        delete dialog;
        return;
    }
    connect(dialog, &QDialog::accepted, this, [dialog, apply] { apply(dialog); });
    m_annotateDialog = dialog;
    dialog->open();
}

void AttachmentPanel::annotateImage(int row)
{
    if (row < 0 || row >= m_attachments->count())
        return;
    const ReportAttachments::Entry &entry = m_attachments->entry(row);
    if (entry.kind != ReportAttachments::Kind::Image)
        return;
    const QUuid id = entry.id;
    openAnnotator(entry.image, entry.capturedAt, entry.annotation, [this, id](AnnotateDialog *dialog) {
        for (int i = 0; i < m_attachments->count(); ++i) {
            if (m_attachments->entry(i).id != id)
                continue;
            QString error;
            if (!m_attachments->setAnnotation(i, dialog->annotationJson(), dialog->exportOptions(), &error))
                setStatus(error, true);
            else
                setStatus(tr("The marks are kept with the screenshot."));
        }
    });
}

void AttachmentPanel::annotateStep(int row)
{
    StepSeries *steps = m_attachments->steps();
    if (row < 0 || row >= steps->count())
        return;
    const Step &step = steps->step(row);
    const QUuid id = step.id;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(step.capture.capturedAtMs(), Qt::OffsetFromUTC,
                                                          step.capture.utcOffsetSeconds());
    openAnnotator(step.capture.image(), time, step.annotation, [steps, id](AnnotateDialog *dialog) {
        const int current = steps->rowOf(id);
        if (current >= 0)
            steps->setAnnotation(current, dialog->annotationJson());
    });
}

void AttachmentPanel::previewImage(int row)
{
    if (row < 0 || row >= m_attachments->count() ||
        m_attachments->entry(row).kind != ReportAttachments::Kind::Image)
        return;
    auto *dialog =
        new ImagePreviewDialog(m_attachments->entry(row).preview, m_attachments->entry(row).name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AttachmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace tierdesk
