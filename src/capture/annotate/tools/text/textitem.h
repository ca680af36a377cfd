#pragma once

#include "capture/annotate/annotationitem.h"

#include <QFont>

namespace tierdesk {

// Text on a box, so it stays readable on any screenshot. The point is the box's top-left corner; the font
// size follows the line width (8 + 4 × width pixels). The box colour is kept with the item; by default it
// contrasts with the text colour.
class TextItem : public AnnotationItem
{
public:
    TextItem();

    static constexpr int MaximumLength = 10000;
    static constexpr qreal Padding = 6.0;

    QString typeName() const override { return QStringLiteral("text"); }
    Handles handles() const override { return Handles::None; }
    int minimumPoints() const override { return 1; }
    int maximumPoints() const override { return 1; }

    QString text() const { return m_text; }
    void setText(const QString &text);
    // Invalid colour: no box.
    QColor background() const { return m_background; }
    void setBackground(const QColor &color);
    QFont font() const;
    static QFont fontFor(qreal lineWidth);
    static QColor defaultBackgroundFor(const QColor &textColor);
    // The box in scene coordinates.
    QRectF sceneBox() const;

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    QRectF frame() const override { return m_box; }
    void writeExtra(QJsonObject &object) const override;
    void readExtra(JsonFields &fields) override;

private:
    QString m_text;
    QColor m_background = QColor(255, 255, 255, 230);
    QRectF m_box;
    QRectF m_textRect;
};

} // namespace tierdesk
