#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QSettings;

namespace tierdesk {

class Capture;
class RegionPickerWindows;
class X11ShmGrabber;

// What makes a program's screenshots and region overlays fast, shared by every CaptureService of the
// program (the reporter has one per attachment panel, the workstation one per composer), and kept *ready*:
// prepared in idle time before the first capture is asked for, so that the first one is as fast as the
// tenth.
//   - the MIT-SHM segment of the grab (X11 only): made, mapped and written once by the X server (one real
//     grab of the desktop, thrown away), so that neither side faults in 8000 fresh pages during the capture;
//   - the overlay windows (RegionPickerWindows), one per screen: native window made but never mapped, its
//     backing store allocated and painted once off screen (fresh pages, fonts, the paint path), so that
//     showing the overlay only maps a window that is ready.
// Nothing is shown on screen while preparing. At 4K that is ~32 MB of shared memory plus ~32 MB of backing
// store per screen, held as long as the program runs when keep-ready is on.
//
// While a CaptureResources exists (at most one is the program's, programResources()), new CaptureServices
// and QtScreenBackends use its windows and its grabber instead of their own, and their own keep-warm time
// does not free them; this object decides: with keep-ready on it prepares again in idle time whatever a
// capture took (a capture that is kept holds its segment) and never frees; with keep-ready off nothing is
// prepared ahead and what the last capture left is freed after keepWarmTime() (as a CaptureService alone
// does). Without a CaptureResources (tests, the command-line capture) every service keeps its own.
//
// Setting: QSettings key "capture/keepReady" (bool, default true); the environment variable
// TIERDESK_CAPTURE_KEEP_READY=0 or 1 overrides it (setUpForProgram()).
class CaptureResources : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultKeepWarmTime = 120 * 1000;
    // After the program starts (or a capture ends) before preparing: the program's own start first.
    static constexpr int defaultPrepareDelay = 1000;
    static constexpr const char *keepReadySettingsKey = "capture/keepReady";
    static constexpr const char *keepReadyEnvironmentVariable = "TIERDESK_CAPTURE_KEEP_READY";

    // Becomes programResources() unless one exists already (then it is a private one, and says so in the
    // log). Keep-ready starts off; nothing is prepared until asked.
    explicit CaptureResources(QObject *parent = nullptr);
    ~CaptureResources() override;

    // The program's, or nullptr.
    static CaptureResources *programResources();

    // What the desktop programs call at start: the program's resources, owned by parent, keep-ready as
    // keepReadySetting() says, and prepared after prepareDelay() when keep-ready is on. On the offscreen
    // and minimal platforms (tests, headless runs) nothing is prepared: nothing is ever shown there.
    static CaptureResources *setUpForProgram(QObject *parent, QSettings *settings = nullptr);
    // The environment variable when set to 0/1 (or false/true), else the settings key (default true); the
    // default QSettings when settings is null.
    static bool keepReadySetting(QSettings *settings = nullptr);

    void setKeepReady(bool keep);
    bool keepReady() const { return m_keepReady; }
    // Only with keep-ready off: how long what a capture left is kept (default 2 minutes). 0: freed at once.
    void setKeepWarmTime(int milliseconds);
    int keepWarmTime() const { return m_keepWarm.interval(); }
    void setPrepareDelay(int milliseconds);
    int prepareDelay() const { return m_prepareTimer.interval(); }

    // Prepares after prepareDelay() on the event loop (again later if a capture is under way then).
    void prepareLater();
    // Prepares now (what is missing only); false when a capture or an overlay is under way (then it tries
    // again later) or when something could not be made. Emits ready() when ready afterwards.
    bool prepareNow();
    // An idle, written grab segment per screen (when the X11 grab uses MIT-SHM) and an idle, painted
    // overlay window for every screen as the screens are now.
    bool isReady() const;
    // Times prepareNow() found something missing and made it.
    int preparationCount() const { return m_preparations; }

    // Frees what is idle (segments, windows). With keep-ready on, prepareLater() follows.
    void releaseIdleResources();

    // The grabber every QtScreenBackend of the program shares on xcb; nullptr where MIT-SHM is not
    // available (other platforms, TIERDESK_CAPTURE_NO_SHM=1, a remote display).
    std::shared_ptr<X11ShmGrabber> sharedMemoryGrabber();
    RegionPickerWindows *regionPickerWindows();

signals:
    // prepareNow() left everything ready.
    void ready();

private:
    friend class CaptureService;
    // From the program's CaptureServices.
    void serviceBusyChanged(bool busy);
    void used();

    bool captureUnderWay() const;
    bool grabIsReady() const;
    bool windowsAreReady() const;
    bool usesSharedMemoryGrab() const;
    Capture warmGrab();

    bool m_keepReady = false;
    int m_busyServices = 0;
    int m_preparations = 0;
    bool m_shmChecked = false;
    std::shared_ptr<X11ShmGrabber> m_shm;
    RegionPickerWindows *m_windows = nullptr; // made when first needed
    QTimer m_keepWarm;
    QTimer m_prepareTimer;
};

} // namespace tierdesk
