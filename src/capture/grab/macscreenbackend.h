#pragma once

#include <QtGlobal>

#ifdef Q_OS_MACOS

#include "capture/grab/qtscreenbackend.h"

namespace tierdesk {

// macOS: Qt's grabbing, but only after the screen-recording permission is granted. Without it macOS hands
// out the wallpaper and the menu bar without any window, which looks like a screenshot and is worthless;
// so no grab happens and the capture fails with PermissionDenied. The first refusal also asks macOS to show
// its permission prompt (the answer takes effect after the program restarts).
// Needs CoreGraphics (macOS 10.15 or newer).
class MacScreenBackend : public QtScreenBackend
{
public:
    explicit MacScreenBackend(QObject *parent = nullptr);

    QString name() const override;
    bool isAvailable() const override { return true; }
    void capture(const CaptureRequest &request) override;

    static bool hasScreenRecordingPermission();
};

} // namespace tierdesk

#endif // Q_OS_MACOS
