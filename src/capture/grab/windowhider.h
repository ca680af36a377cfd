#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace tierdesk {

// Takes our own windows off the screen before a grab and brings them back after it.
//
// QWidget::hide() only asks the window system; the window is gone from the screen when its QWindow stops
// being exposed (the unmap has been processed), and a compositor may still fade it out after that. So
// hidden() is emitted when none of the windows is exposed any more (or after unmapTimeout(), so a window
// system that never says so cannot hang a capture) plus settleTime().
class WindowHider : public QObject
{
    Q_OBJECT

public:
    explicit WindowHider(QObject *parent = nullptr);

    // Wait after the windows are unmapped, for compositor fade-outs (default 150 ms).
    void setSettleTime(int milliseconds) { m_settleMs = milliseconds; }
    int settleTime() const { return m_settleMs; }
    void setUnmapTimeout(int milliseconds) { m_unmapTimeoutMs = milliseconds; }

    // Hides the visible ones of widgets (their windows); hidden() follows, also when nothing was visible.
    void hide(const QList<QWidget *> &widgets);
    // Shows again what hide() hid (those still alive), in the same order.
    void restore();
    bool isWaiting() const { return m_poll.isActive() || m_settle.isActive(); }
    QList<QWidget *> hiddenWidgets() const;

signals:
    void hidden();

private:
    void checkUnmapped();
    bool anyExposed() const;

    QList<QPointer<QWidget>> m_hidden;
    QTimer m_poll;
    QTimer m_settle;
    int m_settleMs = 150;
    int m_unmapTimeoutMs = 1000;
    int m_pollsLeft = 0;
};

} // namespace tierdesk
