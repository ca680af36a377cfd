#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturefailure.h"
#include "capture/grab/capturerequest.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace tierdesk {

class CaptureService;
class StepSeries;
class WindowHider;

// The small always-on-top bar of the steps recorder: "Capture step", "Finish" and how many steps there are.
// For each step it takes itself off the screen (hide, then wait until its window is really unmapped and the
// compositor is done), grabs through the CaptureService, shows itself again and appends the step.
// Finish (or Esc) hides the bar and emits finished() with the series.
class StepsRecorderBar : public QFrame
{
    Q_OBJECT

public:
    // series: where steps go (not owned); without one the bar makes its own, owned by the bar (take it over
    // with setParent() to keep it after the bar is gone).
    explicit StepsRecorderBar(CaptureService *service, StepSeries *series = nullptr,
                              QWidget *parent = nullptr);
    ~StepsRecorderBar() override;

    StepSeries *series() const { return m_series; }
    // What each step captures (default: the full desktop).
    void setCaptureRequest(const CaptureRequest &request) { m_request = request; }
    CaptureRequest captureRequest() const { return m_request; }
    // Wait after the bar is unmapped before grabbing (compositor fade-out), default 150 ms.
    void setSettleTime(int milliseconds);
    bool isCapturing() const { return m_capturing; }
    // The last error shown on the bar (empty after a successful step).
    QString statusText() const;

public slots:
    void captureStep();
    void finish();

signals:
    void stepCaptured(int number);
    void captureFailed(const tierdesk::CaptureFailure &failure);
    void finished(tierdesk::StepSeries *series);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void grabNow();
    void handleCaptured(const Capture &capture);
    void handleFailed(const CaptureFailure &failure);
    void showFailure(const CaptureFailure &failure);
    void endCapture();
    void retranslate();
    void updateCounter();
    void placeOnScreen();

    QPointer<CaptureService> m_service;
    StepSeries *m_series;
    WindowHider *m_hider;
    CaptureRequest m_request;
    QLabel *m_counter;
    QLabel *m_status;
    QPushButton *m_captureButton;
    QPushButton *m_finishButton;
    QPoint m_dragOffset;
    bool m_capturing = false;
    bool m_waitingForService = false;
    bool m_placed = false;
};

} // namespace tierdesk
