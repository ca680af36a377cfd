#include "capture/annotate/tools/text/textitem.h"

#include "capture/annotate/jsonfields.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tierdesk {

namespace {
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextExpandTabs;
}

TextItem::TextItem() = default;

void TextItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    geometryAboutToChange();
    m_text = text.left(MaximumLength);
    notifyChanged();
}

void TextItem::setBackground(const QColor &color)
{
    if (color == m_background)
        return;
    geometryAboutToChange();
    m_background = color;
    notifyChanged();
}

QFont TextItem::font() const
{
    return fontFor(lineWidth());
}

QFont TextItem::fontFor(qreal lineWidth)
{
    QFont font;
    font.setPixelSize(qMax(8, qRound(8 + 4 * lineWidth)));
    return font;
}

QColor TextItem::defaultBackgroundFor(const QColor &textColor)
{
    return textColor.lightness() > 150 ? QColor(20, 20, 20, 220) : QColor(255, 255, 255, 230);
}

QRectF TextItem::sceneBox() const
{
    ensureCache();
    return mapRectToScene(m_box);
}

void TextItem::rebuild()
{
    const QFontMetricsF metrics(font());
    const QString shown = m_text.isEmpty() ? QStringLiteral(" ") : m_text;
    const QRectF textBounds = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), TextFlags, shown);
    const QPolygonF p = localPoints();
    const QPointF anchor = p.isEmpty() ? QPointF() : p.first();
    m_textRect = QRectF(anchor + QPointF(Padding, Padding), textBounds.size());
    m_box = m_textRect.adjusted(-Padding, -Padding, Padding, Padding);
}

void TextItem::paintItem(QPainter *painter) const
{
    if (m_background.isValid() && m_background.alpha() > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_background);
        painter->drawRoundedRect(m_box, 3, 3);
    }
    painter->setFont(font());
    painter->setPen(color());
    painter->drawText(m_textRect, TextFlags, m_text);
}

QPainterPath TextItem::hitShape() const
{
    QPainterPath path;
    path.addRect(m_box);
    return path;
}

void TextItem::writeExtra(QJsonObject &object) const
{
    object.insert(QStringLiteral("text"), m_text);
    object.insert(QStringLiteral("background"),
                  m_background.isValid() ? QJsonValue(m_background.name(QColor::HexArgb)) : QJsonValue());
}

void TextItem::readExtra(JsonFields &fields)
{
    const QString text = fields.string(QStringLiteral("text"), MaximumLength);
    const QColor background = fields.optionalColor(QStringLiteral("background"));
    if (!fields.ok())
        return;
    setText(text);
    setBackground(background);
}

} // namespace tierdesk
