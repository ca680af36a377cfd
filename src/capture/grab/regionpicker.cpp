#include "capture/grab/regionpicker.h"

#include "capture/grab/regionpickerview.h"
#include "capture/grab/regionpickerwindows.h"

#include <QCursor>
#include <QKeyEvent>

namespace tierdesk {

RegionPicker::RegionPicker(const Capture &capture, QObject *parent)
    : RegionPicker(capture, nullptr, parent)
{}

RegionPicker::RegionPicker(const Capture &capture, RegionPickerWindows *windows, QObject *parent)
    : QObject(parent)
    , m_capture(capture)
    , m_layout(DesktopLayout::fromResolvedScreens(capture.screens()))
    , m_sourceOffset(capture.sourceRect().topLeft())
    , m_windows(windows)
{
    createViews();
}

void RegionPicker::createViews()
{
    // Windows are created (or taken) now, before show(), so showing is only mapping them.
    for (const ScreenGeometry &screen : m_layout.screens()) {
        const QRect inImage = screen.deviceGeometry.translated(-m_sourceOffset).intersected(imageRect());
        if (inImage.isEmpty())
            continue;
        if (m_windows)
            m_views.append(m_windows->take(this, inImage, screen.logicalGeometry, screen.devicePixelRatio));
        else
            m_views.append(
                new RegionPickerView(this, inImage, screen.logicalGeometry, screen.devicePixelRatio));
    }
}

RegionPicker::~RegionPicker()
{
    for (const QPointer<RegionPickerView> &view : std::as_const(m_views)) {
        if (!view)
            continue;
        if (m_windows)
            m_windows->giveBack(view);
        else
            delete view.data();
    }
}

QList<RegionPickerView *> RegionPicker::liveViews() const
{
    QList<RegionPickerView *> views;
    for (const QPointer<RegionPickerView> &view : m_views) {
        if (view)
            views.append(view);
    }
    return views;
}

QList<QWidget *> RegionPicker::views() const
{
    QList<QWidget *> views;
    for (RegionPickerView *view : liveViews())
        views.append(view);
    return views;
}

void RegionPicker::setSelection(const QRect &deviceRect)
{
    const QRect clipped = deviceRect.intersected(imageRect());
    if (clipped == m_selection)
        return;
    m_selection = clipped;
    emit selectionChanged(m_selection);
    updateViews();
}

QPoint RegionPicker::globalToImage(const QPointF &globalLogical) const
{
    // A position past a screen's edge (a drag out of the desktop, into a gap between screens) counts as on
    // the edge of the nearest screen, never in the black parts of the image between screens.
    QPointF clamped = globalLogical;
    const int index = m_layout.nearestScreenToLogical(globalLogical);
    if (index >= 0) {
        const QRect screen = m_layout.screens().at(index).logicalGeometry;
        clamped.setX(qBound<qreal>(screen.left(), clamped.x(), screen.left() + screen.width()));
        clamped.setY(qBound<qreal>(screen.top(), clamped.y(), screen.top() + screen.height()));
    }
    const QPoint point = m_layout.logicalToDevice(clamped) - m_sourceOffset;
    // Grid positions run from 0 to width/height inclusive (the right edge of the last pixel).
    return QPoint(qBound(0, point.x(), imageRect().width()), qBound(0, point.y(), imageRect().height()));
}

void RegionPicker::show()
{
    const QList<RegionPickerView *> views = liveViews();
    if (views.isEmpty())
        return;
    m_shown = true;
    RegionPickerView *underCursor = views.first();
    for (RegionPickerView *view : views) {
        view->setGeometry(view->logicalGeometry());
        view->showFullScreen();
        if (view->logicalGeometry().contains(QCursor::pos()))
            underCursor = view;
    }
    underCursor->activateWindow();
    underCursor->setFocus(Qt::ActiveWindowFocusReason);
}

void RegionPicker::accept()
{
    if (m_selection.isEmpty())
        return;
    const QRect result = m_selection;
    close();
    emit selected(result);
}

void RegionPicker::cancel()
{
    close();
    emit cancelled();
}

void RegionPicker::close()
{
    m_dragging = false;
    m_shown = false;
    for (RegionPickerView *view : liveViews())
        view->hide();
}

void RegionPicker::pressAt(const QPoint &point, Qt::MouseButton button)
{
    m_cursor = point;
    m_hasCursor = true;
    if (button == Qt::RightButton) {
        if (m_selection.isEmpty())
            cancel();
        else
            setSelection(QRect());
        return;
    }
    if (button != Qt::LeftButton)
        return;
    m_dragging = true;
    m_anchor = point;
    setSelection(QRect());
    updateViews();
}

void RegionPicker::moveTo(const QPoint &point)
{
    m_cursor = point;
    m_hasCursor = true;
    if (m_dragging) {
        const QPoint topLeft(qMin(m_anchor.x(), point.x()), qMin(m_anchor.y(), point.y()));
        const QSize size(qAbs(point.x() - m_anchor.x()), qAbs(point.y() - m_anchor.y()));
        setSelection(QRect(topLeft, size));
    }
    updateViews();
}

void RegionPicker::releaseAt(const QPoint &point, Qt::MouseButton button)
{
    if (button != Qt::LeftButton || !m_dragging)
        return;
    moveTo(point);
    m_dragging = false;
    updateViews();
    if (m_acceptOnRelease && !m_selection.isEmpty())
        accept();
}

void RegionPicker::doubleClickAt(const QPoint &point)
{
    m_dragging = false;
    if (m_selection.isEmpty()) {
        // Whole screen under the cursor.
        for (RegionPickerView *view : liveViews()) {
            if (view->imageRect().contains(point)) {
                setSelection(view->imageRect());
                break;
            }
        }
    }
    accept();
}

void RegionPicker::keyPressed(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        cancel();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        accept();
        return;
    default:
        break;
    }

    QPoint delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = QPoint(-1, 0);
        break;
    case Qt::Key_Right:
        delta = QPoint(1, 0);
        break;
    case Qt::Key_Up:
        delta = QPoint(0, -1);
        break;
    case Qt::Key_Down:
        delta = QPoint(0, 1);
        break;
    default:
        event->ignore();
        return;
    }
    if (m_selection.isEmpty() || m_dragging)
        return;
    if (event->modifiers() & Qt::ShiftModifier)
        delta *= 10;

    QRect next = m_selection;
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        next.setWidth(qMax(1, next.width() + delta.x()));
        next.setHeight(qMax(1, next.height() + delta.y()));
        next = next.intersected(imageRect());
    } else {
        next.translate(delta);
        // Keep the size: stop at the image's edges instead of shrinking.
        next.moveLeft(qBound(0, next.left(), imageRect().width() - next.width()));
        next.moveTop(qBound(0, next.top(), imageRect().height() - next.height()));
    }
    setSelection(next);
}

void RegionPicker::leaveView()
{
    m_hasCursor = false;
    updateViews();
}

void RegionPicker::updateViews()
{
    for (RegionPickerView *view : liveViews())
        view->update();
}

} // namespace tierdesk
