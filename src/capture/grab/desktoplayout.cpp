#include "capture/grab/desktoplayout.h"

#include <QPainter>
#include <QScreen>
#include <algorithm>
#include <cmath>

namespace tierdesk {

namespace {

QSize deviceSize(const ScreenGeometry &screen)
{
    return QSize(qRound(screen.logicalGeometry.width() * screen.devicePixelRatio),
                 qRound(screen.logicalGeometry.height() * screen.devicePixelRatio));
}

bool anyOverlap(const QList<QRect> &rects)
{
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                return true;
        }
    }
    return false;
}

// Distance from a point to a rectangle (0 inside), for "nearest screen".
qreal distanceTo(const QRectF &rect, const QPointF &point)
{
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

DesktopLayout::DesktopLayout(const QList<ScreenGeometry> &screens, Placement placement)
    : m_screens(screens)
{
    if (m_screens.isEmpty())
        return;

    QList<QRect> native;
    for (const ScreenGeometry &screen : m_screens)
        native.append(QRect(screen.logicalGeometry.topLeft(), deviceSize(screen)));

    m_placement = placement;
    if (placement == Placement::Auto)
        m_placement = anyOverlap(native) ? Placement::ScaledByLargestRatio : Placement::NativeOrigins;

    QList<QRect> device = native;
    if (m_placement == Placement::ScaledByLargestRatio) {
        qreal largest = 0;
        for (const ScreenGeometry &screen : m_screens)
            largest = std::max(largest, screen.devicePixelRatio);
        const QPoint origin = logicalBounds().topLeft();
        for (qsizetype i = 0; i < m_screens.size(); ++i) {
            const QPoint offset = m_screens[i].logicalGeometry.topLeft() - origin;
            device[i].moveTopLeft(QPoint(qRound(offset.x() * largest), qRound(offset.y() * largest)));
        }
    }

    QRect bounds;
    for (const QRect &rect : device)
        bounds = bounds.united(rect);
    for (qsizetype i = 0; i < m_screens.size(); ++i)
        m_screens[i].deviceGeometry = device[i].translated(-bounds.topLeft());
    m_imageSize = bounds.size();
}

DesktopLayout DesktopLayout::fromResolvedScreens(const QList<ScreenGeometry> &screens)
{
    DesktopLayout layout;
    layout.m_screens = screens;
    QRect bounds;
    for (const ScreenGeometry &screen : screens)
        bounds = bounds.united(screen.deviceGeometry);
    layout.m_imageSize = QSize(bounds.right() + 1, bounds.bottom() + 1);
    return layout;
}

QList<ScreenGeometry> DesktopLayout::describeScreens(const QList<QScreen *> &screens)
{
    QList<ScreenGeometry> result;
    for (const QScreen *screen : screens) {
        ScreenGeometry geometry;
        geometry.name = screen->name();
        geometry.logicalGeometry = screen->geometry();
        geometry.devicePixelRatio = screen->devicePixelRatio();
        result.append(geometry);
    }
    return result;
}

QRect DesktopLayout::logicalBounds() const
{
    QRect bounds;
    for (const ScreenGeometry &screen : m_screens)
        bounds = bounds.united(screen.logicalGeometry);
    return bounds;
}

int DesktopLayout::screenAtLogical(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_screens.size(); ++i) {
        if (QRectF(m_screens[i].logicalGeometry).contains(point))
            return int(i);
    }
    return -1;
}

int DesktopLayout::nearestScreenToLogical(const QPointF &point) const
{
    const int containing = screenAtLogical(point);
    if (containing >= 0 || m_screens.isEmpty())
        return containing;
    int best = 0;
    qreal bestDistance = distanceTo(m_screens[0].logicalGeometry, point);
    for (qsizetype i = 1; i < m_screens.size(); ++i) {
        const qreal distance = distanceTo(m_screens[i].logicalGeometry, point);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

int DesktopLayout::screenAtDevice(const QPoint &point) const
{
    for (qsizetype i = 0; i < m_screens.size(); ++i) {
        if (m_screens[i].deviceGeometry.contains(point))
            return int(i);
    }
    return -1;
}

QPoint DesktopLayout::logicalToDevice(const QPointF &point) const
{
    const int index = nearestScreenToLogical(point);
    if (index < 0)
        return point.toPoint();
    const ScreenGeometry &screen = m_screens[index];
    const QPointF offset = (point - QPointF(screen.logicalGeometry.topLeft())) * screen.devicePixelRatio;
    return screen.deviceGeometry.topLeft() + QPoint(qRound(offset.x()), qRound(offset.y()));
}

QRect DesktopLayout::logicalToDevice(const QRect &logicalRect) const
{
    QRect result;
    for (const ScreenGeometry &screen : m_screens) {
        const QRect part = logicalRect.intersected(screen.logicalGeometry);
        if (part.isEmpty())
            continue;
        const qreal ratio = screen.devicePixelRatio;
        const QPoint origin = screen.logicalGeometry.topLeft();
        // Map the edges (exclusive right/bottom), never position and size separately.
        const int left = qRound((part.x() - origin.x()) * ratio);
        const int top = qRound((part.y() - origin.y()) * ratio);
        const int right = qRound((part.x() + part.width() - origin.x()) * ratio);
        const int bottom = qRound((part.y() + part.height() - origin.y()) * ratio);
        const QRect device = QRect(left, top, right - left, bottom - top)
                                 .translated(screen.deviceGeometry.topLeft())
                                 .intersected(screen.deviceGeometry);
        result = result.united(device);
    }
    return result;
}

QPointF DesktopLayout::deviceToLogical(const QPointF &point) const
{
    int index = screenAtDevice(point.toPoint());
    if (index < 0)
        index = m_screens.isEmpty() ? -1 : 0;
    if (index < 0)
        return point;
    const ScreenGeometry &screen = m_screens[index];
    return QPointF(screen.logicalGeometry.topLeft()) +
           (point - QPointF(screen.deviceGeometry.topLeft())) / screen.devicePixelRatio;
}

QImage DesktopLayout::stitch(const QList<QImage> &screenImages) const
{
    if (screenImages.size() != m_screens.size() || m_imageSize.isEmpty())
        return QImage();
    // One screen that fills the image (the usual case): that screen's image is the desktop. No second 4K
    // buffer (fresh memory is slow to touch) and no copy; shared, not detached.
    if (m_screens.size() == 1 && m_screens.first().deviceGeometry == QRect(QPoint(0, 0), m_imageSize) &&
        screenImages.first().size() == m_imageSize) {
        QImage image = screenImages.first().convertToFormat(QImage::Format_RGB32); // no copy when RGB32
        image.setDevicePixelRatio(1.0); // no copy when it is 1 already
        return image;
    }
    QImage desktop(m_imageSize, QImage::Format_RGB32);
    desktop.fill(Qt::black);
    QPainter painter(&desktop);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (qsizetype i = 0; i < m_screens.size(); ++i) {
        QImage image = screenImages[i];
        if (image.isNull())
            continue;
        // A grab of a scaled screen carries its ratio; drawn as it is, QPainter would shrink it to logical
        // size. The stitched image is in device pixels, so draw it pixel for pixel.
        image.setDevicePixelRatio(1.0);
        const QRect target = m_screens[i].deviceGeometry;
        painter.drawImage(target.topLeft(), image, QRect(QPoint(0, 0), target.size()));
    }
    return desktop;
}

} // namespace tierdesk
