#pragma once

#include "capture/grab/capturebackend.h"

#include <QList>
#include <memory>

class QScreen;

namespace tierdesk {

class X11ShmGrabber;

// Screenshots through Qt (X11 and Windows; the base of the macOS backend): every QScreen is grabbed whole
// with QScreen::grabWindow(0) and the grabs are stitched in device pixels by DesktopLayout.
//  - On the xcb platform each screen's part of the root window is grabbed through MIT-SHM instead
//    (X11ShmGrabber: no pixels through the socket, its memory used again from grab to grab), unless the
//    extension does not answer or TIERDESK_CAPTURE_NO_SHM=1; then, and on any failure, Qt's grab.
//  - Region: the full desktop, cropped to the logical rectangle mapped exactly to device pixels.
//  - ActiveWindow: the frame of *this program's* active window, cropped from the full desktop. Qt does not
//    say which foreign window is active (on X11 that needs _NET_ACTIVE_WINDOW through xcb, which Qt does not
//    expose), so when another program is active the capture fails with Unsupported instead of guessing.
class QtScreenBackend : public CaptureBackend
{
    Q_OBJECT

public:
    explicit QtScreenBackend(QObject *parent = nullptr);
    ~QtScreenBackend() override;

    QString name() const override;
    QList<CaptureMode> supportedModes() const override;
    // Not on the Wayland platform plugin: there QScreen::grabWindow() returns nothing useful.
    bool isAvailable() const override;
    // Grabs on the next turn of the event loop and reports through captured()/failed().
    void capture(const CaptureRequest &request) override;
    void cancel() override;
    // The idle MIT-SHM segments (not those of the program's grabber: its CaptureResources decide).
    void releaseIdleResources() override;

    // The grab itself, synchronous (the command-line capture and benchmarks need no event loop turn).
    CaptureResult grab(const CaptureRequest &request);

    // MIT-SHM grabbing on xcb (default: on unless TIERDESK_CAPTURE_NO_SHM is set). Off: always Qt's grab.
    void setSharedMemoryEnabled(bool enabled);
    bool isSharedMemoryEnabled() const { return m_sharedMemoryEnabled; }
    // The MIT-SHM grabber in use (made on the first grab on xcb; the program's, shared with its other
    // backends, when there are CaptureResources::programResources()); nullptr when off or unavailable.
    X11ShmGrabber *sharedMemoryGrabber();
    // Whether every screen of the last successful grab came through MIT-SHM.
    bool lastGrabUsedSharedMemory() const { return m_lastGrabShared; }

private:
    CaptureResult grabScreens(const QList<QScreen *> &screens, CaptureMode mode);
    CaptureResult grabLogicalRect(const QRect &logicalRect, CaptureMode mode);

    bool m_cancelRequested = false;
    bool m_sharedMemoryEnabled;
    bool m_sharedMemoryChecked = false;
    bool m_lastGrabShared = false;
    bool m_shmIsProgramWide = false;
    std::shared_ptr<X11ShmGrabber> m_shm;
};

} // namespace tierdesk
