#include "capture/grab/macscreenbackend.h"

#ifdef Q_OS_MACOS

#include <CoreGraphics/CoreGraphics.h>

namespace tierdesk {

MacScreenBackend::MacScreenBackend(QObject *parent)
    : QtScreenBackend(parent)
{}

QString MacScreenBackend::name() const
{
    return QStringLiteral("macos-screen");
}

bool MacScreenBackend::hasScreenRecordingPermission()
{
    return CGPreflightScreenCaptureAccess();
}

void MacScreenBackend::capture(const CaptureRequest &request)
{
    if (hasScreenRecordingPermission()) {
        QtScreenBackend::capture(request);
        return;
    }
    if (!beginCapture())
        return;
    // Shows the system prompt (only the first time); granting it needs a restart of the program.
    CGRequestScreenCaptureAccess();
    deliverLater(CaptureResult::failure(
        CaptureError::PermissionDenied,
        tr("Open System Settings > Privacy & Security > Screen Recording, allow Tierdesk and restart it.")));
}

} // namespace tierdesk

#endif // Q_OS_MACOS
