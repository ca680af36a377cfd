#include "capture/grab/regionpickerview.h"

#include "capture/grab/prefault.h"
#include "capture/grab/regionpicker.h"

#include <QBackingStore>

#include <QElapsedTimer>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcPickerView, "tierdesk.capture.picker", QtInfoMsg)

namespace {
constexpr int magnifiedPixels = 15; // odd: the pixel under the cursor sits in the middle
constexpr int magnifierZoom = 8;    // logical pixels per magnified device pixel
constexpr int magnifierOffset = 24; // from the cursor, so the cursor does not hide the magnifier
const QColor dimColor(0, 0, 0, 120);
const QColor accentColor(0x2d, 0x9c, 0xdb);
} // namespace

RegionPickerView::RegionPickerView(RegionPicker *picker, const QRect &imageRect, const QRect &logicalGeometry,
                                   qreal devicePixelRatio)
    : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_picker(picker)
    , m_imageRect(imageRect)
    , m_logicalGeometry(logicalGeometry)
    , m_ratio(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
{
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted from the capture
    setAttribute(Qt::WA_NoSystemBackground);
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setWindowTitle(tr("Select an area"));
    setGeometry(logicalGeometry);
}

void RegionPickerView::attach(RegionPicker *picker, const QRect &imageRect)
{
    m_picker = picker;
    m_imageRect = imageRect;
    if (picker)
        update();
}

void RegionPickerView::prefaultBackingStore()
{
    // The window's backing store is as big as the screen (32 MB at 4K) and fresh the first time: map its
    // pages in one go before painting touches them one by one. Again only when Qt made a new one.
    QBackingStore *store = backingStore();
    QPaintDevice *device = store ? store->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image)
        return;
    auto *image = static_cast<QImage *>(device);
    if (image->isNull() || image->constBits() == m_prefaulted)
        return;
    m_prefaulted = image->constBits();
    // constBits(): bits() could detach the backing store's image; populating does not change the memory.
    prefaultForWriting(const_cast<uchar *>(image->constBits()), image->sizeInBytes());
}

void RegionPickerView::prepareOffScreen()
{
    if (isVisible() || !m_picker)
        return;
    QElapsedTimer timer;
    timer.start();
    setGeometry(m_logicalGeometry);
    create(); // the native window, unmapped; with it the (still empty) backing store
    QBackingStore *store = backingStore();
    if (!store)
        return;
    // What the first sync after show() would do: the same size, so that show() keeps this store.
    store->resize(size());
    const QRegion all(rect());
    store->beginPaint(all);
    QPaintDevice *device = store->paintDevice();
    if (device) {
        // The widget's own paintEvent, redirected into the backing store; no flush: nothing reaches the
        // screen.
        render(device, QPoint(), all, QWidget::RenderFlags());
    }
    store->endPaint();
    m_prepared = device != nullptr;
    qCDebug(lcPickerView) << "prepared" << m_logicalGeometry << "off screen in" << timer.nsecsElapsed() / 1e6
                          << "ms";
}

QPointF RegionPickerView::imageToLocal(const QPointF &imagePoint) const
{
    return (imagePoint - QPointF(m_imageRect.topLeft())) / m_ratio;
}

QRectF RegionPickerView::imageToLocal(const QRect &imageRect) const
{
    return QRectF(imageToLocal(QPointF(imageRect.topLeft())),
                  imageToLocal(QPointF(imageRect.topLeft() + QPoint(imageRect.width(), imageRect.height()))));
}

void RegionPickerView::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_picker)
        return; // idle: hidden until the next picker takes it
    prefaultBackingStore();
    m_prepared = true;
    QPainter painter(this);
    const QImage &image = m_picker->capture().image();
    // 1:1 when the window's ratio is the capture's: a plain blit.
    painter.drawImage(QRectF(rect()), image, QRectF(m_imageRect));

    const QRect selection = m_picker->selection();
    const QRectF local = imageToLocal(selection.intersected(m_imageRect));
    QRegion dimmed(rect());
    if (!local.isEmpty())
        dimmed -= QRegion(local.toAlignedRect());
    painter.save();
    painter.setClipRegion(dimmed);
    painter.fillRect(rect(), dimColor);
    painter.restore();

    if (!selection.isEmpty()) {
        const QRectF whole = imageToLocal(selection);
        painter.setPen(QPen(accentColor, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(whole.adjusted(-0.5, -0.5, 0.5, 0.5));
        if (whole.intersects(QRectF(rect())))
            paintSizeReadout(painter, whole, selection.size());
    } else if (!m_picker->isDragging()) {
        paintHint(painter);
    }

    if (m_picker->hasCursor() && m_imageRect.adjusted(0, 0, 1, 1).contains(m_picker->cursor()))
        paintMagnifier(painter, m_picker->cursor());
    qCDebug(lcPickerView) << "painted" << event->rect() << "in" << timer.nsecsElapsed() / 1e6 << "ms";
}

void RegionPickerView::paintSizeReadout(QPainter &painter, const QRectF &selection, const QSize &size)
{
    const QString text = tr("%1 × %2").arg(size.width()).arg(size.height());
    const QFontMetrics metrics(font());
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    box.moveBottomLeft(selection.topLeft() + QPointF(0, -4));
    if (box.top() < 0)
        box.moveTopLeft(selection.topLeft() + QPointF(4, 4)); // no room above: inside the selection
    box.moveLeft(qBound(0.0, box.left(), qMax(0.0, width() - box.width())));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 190));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

void RegionPickerView::paintMagnifier(QPainter &painter, const QPoint &cursor)
{
    const QImage &image = m_picker->capture().image();
    const int half = magnifiedPixels / 2;
    // The pixel under the cursor: the one whose top-left is the cursor's grid position (clamped at the end).
    const QPoint centre(qMin(cursor.x(), image.width() - 1), qMin(cursor.y(), image.height() - 1));
    const QRect source(centre - QPoint(half, half), QSize(magnifiedPixels, magnifiedPixels));
    const int side = magnifiedPixels * magnifierZoom;

    const QPointF cursorLocal = imageToLocal(QPointF(cursor));
    QRectF box(cursorLocal + QPointF(magnifierOffset, magnifierOffset), QSizeF(side, side));
    if (box.right() > width())
        box.moveRight(cursorLocal.x() - magnifierOffset);
    if (box.bottom() > height())
        box.moveBottom(cursorLocal.y() - magnifierOffset);

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.fillRect(box, Qt::black);
    const QRect visible = source.intersected(image.rect());
    if (!visible.isEmpty()) {
        const QPointF offset = QPointF(visible.topLeft() - source.topLeft()) * magnifierZoom;
        const QRectF target(box.topLeft() + offset, QSizeF(visible.size()) * magnifierZoom);
        painter.drawImage(target, image, QRectF(visible));
    }
    // Crosshair through the middle pixel, and that pixel outlined.
    const QRectF middle(box.topLeft() + QPointF(half * magnifierZoom, half * magnifierZoom),
                        QSizeF(magnifierZoom, magnifierZoom));
    painter.setPen(QPen(QColor(255, 255, 255, 150), 1));
    painter.drawLine(QPointF(box.left(), middle.center().y()), QPointF(middle.left(), middle.center().y()));
    painter.drawLine(QPointF(middle.right(), middle.center().y()), QPointF(box.right(), middle.center().y()));
    painter.drawLine(QPointF(middle.center().x(), box.top()), QPointF(middle.center().x(), middle.top()));
    painter.drawLine(QPointF(middle.center().x(), middle.bottom()),
                     QPointF(middle.center().x(), box.bottom()));
    painter.setPen(QPen(accentColor, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(middle);
    painter.drawRect(box);

    // Device coordinates of the cursor under the magnifier.
    const QString position = tr("%1, %2").arg(cursor.x()).arg(cursor.y());
    const QFontMetrics metrics(font());
    const QRectF label(box.left(), box.bottom() + 2, box.width(), metrics.height() + 4);
    painter.fillRect(label, QColor(0, 0, 0, 190));
    painter.setPen(Qt::white);
    painter.drawText(label, Qt::AlignCenter, position);
    painter.restore();
}

void RegionPickerView::paintHint(QPainter &painter)
{
    const QString text = tr(
        "Drag to select an area. Enter or double-click accepts, arrow keys move the selection, Esc cancels.");
    const QFontMetrics metrics(font());
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 24, metrics.height() + 12);
    box.moveCenter(QPointF(width() / 2.0, box.height() / 2 + 24));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 190));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

void RegionPickerView::mousePressEvent(QMouseEvent *event)
{
    if (!m_picker)
        return;
    m_picker->pressAt(m_picker->globalToImage(event->globalPosition()), event->button());
}

void RegionPickerView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_picker)
        return;
    m_picker->moveTo(m_picker->globalToImage(event->globalPosition()));
}

void RegionPickerView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_picker)
        return;
    m_picker->releaseAt(m_picker->globalToImage(event->globalPosition()), event->button());
}

void RegionPickerView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_picker)
        return;
    if (event->button() == Qt::LeftButton)
        m_picker->doubleClickAt(m_picker->globalToImage(event->globalPosition()));
}

void RegionPickerView::keyPressEvent(QKeyEvent *event)
{
    if (!m_picker)
        return;
    m_picker->keyPressed(event);
}

void RegionPickerView::leaveEvent(QEvent *)
{
    if (!m_picker)
        return;
    m_picker->leaveView();
}

} // namespace tierdesk
