#pragma once

// A frameless window of one colour that can change: shows whether an earlier capture changes with the
// screen, or whether a prepared overlay shows the new screen and not the old one. (Capture tests under Xvfb.)

#include <QColor>
#include <QPainter>
#include <QWidget>

namespace tierdesk::test {

class SolidWidget : public QWidget
{
public:
    SolidWidget()
        : QWidget(nullptr, Qt::FramelessWindowHint | Qt::X11BypassWindowManagerHint)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFixedSize(60, 40);
    }
    void setColour(const QColor &colour)
    {
        m_colour = colour;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override { QPainter(this).fillRect(rect(), m_colour); }

private:
    QColor m_colour = Qt::red;
};

} // namespace tierdesk::test
