#pragma once

#include "capture/grab/screengeometry.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRect>

class QScreen;

namespace tierdesk {

// Where each monitor's pixels go in one stitched desktop image, and how logical desktop coordinates map to
// the pixels of that image. Pure geometry (plus a QPainter on QImages for stitch()), so it is tested with
// synthetic monitor setups.
//
// The choice: every screen keeps its own device pixels, never resampled (a support person must see the
// exact pixels, and a 1× screen blown up to 2× invents pixels). Only where the screens are put differs:
//  - NativeOrigins: a screen's logical top-left is taken as its device top-left. This is what Qt's
//    high-DPI scaling does on X11 and Windows: it keeps each screen's native top-left and divides only the
//    size by the scale factor, so the native (physical) arrangement comes back exactly, without gaps.
//  - ScaledByLargestRatio: top-left = (logical top-left - desktop top-left) × the largest ratio. Needed where
//    logical coordinates are points that tile the desktop with no gaps (macOS, Wayland): there native
//    origins would overlap. Screens with a smaller ratio leave black margins on their right/bottom.
//  - Auto (default): NativeOrigins unless two screens would overlap, then ScaledByLargestRatio.
// Whatever the placement, the image's top-left is 0,0 (negative desktop origins are shifted) and areas no
// screen covers are black.
//
// Logical -> device mapping is done per screen: device = screen.device.topLeft
// + (logical - screen.logical.topLeft) × screen ratio, rounding each edge of a rectangle on its own
// (edges [x, x + width) are mapped, never x and width separately), so adjacent regions stay adjacent and a
// region never shifts by a rounding pixel.
class DesktopLayout
{
public:
    enum class Placement { Auto, NativeOrigins, ScaledByLargestRatio };

    DesktopLayout() = default;
    // screens: name, logicalGeometry and devicePixelRatio are read; deviceGeometry is computed.
    explicit DesktopLayout(const QList<ScreenGeometry> &screens, Placement placement = Placement::Auto);
    // Screens whose deviceGeometry is already known, e.g. Capture::screens().
    static DesktopLayout fromResolvedScreens(const QList<ScreenGeometry> &screens);
    // The description of real screens (name, logical geometry, ratio) to feed the constructor.
    static QList<ScreenGeometry> describeScreens(const QList<QScreen *> &screens);

    bool isEmpty() const { return m_screens.isEmpty(); }
    const QList<ScreenGeometry> &screens() const { return m_screens; }
    // The placement that was used (never Auto).
    Placement placement() const { return m_placement; }
    QSize imageSize() const { return m_imageSize; }
    QRect logicalBounds() const;

    // Index of the screen containing the logical point, or -1.
    int screenAtLogical(const QPointF &point) const;
    // The containing screen, else the one nearest to the point; -1 only when there are no screens.
    int nearestScreenToLogical(const QPointF &point) const;
    int screenAtDevice(const QPoint &point) const;

    // A logical point (a position between pixels, like a mouse position) to the device pixel grid.
    QPoint logicalToDevice(const QPointF &point) const;
    // The device pixels of a logical rectangle: the union of its parts on every screen it touches, each part
    // clipped to its screen. Empty when the rectangle is outside every screen.
    QRect logicalToDevice(const QRect &logicalRect) const;
    QPointF deviceToLogical(const QPointF &point) const;

    // One image of the desktop: screenImages[i] (device pixels of screens()[i]) drawn 1:1 at
    // screens()[i].deviceGeometry.topLeft(). Null when the counts differ. A single screen that fills the
    // image comes back as its own image (shared, RGB32, ratio 1), not copied.
    QImage stitch(const QList<QImage> &screenImages) const;

private:
    QList<ScreenGeometry> m_screens;
    Placement m_placement = Placement::NativeOrigins;
    QSize m_imageSize;
};

} // namespace tierdesk
