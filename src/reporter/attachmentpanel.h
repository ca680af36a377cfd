#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturefailure.h"
#include "capture/steps/stepsrecorderbar.h"
#include "reporter/annotatedialog.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class AttachmentPanel;
}

namespace tierdesk {

class CaptureService;
class RegionCaptureFlow;
class ReportAttachments;

// Screenshots, files and a step series for a report or a reply: capture the full screen, a region (frozen
// overlay) or the active window, with a delay; record steps with the always-on-top bar; paste an image
// (Ctrl+V); drop or pick files. Each image opens in the annotator; Preview shows it as it will be sent.
// The window holding the panel steps aside during a capture (CaptureService hide hook).
class AttachmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPanel(QWidget *parent = nullptr);
    ~AttachmentPanel() override;

    ReportAttachments *attachments() const { return m_attachments; }
    CaptureService *captureService() const { return m_service; }
    RegionCaptureFlow *regionFlow() const { return m_regionFlow; }
    StepsRecorderBar *recorderBar() const { return m_recorder; }
    AnnotateDialog *annotateDialog() const { return m_annotateDialog; }
    QString statusText() const;
    bool isCapturing() const;
    int selectedImageRow() const;
    void selectImage(int row);

public slots:
    void captureFullScreen();
    void captureRegion();
    void captureWindow();
    void recordSteps();
    bool pasteFromClipboard();
    void addFiles(const QStringList &paths);
    // Opens the annotator for the image at row (non-modal); the marks are kept when it is accepted.
    void annotateImage(int row);
    void annotateStep(int row);
    void previewImage(int row);

signals:
    void busyChanged(bool busy);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setStatus(const QString &text, bool error = false);
    void onCaptured(const Capture &capture);
    void onFailed(const CaptureFailure &failure);
    void updateButtons();
    int selectedStepRow() const;
    void openAnnotator(const QImage &image, const QDateTime &time, const QJsonObject &annotation,
                       const std::function<void(AnnotateDialog *)> &apply);

    std::unique_ptr<Ui::AttachmentPanel> m_ui;
    ReportAttachments *m_attachments;
    CaptureService *m_service;
    RegionCaptureFlow *m_regionFlow;
    QPointer<StepsRecorderBar> m_recorder;
    QPointer<AnnotateDialog> m_annotateDialog;
    bool m_windowMode = false;
    bool m_waiting = false;
};

} // namespace tierdesk
