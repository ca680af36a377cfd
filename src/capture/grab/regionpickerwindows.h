#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

namespace tierdesk {

class Capture;
class RegionPicker;
class RegionPickerView;

// The overlay windows of RegionPickers, kept (hidden) between uses so that the next region capture only
// maps windows that exist already: a new 4K top-level window costs a new 32 MB backing store whose fresh
// pages are slow to touch, and that was most of the time between "capture a region" and the overlay on
// screen. A picker made with these windows borrows one window per screen and gives them back, hidden, when
// it is destroyed. CaptureService keeps one (CaptureService::createRegionPicker()).
//
// At most maximumIdleWindows are kept; windows of screens that went away are dropped first.
class RegionPickerWindows : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumIdleWindows = 4;

    explicit RegionPickerWindows(QObject *parent = nullptr);
    ~RegionPickerWindows() override; // deletes every window, also those lent out

    // All windows it owns (lent out and idle), and the idle ones.
    int windowCount() const;
    int idleWindowCount() const;
    // Deletes the idle windows (and with them their backing stores).
    void releaseIdleWindows();

    // Makes the windows a picker of desktop (a FullDesktop capture) will take ready without showing them:
    // native windows made but not mapped, backing stores allocated and painted once with desktop off
    // screen. They stay idle. Nothing on screen changes.
    void prepare(const Capture &desktop);
    // Whether an idle window for that screen is there with its backing store painted (shown before, or
    // prepared).
    bool hasReadyIdleWindow(const QRect &logicalGeometry, qreal devicePixelRatio) const;

signals:
    // A picker gave its windows back.
    void windowsIdle();

private:
    friend class RegionPicker;

    // An idle window for that screen (same logical geometry and ratio), or a new one; attached to picker.
    RegionPickerView *take(RegionPicker *picker, const QRect &imageRect, const QRect &logicalGeometry,
                           qreal devicePixelRatio);
    // Hidden and detached from its picker; deleted when too many are idle.
    void giveBack(RegionPickerView *view);

    QList<QPointer<RegionPickerView>> m_all;
    QList<QPointer<RegionPickerView>> m_idle; // most recently given back last
};

} // namespace tierdesk
