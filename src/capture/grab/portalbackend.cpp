#include "capture/grab/portalbackend.h"

#ifdef TIERDESK_HAVE_DBUS

#include "capture/grab/desktoplayout.h"
#include "capture/grab/portalresponse.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcPortal, "tierdesk.capture.portal", QtInfoMsg)

namespace {
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString screenshotInterface = QStringLiteral("org.freedesktop.portal.Screenshot");
const QString requestInterface = QStringLiteral("org.freedesktop.portal.Request");
} // namespace

PortalBackend::PortalBackend(QObject *parent)
    : PortalBackend(QDBusConnection::sessionBus(), parent)
{}

PortalBackend::PortalBackend(const QDBusConnection &bus, QObject *parent)
    : CaptureBackend(parent)
    , m_bus(bus)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PortalBackend::handleTimeout);
}

PortalBackend::~PortalBackend()
{
    if (isBusy()) {
        closeRequest();
        unwatchRequest();
    }
    delete m_helperWindow;
}

QString PortalBackend::name() const
{
    return QStringLiteral("xdg-portal");
}

QList<CaptureMode> PortalBackend::supportedModes() const
{
    return {CaptureMode::FullDesktop};
}

bool PortalBackend::isAvailable() const
{
    if (!m_bus.isConnected())
        return false;
    QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(portalService).value())
        return true;
    return bus->activatableServiceNames().value().contains(portalService);
}

QString PortalBackend::parentWindowHandle(const QString &platformName, WId window)
{
    if (platformName == QLatin1String("xcb") && window != 0)
        return QStringLiteral("x11:%1").arg(quint64(window), 0, 16);
    return QStringLiteral("wayland:");
}

QString PortalBackend::requestPath(const QString &uniqueName, const QString &token)
{
    QString sender = uniqueName;
    if (sender.startsWith(QLatin1Char(':')))
        sender.remove(0, 1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
}

QString PortalBackend::currentParentHandle()
{
    const QString platform = QGuiApplication::platformName();
    QWindow *window = m_parentWindow;
    if (!window && platform == QLatin1String("xcb")) {
        // An X11 id the portal can look up: a never-shown helper window, created once.
        if (!m_helperWindow)
            m_helperWindow = new QWindow;
        window = m_helperWindow;
    }
    return parentWindowHandle(platform, window ? window->winId() : 0);
}

void PortalBackend::capture(const CaptureRequest &request)
{
    if (!beginCapture())
        return;
    if (request.mode != CaptureMode::FullDesktop) {
        deliverLater(CaptureResult::failure(CaptureError::Unsupported,
                                            tr("The screenshot portal only captures the whole desktop.")));
        return;
    }
    if (!m_bus.isConnected()) {
        deliverLater(CaptureResult::failure(CaptureError::Unavailable, tr("There is no session bus.")));
        return;
    }

    const QString token =
        QStringLiteral("tierdesk%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_requestCounter);
    watchRequest(requestPath(m_bus.baseService(), token));

    QDBusMessage call = QDBusMessage::createMethodCall(portalService, portalPath, screenshotInterface,
                                                       QStringLiteral("Screenshot"));
    const QVariantMap options{{QStringLiteral("handle_token"), token},
                              {QStringLiteral("interactive"), false}};
    call << currentParentHandle() << options;
    qCDebug(lcPortal) << "Screenshot request" << m_requestPath << call.arguments();

    m_call = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_timeoutMs), this);
    connect(m_call, &QDBusPendingCallWatcher::finished, this, &PortalBackend::handleCallFinished);
    m_timer.start(m_timeoutMs);
}

void PortalBackend::handleCallFinished(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    if (watcher != m_call)
        return; // a request that already ended (timeout, cancel)
    m_call = nullptr;

    const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
    if (reply.isError()) {
        const QDBusError error = reply.error();
        qCInfo(lcPortal) << "Screenshot call failed:" << error.name() << error.message();
        CaptureError code = CaptureError::Failed;
        switch (error.type()) {
        case QDBusError::ServiceUnknown:
        case QDBusError::UnknownObject:
        case QDBusError::UnknownInterface:
        case QDBusError::UnknownMethod:
        case QDBusError::Disconnected:
            code = CaptureError::Unavailable; // nobody to ask: let the service fall back
            break;
        case QDBusError::NoReply:
        case QDBusError::Timeout:
        case QDBusError::TimedOut:
            code = CaptureError::Timeout;
            break;
        case QDBusError::AccessDenied:
            code = CaptureError::PermissionDenied;
            break;
        default:
            break;
        }
        finish(CaptureResult::failure(code, error.message()));
        return;
    }
    // Portals before version 0.9 chose their own path; follow it (the answer may not have come yet).
    const QString path = reply.value().path();
    if (path != m_requestPath) {
        unwatchRequest();
        watchRequest(path);
    }
}

void PortalBackend::handleResponse(uint response, const QVariantMap &results)
{
    if (!isBusy())
        return;
    qCDebug(lcPortal) << "Response" << response << results;
    const PortalResponse parsed = PortalResponse::parse(response, results);
    finish(parsed.takeCapture(DesktopLayout::describeScreens(QGuiApplication::screens())));
}

void PortalBackend::handleTimeout()
{
    if (!isBusy())
        return;
    closeRequest();
    finish(CaptureResult::failure(CaptureError::Timeout,
                                  tr("No answer within %n second(s).", nullptr, (m_timeoutMs + 999) / 1000)));
}

void PortalBackend::cancel()
{
    if (!isBusy() || m_requestPath.isEmpty())
        return;
    closeRequest();
    finish(CaptureResult::failure(CaptureError::Cancelled));
}

void PortalBackend::watchRequest(const QString &path)
{
    m_requestPath = path;
    m_bus.connect(portalService, path, requestInterface, QStringLiteral("Response"), this,
                  SLOT(handleResponse(uint, QVariantMap)));
}

void PortalBackend::unwatchRequest()
{
    if (m_requestPath.isEmpty())
        return;
    m_bus.disconnect(portalService, m_requestPath, requestInterface, QStringLiteral("Response"), this,
                     SLOT(handleResponse(uint, QVariantMap)));
    m_requestPath.clear();
}

void PortalBackend::closeRequest()
{
    if (m_requestPath.isEmpty())
        return;
    // Fire and forget: tells the portal to drop the request (and any dialog it shows).
    m_bus.asyncCall(QDBusMessage::createMethodCall(portalService, m_requestPath, requestInterface,
                                                   QStringLiteral("Close")));
}

void PortalBackend::finish(const CaptureResult &result)
{
    m_timer.stop();
    unwatchRequest();
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    deliver(result);
}

} // namespace tierdesk

#endif // TIERDESK_HAVE_DBUS
