#include "capture/grab/captureresources.h"

#include "capture/grab/capture.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/desktoplayout.h"
#include "capture/grab/qtscreenbackend.h"
#include "capture/grab/regionpickerwindows.h"
#include "capture/grab/x11shmgrabber.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QScreen>
#include <QSettings>
#include <algorithm>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcCaptureResources, "tierdesk.capture.resources", QtInfoMsg)

namespace {

QPointer<CaptureResources> programInstance;

QList<ScreenGeometry> currentScreens()
{
    return DesktopLayout::describeScreens(QGuiApplication::screens());
}

} // namespace

CaptureResources::CaptureResources(QObject *parent)
    : QObject(parent)
{
    if (programInstance)
        qCInfo(lcCaptureResources) << "the program has capture resources already; these stay private";
    else
        programInstance = this;
    m_keepWarm.setSingleShot(true);
    m_keepWarm.setInterval(defaultKeepWarmTime);
    connect(&m_keepWarm, &QTimer::timeout, this, [this] {
        if (!m_keepReady)
            releaseIdleResources();
    });
    m_prepareTimer.setSingleShot(true);
    m_prepareTimer.setInterval(defaultPrepareDelay);
    connect(&m_prepareTimer, &QTimer::timeout, this, &CaptureResources::prepareNow);
    // Windows made for screens that changed do not fit any more: prepare for the new ones.
    if (qGuiApp) {
        for (auto signal : {&QGuiApplication::screenAdded, &QGuiApplication::screenRemoved}) {
            connect(qGuiApp, signal, this, [this] {
                if (m_keepReady)
                    prepareLater();
            });
        }
    }
}

CaptureResources::~CaptureResources()
{
    delete m_windows; // the windows (also lent ones) before the QObject children's turn, explicitly
    m_windows = nullptr;
}

CaptureResources *CaptureResources::programResources()
{
    return programInstance.data();
}

bool CaptureResources::keepReadySetting(QSettings *settings)
{
    const QByteArray environment = qgetenv(keepReadyEnvironmentVariable).trimmed().toLower();
    if (environment == "0" || environment == "false" || environment == "off")
        return false;
    if (environment == "1" || environment == "true" || environment == "on")
        return true;
    if (settings)
        return settings->value(QLatin1String(keepReadySettingsKey), true).toBool();
    return QSettings().value(QLatin1String(keepReadySettingsKey), true).toBool();
}

CaptureResources *CaptureResources::setUpForProgram(QObject *parent, QSettings *settings)
{
    auto *resources = new CaptureResources(parent);
    const QString platform = QGuiApplication::platformName();
    const bool showsNothing = platform == QLatin1String("offscreen") || platform == QLatin1String("minimal");
    const bool keep = keepReadySetting(settings) && !showsNothing;
    qCInfo(lcCaptureResources) << "capture resources kept ready:" << keep;
    resources->setKeepReady(keep);
    return resources;
}

void CaptureResources::setKeepReady(bool keep)
{
    m_keepReady = keep;
    if (keep) {
        m_keepWarm.stop();
        prepareLater();
    } else {
        m_prepareTimer.stop();
        m_keepWarm.start(); // what is held now goes after the keep-warm time
    }
}

void CaptureResources::setKeepWarmTime(int milliseconds)
{
    m_keepWarm.setInterval(qMax(0, milliseconds));
    if (m_keepWarm.isActive())
        m_keepWarm.start();
}

void CaptureResources::setPrepareDelay(int milliseconds)
{
    m_prepareTimer.setInterval(qMax(0, milliseconds));
}

void CaptureResources::prepareLater()
{
    m_prepareTimer.start();
}

std::shared_ptr<X11ShmGrabber> CaptureResources::sharedMemoryGrabber()
{
    if (!m_shmChecked) {
        m_shmChecked = true;
        if (QGuiApplication::platformName() == QLatin1String("xcb")) {
            auto grabber = std::make_shared<X11ShmGrabber>();
            if (grabber->isAvailable())
                m_shm = std::move(grabber);
            else
                qCInfo(lcCaptureResources) << "no MIT-SHM grabbing:" << grabber->unavailableReason();
        }
    }
    return m_shm;
}

RegionPickerWindows *CaptureResources::regionPickerWindows()
{
    if (!m_windows) {
        m_windows = new RegionPickerWindows(this);
        connect(m_windows, &RegionPickerWindows::windowsIdle, this, &CaptureResources::used);
    }
    return m_windows;
}

void CaptureResources::serviceBusyChanged(bool busy)
{
    m_busyServices = qMax(0, m_busyServices + (busy ? 1 : -1));
    if (!busy)
        used();
}

void CaptureResources::used()
{
    if (m_keepReady)
        prepareLater(); // what the capture took (a kept capture holds its segment) is made again
    else
        m_keepWarm.start();
}

bool CaptureResources::captureUnderWay() const
{
    return m_busyServices > 0 || (m_windows && m_windows->windowCount() > m_windows->idleWindowCount());
}

bool CaptureResources::usesSharedMemoryGrab() const
{
    // As QtScreenBackend decides: MIT-SHM on xcb in an X11 session (Wayland sessions use the portal first).
    return CaptureService::detectSession() == CaptureService::Session::X11 &&
           !X11ShmGrabber::disabledByEnvironment();
}

bool CaptureResources::grabIsReady() const
{
    if (!usesSharedMemoryGrab())
        return true; // nothing to prepare for Qt's grab or the portal
    if (!m_shmChecked)
        return false;
    if (!m_shm)
        return true; // no MIT-SHM here after all
    // One idle segment per screen, each big enough for its screen (the grab takes the smallest that fits).
    QList<qsizetype> idle = m_shm->idleSegmentSizes();
    std::sort(idle.begin(), idle.end());
    QList<qsizetype> needed;
    for (const ScreenGeometry &screen : currentScreens())
        needed.append(m_shm->segmentSizeFor(screen.deviceGeometry.size()));
    std::sort(needed.begin(), needed.end(), std::greater<>());
    for (qsizetype bytes : std::as_const(needed)) {
        const auto fit = std::lower_bound(idle.begin(), idle.end(), bytes);
        if (fit == idle.end())
            return false;
        idle.erase(fit);
    }
    return true;
}

bool CaptureResources::windowsAreReady() const
{
    if (!m_windows)
        return false;
    for (const ScreenGeometry &screen : currentScreens()) {
        if (!m_windows->hasReadyIdleWindow(screen.logicalGeometry, screen.devicePixelRatio))
            return false;
    }
    return true;
}

bool CaptureResources::isReady() const
{
    return grabIsReady() && windowsAreReady();
}

Capture CaptureResources::warmGrab()
{
    // Through a QtScreenBackend as every capture of the program goes (it takes this grabber): the segments
    // are made and prefaulted, and the X server writes every page of them once.
    QtScreenBackend backend;
    const CaptureResult result = backend.grab(CaptureRequest::fullDesktop());
    if (!result.isSuccess()) {
        qCInfo(lcCaptureResources) << "could not grab the desktop to prepare:" << result.failure().message();
        return Capture();
    }
    return result.capture();
}

bool CaptureResources::prepareNow()
{
    m_prepareTimer.stop();
    if (QGuiApplication::screens().isEmpty())
        return false;
    if (captureUnderWay()) {
        prepareLater();
        return false;
    }
    if (isReady())
        return true;
    QElapsedTimer timer;
    timer.start();
    if (usesSharedMemoryGrab())
        sharedMemoryGrabber();
    Capture desktop;
    if (usesSharedMemoryGrab() && m_shm)
        desktop = warmGrab(); // also when only the windows are missing: a warm grab is cheap, and real
    const qint64 grabbedNs = timer.nsecsElapsed();
    if (!windowsAreReady()) {
        if (desktop.isNull()) {
            // No grab ahead of time here (the portal, macOS, Qt's grab): paint a blank desktop instead.
            const QList<ScreenGeometry> screens = currentScreens();
            const DesktopLayout layout = DesktopLayout::fromResolvedScreens(screens);
            QImage blank(layout.imageSize(), QImage::Format_RGB32);
            blank.fill(Qt::black);
            desktop = Capture(blank, CaptureMode::FullDesktop, screens);
        }
        regionPickerWindows()->prepare(desktop);
    }
    desktop = Capture(); // the segment is idle again, kept
    ++m_preparations;
    const bool done = isReady();
    qCInfo(lcCaptureResources) << "prepared the next capture in" << timer.nsecsElapsed() / 1e6 << "ms (grab"
                               << grabbedNs / 1e6 << "ms); ready:" << done;
    if (done)
        emit ready();
    return done;
}

void CaptureResources::releaseIdleResources()
{
    if (captureUnderWay()) {
        m_keepWarm.start(); // later
        return;
    }
    qCDebug(lcCaptureResources) << "releasing the idle capture resources";
    if (m_shm)
        m_shm->releaseIdleSegments();
    if (m_windows)
        m_windows->releaseIdleWindows();
    if (m_keepReady)
        prepareLater();
}

} // namespace tierdesk
