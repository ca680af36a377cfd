#include "capture/grab/regionpickerwindows.h"

#include "capture/grab/regionpicker.h"
#include "capture/grab/regionpickerview.h"

namespace tierdesk {

RegionPickerWindows::RegionPickerWindows(QObject *parent)
    : QObject(parent)
{}

RegionPickerWindows::~RegionPickerWindows()
{
    for (const QPointer<RegionPickerView> &view : std::as_const(m_all))
        delete view.data();
}

int RegionPickerWindows::windowCount() const
{
    int count = 0;
    for (const QPointer<RegionPickerView> &view : m_all)
        count += view ? 1 : 0;
    return count;
}

int RegionPickerWindows::idleWindowCount() const
{
    int count = 0;
    for (const QPointer<RegionPickerView> &view : m_idle)
        count += view ? 1 : 0;
    return count;
}

RegionPickerView *RegionPickerWindows::take(RegionPicker *picker, const QRect &imageRect,
                                            const QRect &logicalGeometry, qreal devicePixelRatio)
{
    m_idle.removeAll(nullptr);
    m_all.removeAll(nullptr);
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        RegionPickerView *view = m_idle.at(i);
        if (view->logicalGeometry() == logicalGeometry && view->ratio() == devicePixelRatio) {
            m_idle.removeAt(i);
            view->attach(picker, imageRect);
            return view;
        }
    }
    auto *view = new RegionPickerView(picker, imageRect, logicalGeometry, devicePixelRatio);
    m_all.append(view);
    return view;
}

void RegionPickerWindows::releaseIdleWindows()
{
    for (const QPointer<RegionPickerView> &view : std::as_const(m_idle)) {
        m_all.removeAll(view);
        delete view.data();
    }
    m_idle.clear();
}

void RegionPickerWindows::prepare(const Capture &desktop)
{
    // A picker as a capture would make it: it takes the idle windows that fit and makes the missing ones.
    RegionPicker picker(desktop, this);
    for (QWidget *widget : picker.views()) {
        if (auto *view = qobject_cast<RegionPickerView *>(widget))
            view->prepareOffScreen();
    }
} // the picker gives them back, still hidden

bool RegionPickerWindows::hasReadyIdleWindow(const QRect &logicalGeometry, qreal devicePixelRatio) const
{
    for (const QPointer<RegionPickerView> &view : m_idle) {
        if (view && view->isPrepared() && view->logicalGeometry() == logicalGeometry &&
            view->ratio() == (devicePixelRatio > 0 ? devicePixelRatio : 1.0))
            return true;
    }
    return false;
}

void RegionPickerWindows::giveBack(RegionPickerView *view)
{
    if (!view)
        return;
    view->hide();
    view->attach(nullptr, QRect());
    m_idle.append(view);
    m_idle.removeAll(nullptr);
    while (m_idle.size() > maximumIdleWindows) {
        RegionPickerView *oldest = m_idle.takeFirst();
        m_all.removeAll(oldest);
        delete oldest;
    }
    emit windowsIdle();
}

} // namespace tierdesk
