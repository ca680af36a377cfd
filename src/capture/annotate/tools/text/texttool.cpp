#include "capture/annotate/tools/text/texttool.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QPainter>

namespace tierdesk {

void TextTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(rect.height() * 0.8));
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignCenter, QStringLiteral("T"));
}

void TextTool::press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers)
{
    if (!context.editText)
        return;
    auto *existing = dynamic_cast<TextItem *>(context.document->scene()->annotationItemAt(scenePos));
    context.editText(scenePos, existing);
}

TextItem *TextTool::createItem(const ItemStyle &style, const QPointF &topLeft, const QString &text)
{
    auto *item = new TextItem;
    item->setColor(style.color);
    item->setLineWidth(style.lineWidth);
    item->setBackground(TextItem::defaultBackgroundFor(style.color));
    item->setText(text);
    item->setPoints({topLeft});
    return item;
}

} // namespace tierdesk
