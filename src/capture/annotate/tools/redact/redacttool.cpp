#include "capture/annotate/tools/redact/redacttool.h"

#include "capture/annotate/tools/redact/redactitem.h"

#include <QPainter>

namespace tierdesk {

QString RedactTool::toolTip() const
{
    return tr("Redact (X): a solid box; the pixels under it are removed from the saved image");
}

void RedactTool::paintIcon(QPainter *painter, const QRectF &rect, const QColor &) const
{
    painter->fillRect(rect.adjusted(2, 6, -2, -6), Qt::black);
}

AnnotationItem *RedactTool::createItem(const ToolContext &) const
{
    return new RedactItem;
}

} // namespace tierdesk
