#include "capture/grab/capturemode.h"

namespace tierdesk {

QString captureModeName(CaptureMode mode)
{
    switch (mode) {
    case CaptureMode::FullDesktop:
        return QStringLiteral("fullDesktop");
    case CaptureMode::Screen:
        return QStringLiteral("screen");
    case CaptureMode::Region:
        return QStringLiteral("region");
    case CaptureMode::ActiveWindow:
        return QStringLiteral("activeWindow");
    }
    return QString();
}

std::optional<CaptureMode> captureModeFromName(const QString &name)
{
    for (CaptureMode mode : allCaptureModes()) {
        if (captureModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QList<CaptureMode> allCaptureModes()
{
    return {CaptureMode::FullDesktop, CaptureMode::Screen, CaptureMode::Region, CaptureMode::ActiveWindow};
}

} // namespace tierdesk
