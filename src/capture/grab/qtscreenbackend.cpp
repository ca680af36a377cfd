#include "capture/grab/qtscreenbackend.h"

#include "capture/grab/desktoplayout.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcQtScreen, "tierdesk.capture.grab", QtInfoMsg)

QtScreenBackend::QtScreenBackend(QObject *parent)
    : CaptureBackend(parent)
{}

QString QtScreenBackend::name() const
{
    return QStringLiteral("qt-screen");
}

QList<CaptureMode> QtScreenBackend::supportedModes() const
{
    return allCaptureModes();
}

bool QtScreenBackend::isAvailable() const
{
    return !QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
}

void QtScreenBackend::capture(const CaptureRequest &request)
{
    if (!beginCapture())
        return;
    m_cancelRequested = false;
    QTimer::singleShot(0, this, [this, request] {
        if (m_cancelRequested) {
            deliver(CaptureResult::failure(CaptureError::Cancelled));
            return;
        }
        deliver(grab(request));
    });
}

void QtScreenBackend::cancel()
{
    if (isBusy())
        m_cancelRequested = true;
}

CaptureResult QtScreenBackend::grab(const CaptureRequest &request) const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.isEmpty())
        return CaptureResult::failure(CaptureError::Failed, tr("There is no screen to capture."));

    switch (request.mode) {
    case CaptureMode::FullDesktop:
        return grabScreens(screens, CaptureMode::FullDesktop);
    case CaptureMode::Screen: {
        QScreen *screen = request.screenIndex < 0 ? QGuiApplication::primaryScreen()
                                                  : screens.value(request.screenIndex, nullptr);
        if (!screen) {
            return CaptureResult::failure(
                CaptureError::Failed,
                tr("There is no screen %1; this computer has %n screen(s).", nullptr, int(screens.size()))
                    .arg(request.screenIndex));
        }
        return grabScreens({screen}, CaptureMode::Screen);
    }
    case CaptureMode::Region:
        return grabLogicalRect(request.region, CaptureMode::Region);
    case CaptureMode::ActiveWindow: {
        const QWindow *window = QGuiApplication::focusWindow();
        if (!window) {
            return CaptureResult::failure(
                CaptureError::Unsupported,
                tr("Only this program's own windows can be captured as the active window here; capture a "
                   "region instead."));
        }
        return grabLogicalRect(window->frameGeometry(), CaptureMode::ActiveWindow);
    }
    }
    return CaptureResult::failure(CaptureError::Unsupported);
}

CaptureResult QtScreenBackend::grabScreens(const QList<QScreen *> &screens, CaptureMode mode) const
{
    const DesktopLayout layout(DesktopLayout::describeScreens(screens));
    QList<QImage> images;
    images.reserve(screens.size());
    for (QScreen *screen : screens) {
        // The whole screen, with the default arguments: explicit x/y are relative to the screen on X11 but
        // have meant desktop coordinates elsewhere, a classic source of shifted captures.
        const QPixmap pixmap = screen->grabWindow(0);
        if (pixmap.isNull()) {
            return CaptureResult::failure(
                CaptureError::Failed,
                tr("The window system returned no image for screen %1.").arg(screen->name()));
        }
        images.append(pixmap.toImage());
        qCDebug(lcQtScreen) << "grabbed" << screen->name() << screen->geometry() << "ratio"
                            << screen->devicePixelRatio() << "pixels" << images.last().size();
    }
    Capture capture(layout.stitch(images), mode, layout.screens());
    capture.setBackendName(name());
    return CaptureResult::success(capture);
}

CaptureResult QtScreenBackend::grabLogicalRect(const QRect &logicalRect, CaptureMode mode) const
{
    if (logicalRect.isEmpty())
        return CaptureResult::failure(CaptureError::Failed, tr("The area to capture is empty."));
    const CaptureResult desktop = grabScreens(QGuiApplication::screens(), CaptureMode::FullDesktop);
    if (!desktop.isSuccess())
        return desktop;
    const DesktopLayout layout = DesktopLayout::fromResolvedScreens(desktop.capture().screens());
    const QRect device = layout.logicalToDevice(logicalRect);
    const Capture capture = desktop.capture().cropped(device, mode);
    if (capture.isNull())
        return CaptureResult::failure(CaptureError::Failed,
                                      tr("The area to capture is outside every screen."));
    return CaptureResult::success(capture);
}

} // namespace tierdesk
