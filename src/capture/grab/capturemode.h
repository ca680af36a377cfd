#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace tierdesk {

// What a capture covers. Backends say which of these they can do (CaptureBackend::supportedModes()).
enum class CaptureMode {
    FullDesktop,  // every monitor, stitched into one image in device pixels
    Screen,       // one monitor
    Region,       // a rectangle of the desktop (logical coordinates in the request)
    ActiveWindow, // the active window with its frame
};

// Stable names for JSON and the command line: "fullDesktop", "screen", "region", "activeWindow".
QString captureModeName(CaptureMode mode);
std::optional<CaptureMode> captureModeFromName(const QString &name);
QList<CaptureMode> allCaptureModes();

} // namespace tierdesk
