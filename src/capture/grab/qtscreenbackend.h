#pragma once

#include "capture/grab/capturebackend.h"

#include <QList>

class QScreen;

namespace tierdesk {

// Screenshots through Qt (X11 and Windows; the base of the macOS backend): every QScreen is grabbed whole
// with QScreen::grabWindow(0) and the grabs are stitched in device pixels by DesktopLayout.
//  - Region: the full desktop, cropped to the logical rectangle mapped exactly to device pixels.
//  - ActiveWindow: the frame of *this program's* active window, cropped from the full desktop. Qt does not
//    say which foreign window is active (on X11 that needs _NET_ACTIVE_WINDOW through xcb, which Qt does not
//    expose), so when another program is active the capture fails with Unsupported instead of guessing.
class QtScreenBackend : public CaptureBackend
{
    Q_OBJECT

public:
    explicit QtScreenBackend(QObject *parent = nullptr);

    QString name() const override;
    QList<CaptureMode> supportedModes() const override;
    // Not on the Wayland platform plugin: there QScreen::grabWindow() returns nothing useful.
    bool isAvailable() const override;
    // Grabs on the next turn of the event loop and reports through captured()/failed().
    void capture(const CaptureRequest &request) override;
    void cancel() override;

    // The grab itself, synchronous (the command-line capture and benchmarks need no event loop turn).
    CaptureResult grab(const CaptureRequest &request) const;

private:
    CaptureResult grabScreens(const QList<QScreen *> &screens, CaptureMode mode) const;
    CaptureResult grabLogicalRect(const QRect &logicalRect, CaptureMode mode) const;

    bool m_cancelRequested = false;
};

} // namespace tierdesk
