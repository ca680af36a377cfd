#pragma once

#include <QRect>
#include <QWidget>

namespace tierdesk {

class RegionPicker;

// One screen's part of the RegionPicker overlay: paints the capture's pixels of that screen, the dimmed
// surroundings of the selection, the size readout and the magnifier, and passes input to the picker.
class RegionPickerView : public QWidget
{
    Q_OBJECT

public:
    // imageRect: this screen's pixels in the capture image; logicalGeometry: where the window goes.
    RegionPickerView(RegionPicker *picker, const QRect &imageRect, const QRect &logicalGeometry,
                     qreal devicePixelRatio);

    QRect imageRect() const { return m_imageRect; }
    QRect logicalGeometry() const { return m_logicalGeometry; }
    qreal ratio() const { return m_ratio; }

    // Serves another picker (a kept window used again), or none (nullptr: idle, paints nothing).
    void attach(RegionPicker *picker, const QRect &imageRect);

    // While hidden: makes the native window (not mapped), allocates the backing store at the window's size
    // and paints the picker's picture into it once, without flushing it to the screen, so that the first
    // show() finds everything made and every page of it touched. Nothing when visible or without a picker.
    void prepareOffScreen();
    // The backing store has been painted at the window's size (prepared, or shown before).
    bool isPrepared() const { return m_prepared; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void prefaultBackingStore();
    QPointF imageToLocal(const QPointF &imagePoint) const;
    QRectF imageToLocal(const QRect &imageRect) const;
    void paintSizeReadout(QPainter &painter, const QRectF &selection, const QSize &size);
    void paintMagnifier(QPainter &painter, const QPoint &cursor);
    void paintHint(QPainter &painter);

    RegionPicker *m_picker;
    QRect m_imageRect;
    QRect m_logicalGeometry;
    qreal m_ratio;
    const uchar *m_prefaulted = nullptr; // the backing store memory already prefaulted
    bool m_prepared = false;
};

} // namespace tierdesk
