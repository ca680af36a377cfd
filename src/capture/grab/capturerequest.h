#pragma once

#include "capture/grab/capturemode.h"

#include <QRect>

namespace tierdesk {

// What to capture. Coordinates are logical desktop coordinates (the ones QScreen::geometry() and
// QWidget::geometry() use); backends convert them to device pixels.
struct CaptureRequest
{
    CaptureMode mode = CaptureMode::FullDesktop;
    int screenIndex = -1; // Screen: index into QGuiApplication::screens(); -1 = the primary screen
    QRect region;         // Region: the logical desktop rectangle

    static CaptureRequest fullDesktop() { return {}; }
    static CaptureRequest screen(int index) { return {CaptureMode::Screen, index, QRect()}; }
    static CaptureRequest logicalRegion(const QRect &rect) { return {CaptureMode::Region, -1, rect}; }
    static CaptureRequest activeWindow() { return {CaptureMode::ActiveWindow, -1, QRect()}; }
};

} // namespace tierdesk
