#include "capture/grab/captureservice.h"

#include "capture/grab/capturebackend.h"
#include "capture/grab/captureresources.h"
#include "capture/grab/macscreenbackend.h"
#include "capture/grab/portalbackend.h"
#include "capture/grab/qtscreenbackend.h"
#include "capture/grab/regionpicker.h"
#include "capture/grab/regionpickerwindows.h"
#include "capture/grab/windowhider.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QWidget>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcCaptureService, "tierdesk.capture.service", QtInfoMsg)

CaptureService::CaptureService(QObject *parent)
    : QObject(parent)
    , m_hider(new WindowHider(this))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CaptureService::handleTick);
    m_keepWarm.setSingleShot(true);
    m_keepWarm.setInterval(120 * 1000);
    connect(&m_keepWarm, &QTimer::timeout, this, &CaptureService::releaseIdleResources);
    connect(m_hider, &WindowHider::hidden, this, &CaptureService::handleHidden);
    m_program = CaptureResources::programResources();
    if (m_program)
        connect(this, &CaptureService::busyChanged, m_program.data(), &CaptureResources::serviceBusyChanged);
}

CaptureService::~CaptureService()
{
    if (isBusy()) {
        m_hider->restore();
        if (m_program)
            m_program->serviceBusyChanged(false);
    }
}

void CaptureService::setBackends(const QList<CaptureBackend *> &backends)
{
    if (isBusy()) {
        qCWarning(lcCaptureService) << "setBackends() while a capture runs: ignored";
        return;
    }
    qDeleteAll(m_backends);
    m_backends.clear();
    m_backendsChosen = true;
    for (CaptureBackend *backend : backends) {
        if (!backend)
            continue;
        backend->setParent(this);
        m_backends.append(backend);
        connect(backend, &CaptureBackend::captured, this, &CaptureService::handleBackendCaptured);
        connect(backend, &CaptureBackend::failed, this, &CaptureService::handleBackendFailed);
    }
}

void CaptureService::ensureBackends() const
{
    // Made late: the portal backend connects to the session bus, which a program that never captures
    // should not pay for.
    if (!m_backendsChosen)
        const_cast<CaptureService *>(this)->setBackends(createDefaultBackends(detectSession()));
}

QList<CaptureBackend *> CaptureService::backends() const
{
    ensureBackends();
    return m_backends;
}

RegionPickerWindows *CaptureService::regionPickerWindows()
{
    if (!m_pickerWindows) {
        if (m_program) {
            m_pickerWindows = m_program->regionPickerWindows(); // their keep-warm time is the program's
        } else {
            m_pickerWindows = new RegionPickerWindows(this);
            connect(m_pickerWindows, &RegionPickerWindows::windowsIdle, &m_keepWarm,
                    qOverload<>(&QTimer::start));
        }
    }
    return m_pickerWindows;
}

void CaptureService::setKeepWarmTime(int milliseconds)
{
    m_keepWarm.setInterval(qMax(0, milliseconds));
    if (m_keepWarm.isActive())
        m_keepWarm.start();
}

void CaptureService::releaseIdleResources()
{
    if (isBusy()) {
        m_keepWarm.start(); // try again later
        return;
    }
    qCDebug(lcCaptureService) << "releasing what was kept for the next capture";
    for (CaptureBackend *backend : std::as_const(m_backends))
        backend->releaseIdleResources();
    if (m_pickerWindows && m_pickerWindows->parent() == this)
        m_pickerWindows->releaseIdleWindows();
}

RegionPicker *CaptureService::createRegionPicker(const Capture &capture, QObject *parent)
{
    return new RegionPicker(capture, regionPickerWindows(), parent);
}

CaptureService::Session CaptureService::detectSession()
{
#if defined(Q_OS_MACOS)
    return Session::MacOS;
#elif defined(Q_OS_WIN)
    return Session::Windows;
#else
    const QString platform = QGuiApplication::platformName();
    if (platform.startsWith(QLatin1String("wayland")))
        return Session::Wayland;
    // An X11 program under XWayland: Qt's grab would see only other XWayland windows.
    if (qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return Session::Wayland;
    if (platform == QLatin1String("xcb"))
        return Session::X11;
    return Session::Other;
#endif
}

QList<CaptureBackend *> CaptureService::createDefaultBackends(Session session)
{
    QList<CaptureBackend *> backends;
    switch (session) {
    case Session::Wayland:
#ifdef TIERDESK_HAVE_DBUS
        backends.append(new PortalBackend);
#endif
        backends.append(new QtScreenBackend);
        break;
    case Session::MacOS:
#ifdef Q_OS_MACOS
        backends.append(new MacScreenBackend);
#else
        backends.append(new QtScreenBackend);
#endif
        break;
    case Session::X11:
    case Session::Windows:
    case Session::Other:
        backends.append(new QtScreenBackend);
        break;
    }
    return backends;
}

QList<CaptureMode> CaptureService::supportedModes() const
{
    ensureBackends();
    QList<CaptureMode> modes;
    for (CaptureMode mode : allCaptureModes()) {
        for (const CaptureBackend *backend : m_backends) {
            if (backend->isAvailable() && backend->supportsMode(mode)) {
                modes.append(mode);
                break;
            }
        }
    }
    return modes;
}

void CaptureService::setDelay(int seconds)
{
    m_delaySeconds = qBound(0, seconds, maximumDelaySeconds);
}

void CaptureService::setSettleTime(int milliseconds)
{
    m_hider->setSettleTime(milliseconds);
}

int CaptureService::settleTime() const
{
    return m_hider->settleTime();
}

void CaptureService::capture(const CaptureRequest &request)
{
    if (isBusy()) {
        const CaptureFailure busy(CaptureError::Failed, tr("Another screenshot is still being taken."));
        QMetaObject::invokeMethod(
            this, [this, busy] { emit failed(busy); }, Qt::QueuedConnection);
        return;
    }
    ensureBackends();
    m_request = request;
    m_state = State::Hiding;
    emit busyChanged(true);
    m_hider->hide(m_hideHook ? m_hideHook() : QList<QWidget *>());
}

void CaptureService::handleHidden()
{
    if (m_state != State::Hiding)
        return;
    if (m_delaySeconds == 0) {
        grabWith(0);
        return;
    }
    m_state = State::Waiting;
    m_secondsLeft = m_delaySeconds;
    emit countdown(m_secondsLeft);
    m_tick.start();
}

void CaptureService::handleTick()
{
    if (m_state != State::Waiting) {
        m_tick.stop();
        return;
    }
    --m_secondsLeft;
    emit countdown(m_secondsLeft);
    if (m_secondsLeft <= 0) {
        m_tick.stop();
        grabWith(0);
    }
}

void CaptureService::grabWith(qsizetype firstBackend)
{
    bool someoneSupportsMode = false;
    for (qsizetype i = firstBackend; i < m_backends.size(); ++i) {
        CaptureBackend *backend = m_backends[i];
        if (!backend->supportsMode(m_request.mode))
            continue;
        someoneSupportsMode = true;
        if (!backend->isAvailable()) {
            qCDebug(lcCaptureService) << "skipping unavailable backend" << backend->name();
            continue;
        }
        m_state = State::Grabbing;
        m_backendIndex = i;
        m_active = backend;
        qCDebug(lcCaptureService) << "capturing" << captureModeName(m_request.mode) << "with"
                                  << backend->name();
        backend->capture(m_request);
        return;
    }
    if (someoneSupportsMode || firstBackend > 0)
        finish(Capture(), CaptureFailure(CaptureError::Unavailable));
    else
        finish(Capture(), CaptureFailure(CaptureError::Unsupported));
}

void CaptureService::handleBackendCaptured(const Capture &capture)
{
    if (m_state != State::Grabbing || sender() != m_active)
        return;
    finish(capture, CaptureFailure());
}

void CaptureService::handleBackendFailed(const CaptureFailure &failure)
{
    if (m_state != State::Grabbing || sender() != m_active)
        return;
    if (failure.error() == CaptureError::Unavailable) {
        qCInfo(lcCaptureService) << m_active->name() << "is unavailable:" << failure.detail()
                                 << "- trying the next";
        m_active = nullptr;
        grabWith(m_backendIndex + 1);
        return;
    }
    finish(Capture(), failure);
}

void CaptureService::cancel()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::Grabbing:
        if (m_active)
            m_active->cancel(); // the backend answers Cancelled (or its result, if it was already done)
        return;
    case State::Hiding:
    case State::Waiting:
        m_tick.stop();
        finish(Capture(), CaptureFailure(CaptureError::Cancelled));
        return;
    }
}

void CaptureService::finish(const Capture &capture, const CaptureFailure &failure)
{
    m_tick.stop();
    m_hider->restore();
    m_state = State::Idle;
    m_active = nullptr;
    m_backendIndex = -1;
    m_keepWarm.start();
    emit busyChanged(false);
    if (!capture.isNull())
        emit captured(capture);
    else
        emit failed(failure);
}

} // namespace tierdesk
