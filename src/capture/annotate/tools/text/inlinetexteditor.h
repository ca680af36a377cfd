#pragma once

#include <QGraphicsTextItem>

namespace tierdesk {

// The text box being typed into, placed exactly where the TextItem will draw its text. Ctrl+Enter or a
// click elsewhere finishes; Escape cancels. Plain Enter starts a new line.
class InlineTextEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    InlineTextEditor(const QFont &font, const QColor &color, const QColor &background);

    void finish(bool accepted);
    QRectF boundingRect() const override;

Q_SIGNALS:
    void finished(bool accepted);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor m_background;
    bool m_finished = false;
};

} // namespace tierdesk
