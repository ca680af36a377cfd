#pragma once

#ifdef TIERDESK_HAVE_DBUS

#include "capture/grab/capturebackend.h"

#include <QDBusConnection>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QWindow>

class QDBusPendingCallWatcher;

namespace tierdesk {

// Screenshots on Wayland through xdg-desktop-portal (org.freedesktop.portal.Screenshot over QtDBus).
//
// Screenshot(parent_window, {handle_token, interactive: false}) returns a request object; the answer comes
// later as its Response signal, which is subscribed *before* the call (the path is predictable from the
// handle_token), so a fast portal cannot answer unheard. No answer within timeout() → Timeout; response 1 →
// Cancelled; 2 → Failed; the portal's file is read and deleted (PortalResponse). When no portal service
// exists on the bus the capture fails with Unavailable, and CaptureService falls back to the next backend.
// Only FullDesktop: a non-interactive portal screenshot is always the whole desktop (regions come from the
// RegionPicker on that image).
class PortalBackend : public CaptureBackend
{
    Q_OBJECT

public:
    explicit PortalBackend(QObject *parent = nullptr); // the session bus
    explicit PortalBackend(const QDBusConnection &bus, QObject *parent = nullptr);
    ~PortalBackend() override;

    QString name() const override;
    QList<CaptureMode> supportedModes() const override;
    // The bus is connected and the portal service is running or can be started.
    bool isAvailable() const override;
    void capture(const CaptureRequest &request) override;
    void cancel() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // The window the portal's dialogs (if any) belong to; without one a hidden helper window is used on X11.
    void setParentWindow(QWindow *window) { m_parentWindow = window; }

    // The parent_window argument. The portal documentation allows "" for "no parent", but
    // xdg-desktop-portal-gnome 46 rejects an empty string, so it is never empty:
    //  - X11 (also XWayland): "x11:<XID in hex>" of one of our windows;
    //  - Wayland: "wayland:" with no surface handle. A real handle needs xdg_foreign, which Qt 6.4 does not
    //    expose; portals treat the empty handle after the prefix as "no parent" and still answer.
    static QString parentWindowHandle(const QString &platformName, WId window);
    // The Request object path the portal will use: /org/freedesktop/portal/desktop/request/SENDER/TOKEN with
    // SENDER our unique bus name without ':' and with '.' as '_'.
    static QString requestPath(const QString &uniqueName, const QString &token);

private slots:
    void handleResponse(uint response, const QVariantMap &results);

private:
    void handleCallFinished(QDBusPendingCallWatcher *watcher);
    void handleTimeout();
    void watchRequest(const QString &path);
    void unwatchRequest();
    void closeRequest();
    void finish(const CaptureResult &result);
    QString currentParentHandle();

    QDBusConnection m_bus;
    QTimer m_timer;
    int m_timeoutMs = 30000;
    QString m_requestPath;
    QPointer<QWindow> m_parentWindow;
    QWindow *m_helperWindow = nullptr;
    QDBusPendingCallWatcher *m_call = nullptr;
    quint64 m_requestCounter = 0;
};

} // namespace tierdesk

#endif // TIERDESK_HAVE_DBUS
