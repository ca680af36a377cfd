#include "capture/annotate/annotationtool.h"

#include <QCoreApplication>

namespace tierdesk {

AnnotationTool::~AnnotationTool() = default;

QString AnnotationTool::toolTip() const
{
    const QList<QKeySequence> keys = shortcuts();
    if (keys.isEmpty())
        return label();
    return QStringLiteral("%1 (%2)").arg(label(), keys.first().toString(QKeySequence::NativeText));
}

QCursor AnnotationTool::hoverCursor(ToolContext &, const QPointF &) const
{
    return cursor();
}

void AnnotationTool::move(ToolContext &, const QPointF &, Qt::KeyboardModifiers) {}

void AnnotationTool::release(ToolContext &, const QPointF &, Qt::KeyboardModifiers) {}

void AnnotationTool::doubleClick(ToolContext &, const QPointF &) {}

void AnnotationTool::cancel(ToolContext &) {}

} // namespace tierdesk
