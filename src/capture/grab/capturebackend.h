#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturefailure.h"
#include "capture/grab/capturerequest.h"
#include "capture/grab/captureresult.h"

#include <QList>
#include <QObject>

namespace tierdesk {

// One way of taking screenshots (Qt's screen grabbing, the macOS variant, the xdg-desktop-portal). Each says
// which modes it can do; capture() always ends, later, in exactly one captured() or failed() — never inside
// the call itself, so callers can connect after calling. One capture at a time per backend.
class CaptureBackend : public QObject
{
    Q_OBJECT

public:
    explicit CaptureBackend(QObject *parent = nullptr);

    // Short stable name for logs and metadata, e.g. "qt-screen", "xdg-portal".
    virtual QString name() const = 0;
    virtual QList<CaptureMode> supportedModes() const = 0;
    bool supportsMode(CaptureMode mode) const { return supportedModes().contains(mode); }
    // False when the backend cannot work in this session at all (no portal service, a Wayland session for
    // Qt's X11 grabbing); the CaptureService then skips it.
    virtual bool isAvailable() const { return true; }
    bool isBusy() const { return m_busy; }

    virtual void capture(const CaptureRequest &request) = 0;
    // Ends a running capture with Cancelled (if the backend can still stop it). Default: nothing to stop.
    virtual void cancel() {}
    // Frees what the backend keeps between captures to be faster the next time (memory of earlier grabs).
    // Default: nothing kept.
    virtual void releaseIdleResources() {}

signals:
    void captured(const tierdesk::Capture &capture);
    void failed(const tierdesk::CaptureFailure &failure);

protected:
    // Marks the backend busy; false (and a failure delivered) when it already was.
    bool beginCapture();
    // Emits captured()/failed() from the event loop and ends the busy state.
    void deliverLater(const CaptureResult &result);
    // Emits now (for results that already arrive from the event loop, e.g. D-Bus replies).
    void deliver(const CaptureResult &result);

private:
    bool m_busy = false;
};

} // namespace tierdesk
