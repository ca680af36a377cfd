#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturefailure.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace tierdesk {

class CaptureService;
class RegionPicker;

// "Capture a region": the whole desktop is grabbed through the CaptureService (our windows hidden, the
// delay waited), then frozen under a RegionPicker overlay on which the person drags the area to keep.
// Ends in exactly one of captured() (the region, a Region capture with the grab's time and screens),
// cancelled() or failed().
class RegionCaptureFlow : public QObject
{
    Q_OBJECT

public:
    explicit RegionCaptureFlow(CaptureService *service, QObject *parent = nullptr);
    ~RegionCaptureFlow() override;

    bool isRunning() const { return m_running; }
    // The overlay while it is shown (tests select on it; benchmarks watch it appear).
    RegionPicker *picker() const { return m_picker.get(); }

public slots:
    void start();
    void cancel();

signals:
    // The frozen desktop is on screen (show() was called on the overlay's windows).
    void overlayShown();
    void captured(const tierdesk::Capture &capture);
    void cancelled();
    void failed(const tierdesk::CaptureFailure &failure);

private:
    void onDesktop(const Capture &capture);
    void onFailed(const CaptureFailure &failure);
    void finish();

    QPointer<CaptureService> m_service;
    std::unique_ptr<RegionPicker> m_picker;
    bool m_running = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace tierdesk
