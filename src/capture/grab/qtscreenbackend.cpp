#include "capture/grab/qtscreenbackend.h"

#include "capture/grab/captureresources.h"
#include "capture/grab/desktoplayout.h"
#include "capture/grab/x11shmgrabber.h"

#include <QElapsedTimer>
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
    , m_sharedMemoryEnabled(!X11ShmGrabber::disabledByEnvironment())
{}

QtScreenBackend::~QtScreenBackend() = default;

void QtScreenBackend::setSharedMemoryEnabled(bool enabled)
{
    m_sharedMemoryEnabled = enabled;
    m_sharedMemoryChecked = false;
    m_shmIsProgramWide = false;
    m_shm.reset();
}

void QtScreenBackend::releaseIdleResources()
{
    if (m_shm && !m_shmIsProgramWide)
        m_shm->releaseIdleSegments();
}

X11ShmGrabber *QtScreenBackend::sharedMemoryGrabber()
{
    if (!m_sharedMemoryChecked) {
        m_sharedMemoryChecked = true;
        if (m_sharedMemoryEnabled && QGuiApplication::platformName() == QLatin1String("xcb")) {
            if (CaptureResources *program = CaptureResources::programResources()) {
                // The segments the program keeps ready (and every capture of the program uses again).
                m_shm = program->sharedMemoryGrabber();
                m_shmIsProgramWide = bool(m_shm);
                return m_shm.get();
            }
            m_shm = std::make_shared<X11ShmGrabber>();
            if (!m_shm->isAvailable()) {
                qCInfo(lcQtScreen) << "no MIT-SHM grabbing:" << m_shm->unavailableReason();
                m_shm.reset();
            }
        }
    }
    return m_shm.get();
}

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

CaptureResult QtScreenBackend::grab(const CaptureRequest &request)
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

CaptureResult QtScreenBackend::grabScreens(const QList<QScreen *> &screens, CaptureMode mode)
{
    QElapsedTimer timer;
    timer.start();
    const DesktopLayout layout(DesktopLayout::describeScreens(screens));
    X11ShmGrabber *shm = sharedMemoryGrabber();
    bool allShared = shm != nullptr;
    QList<QImage> images;
    images.reserve(screens.size());
    for (qsizetype i = 0; i < screens.size(); ++i) {
        QScreen *screen = screens[i];
        QImage image;
        if (shm) {
            // On X11 every screen is a part of the one root window: its native top-left (which Qt keeps as
            // the logical top-left, see DesktopLayout) and its device size.
            const QRect rootRect(screen->geometry().topLeft(), layout.screens().at(i).deviceGeometry.size());
            QString error;
            image = shm->grab(rootRect, &error);
            if (image.isNull())
                qCInfo(lcQtScreen) << "MIT-SHM grab of" << screen->name() << "failed:" << error
                                   << "- using Qt's grab";
        }
        if (image.isNull()) {
            allShared = false;
            // The whole screen, with the default arguments: explicit x/y are relative to the screen on X11
            // but have meant desktop coordinates elsewhere, a classic source of shifted captures.
            const QPixmap pixmap = screen->grabWindow(0);
            if (pixmap.isNull()) {
                return CaptureResult::failure(
                    CaptureError::Failed,
                    tr("The window system returned no image for screen %1.").arg(screen->name()));
            }
            image = pixmap.toImage();
        }
        images.append(image);
        qCDebug(lcQtScreen) << "grabbed" << screen->name() << screen->geometry() << "ratio"
                            << screen->devicePixelRatio() << "pixels" << image.size();
    }
    const qint64 grabbedNs = timer.nsecsElapsed();
    QImage desktop = layout.stitch(images);
    images.clear(); // the screens' segments are free again unless the stitched image is one of them
    Capture capture(desktop, mode, layout.screens());
    capture.setBackendName(name());
    m_lastGrabShared = allShared;
    qCDebug(lcQtScreen) << (allShared ? "MIT-SHM" : "Qt") << "grab" << grabbedNs / 1e6 << "ms, stitch"
                        << (timer.nsecsElapsed() - grabbedNs) / 1e6 << "ms";
    return CaptureResult::success(capture);
}

CaptureResult QtScreenBackend::grabLogicalRect(const QRect &logicalRect, CaptureMode mode)
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
