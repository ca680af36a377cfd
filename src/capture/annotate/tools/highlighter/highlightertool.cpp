#include "capture/annotate/tools/highlighter/highlightertool.h"

#include "capture/annotate/tools/highlighter/highlighteritem.h"

#include <QPainter>

namespace tierdesk {

QString HighlighterTool::toolTip() const
{
    return tr("Highlighter (H): hold Shift for a straight line");
}

void HighlighterTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    QColor ink = color;
    ink.setAlphaF(HighlighterItem::Opacity);
    painter->fillRect(QRectF(rect.left() + 2, rect.center().y() - 4, rect.width() - 4, 8), ink);
}

PenItem *HighlighterTool::createItem(const ToolContext &context) const
{
    auto *item = new HighlighterItem;
    item->setColor(context.style.color);
    item->setLineWidth(context.style.lineWidth);
    return item;
}

} // namespace tierdesk
