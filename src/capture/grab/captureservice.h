#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturebackend.h"
#include "capture/grab/capturefailure.h"
#include "capture/grab/capturerequest.h"
#include "capture/grab/captureresources.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QWidget;

namespace tierdesk {

class RegionPicker;
class RegionPickerWindows;
class WindowHider;

// The one place programs ask for a screenshot. It picks the backend, hides our own windows, waits the
// delay, grabs and shows the windows again:
//
//   capture(request) → hide the hook's windows, wait until they are off screen → delay (0–10 s, countdown(),
//   cancel() stops it) → the first available backend that supports the mode grabs; one that answers
//   Unavailable (no portal on the bus) passes to the next → windows shown again → captured() or failed().
//
// Default backends: Wayland session: the xdg-desktop-portal, then Qt (XWayland); macOS: Qt after the
// screen-recording permission check; X11, Windows and others: Qt.
class CaptureService : public QObject
{
    Q_OBJECT

public:
    enum class Session { X11, Wayland, MacOS, Windows, Other };
    Q_ENUM(Session)

    static constexpr int maximumDelaySeconds = 10;

    // Uses createDefaultBackends(detectSession()), made when first needed, unless setBackends() says
    // otherwise.
    explicit CaptureService(QObject *parent = nullptr);
    ~CaptureService() override;

    static Session detectSession();
    static QList<CaptureBackend *> createDefaultBackends(Session session);

    // Backends tried in this order; the service owns them (and deletes the ones it had). Not while busy.
    void setBackends(const QList<CaptureBackend *> &backends);
    QList<CaptureBackend *> backends() const;
    // What the available backends can do together.
    QList<CaptureMode> supportedModes() const;

    // Seconds between hiding our windows and grabbing, clamped to 0–10.
    void setDelay(int seconds);
    int delay() const { return m_delaySeconds; }

    // Returns the windows to take off the screen for a grab (the main window, the composer…); asked anew for
    // every capture. Without a hook nothing is hidden.
    using HideHook = std::function<QList<QWidget *>()>;
    void setHideHook(HideHook hook) { m_hideHook = std::move(hook); }
    // Wait after our windows are unmapped (compositor fade-out), default 150 ms.
    void setSettleTime(int milliseconds);
    int settleTime() const;

    // The region overlay for a capture of this service (a FullDesktop or Screen one), owned by parent (or
    // the caller). Its windows are the service's, kept hidden between uses: the second and later overlays
    // of a program show windows that exist already instead of making 4K windows anew.
    RegionPicker *createRegionPicker(const Capture &capture, QObject *parent = nullptr);
    // The program's (CaptureResources::programResources(), prepared ahead when it keeps them ready) when
    // the service was made while the program had them, else the service's own.
    RegionPickerWindows *regionPickerWindows();
    // The program's resources this service uses (see CaptureResources), or nullptr: it keeps its own.
    CaptureResources *programResources() const { return m_program; }

    // How long what makes the next capture fast is kept after the last capture or overlay (the grab's
    // shared memory, the overlay's windows: ~32 MB each at 4K), default 2 minutes; then it is freed and the
    // next capture is a cold one again. 0: freed right after each use. Only for what the service keeps
    // itself: the program's resources are freed (or kept ready) by their CaptureResources.
    void setKeepWarmTime(int milliseconds);
    int keepWarmTime() const { return m_keepWarm.interval(); }
    // Frees it now.
    void releaseIdleResources();

    bool isBusy() const { return m_state != State::Idle; }
    // The backend grabbing right now (nullptr when not grabbing).
    CaptureBackend *activeBackend() const { return m_active; }

public slots:
    void capture(const tierdesk::CaptureRequest &request);
    // Stops the delay or the grab; failed(Cancelled) follows.
    void cancel();

signals:
    // When the delay starts, then every second: the seconds left (0 right before the grab).
    void countdown(int secondsLeft);
    void captured(const tierdesk::Capture &capture);
    void failed(const tierdesk::CaptureFailure &failure);
    void busyChanged(bool busy);

private:
    enum class State { Idle, Hiding, Waiting, Grabbing };

    void ensureBackends() const;
    void handleHidden();
    void handleTick();
    void grabWith(qsizetype firstBackend);
    void handleBackendCaptured(const Capture &capture);
    void handleBackendFailed(const CaptureFailure &failure);
    void finish(const Capture &capture, const CaptureFailure &failure);

    mutable QList<CaptureBackend *> m_backends;
    mutable bool m_backendsChosen = false;
    WindowHider *m_hider = nullptr;
    QPointer<RegionPickerWindows> m_pickerWindows; // made (or taken from the program) when first needed
    QPointer<CaptureResources> m_program;          // the program's resources, taken at construction
    HideHook m_hideHook;
    QTimer m_tick;
    QTimer m_keepWarm;
    State m_state = State::Idle;
    CaptureRequest m_request;
    int m_delaySeconds = 0;
    int m_secondsLeft = 0;
    qsizetype m_backendIndex = -1;
    QPointer<CaptureBackend> m_active;
};

} // namespace tierdesk
