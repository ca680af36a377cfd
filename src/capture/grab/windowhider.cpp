#include "capture/grab/windowhider.h"

#include <QWindow>

namespace tierdesk {

namespace {
constexpr int pollIntervalMs = 10;
}

WindowHider::WindowHider(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &WindowHider::checkUnmapped);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &WindowHider::hidden);
}

void WindowHider::hide(const QList<QWidget *> &widgets)
{
    m_poll.stop();
    m_settle.stop();
    m_hidden.clear();
    for (QWidget *widget : widgets) {
        if (widget && widget->isVisible()) {
            m_hidden.append(widget);
            widget->hide();
        }
    }
    if (m_hidden.isEmpty()) {
        // Nothing of ours on screen: no need to wait for a compositor.
        QTimer::singleShot(0, this, &WindowHider::hidden);
        return;
    }
    m_pollsLeft = qMax(1, m_unmapTimeoutMs / pollIntervalMs);
    m_poll.start();
}

void WindowHider::restore()
{
    m_poll.stop();
    m_settle.stop();
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden)) {
        if (widget)
            widget->show();
    }
    m_hidden.clear();
}

QList<QWidget *> WindowHider::hiddenWidgets() const
{
    QList<QWidget *> widgets;
    for (const QPointer<QWidget> &widget : m_hidden) {
        if (widget)
            widgets.append(widget);
    }
    return widgets;
}

bool WindowHider::anyExposed() const
{
    for (const QPointer<QWidget> &widget : m_hidden) {
        const QWindow *window = widget ? widget->windowHandle() : nullptr;
        if (window && window->isExposed())
            return true;
    }
    return false;
}

void WindowHider::checkUnmapped()
{
    if (anyExposed() && --m_pollsLeft > 0)
        return;
    m_poll.stop();
    m_settle.start(m_settleMs);
}

} // namespace tierdesk
