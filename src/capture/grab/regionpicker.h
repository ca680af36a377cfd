#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/desktoplayout.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRect>

class QKeyEvent;
class QWidget;

namespace tierdesk {

class RegionPickerView;
class RegionPickerWindows;

// The frozen full-screen overlay on which the user drags the region to keep. It shows a capture that is
// already taken (no grab, no image conversion when shown: the views paint straight from the capture's
// QImage), one frameless top-level window per captured screen, so every screen shows its own pixels 1:1
// at its own device pixel ratio.
//
// Drag a rectangle (a magnifier with a crosshair follows the cursor, the size is shown in device pixels,
// "640 × 480"); mouse release accepts (unless acceptOnRelease is off), Enter or a double-click accepts
// (double-click without a selection takes the screen under the cursor), arrow keys move the selection by
// one device pixel (Shift: 10), Ctrl/Alt+arrows resize it, right-click clears it, Esc cancels.
// selected() gives the rectangle in device pixels of capture().image().
class RegionPicker : public QObject
{
    Q_OBJECT

public:
    // capture: a FullDesktop or Screen capture (its screens tell where each screen's pixels are). The picker
    // makes its own windows (a new window per screen: slow to show the first time at 4K).
    explicit RegionPicker(const Capture &capture, QObject *parent = nullptr);
    // The same with windows borrowed from windows (given back when the picker is destroyed), so that a
    // window used before is shown again; what CaptureService::createRegionPicker() does. When windows is
    // destroyed first, the picker is left without windows.
    RegionPicker(const Capture &capture, RegionPickerWindows *windows, QObject *parent = nullptr);
    ~RegionPicker() override;

    const Capture &capture() const { return m_capture; }

    void setAcceptOnRelease(bool accept) { m_acceptOnRelease = accept; }
    bool acceptOnRelease() const { return m_acceptOnRelease; }

    // Device pixels of capture().image(); empty while nothing is selected.
    QRect selection() const { return m_selection; }
    void setSelection(const QRect &deviceRect);
    // The selection cut out of the capture (a Region capture with the capture's time and screens).
    Capture selectedCapture() const { return m_capture.cropped(m_selection); }

    // The overlay windows, one per captured screen (for tests and for programs that position them).
    QList<QWidget *> views() const;
    bool isShown() const { return m_shown; }

    // Image pixel grid position of a global logical position (a mouse position), clamped to the image.
    QPoint globalToImage(const QPointF &globalLogical) const;

public slots:
    void show();
    // Ends with selected() if something is selected (otherwise nothing happens).
    void accept();
    void cancel();

signals:
    void selected(const QRect &deviceRect);
    void cancelled();
    void selectionChanged(const QRect &deviceRect);

private:
    friend class RegionPickerView;

    // Input from the views, in image pixel positions.
    void pressAt(const QPoint &point, Qt::MouseButton button);
    void moveTo(const QPoint &point);
    void releaseAt(const QPoint &point, Qt::MouseButton button);
    void doubleClickAt(const QPoint &point);
    void keyPressed(QKeyEvent *event);
    void leaveView();

    bool isDragging() const { return m_dragging; }
    bool hasCursor() const { return m_hasCursor; }
    QPoint cursor() const { return m_cursor; }
    QRect imageRect() const { return m_capture.image().rect(); }
    void updateViews();
    void close();
    void createViews();
    QList<RegionPickerView *> liveViews() const;

    Capture m_capture;
    DesktopLayout m_layout;
    QPoint m_sourceOffset; // desktop device position of the image's 0,0 (a Region capture's crop)
    QPointer<RegionPickerWindows> m_windows; // null: the views are the picker's own
    QList<QPointer<RegionPickerView>> m_views;
    QRect m_selection;
    QPoint m_anchor;
    QPoint m_cursor;
    bool m_dragging = false;
    bool m_hasCursor = false;
    bool m_acceptOnRelease = true;
    bool m_shown = false;
};

} // namespace tierdesk
