#pragma once

#include "capture/annotate/dragshapetool.h"

#include <QCoreApplication>

namespace tierdesk {

class ArrowTool : public DragShapeTool
{
    Q_DECLARE_TR_FUNCTIONS(ArrowTool)

public:
    QString id() const override { return QStringLiteral("arrow"); }
    QString label() const override { return tr("Arrow"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_A)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

protected:
    AnnotationItem *createItem(const ToolContext &context) const override;
    QPolygonF pointsFor(const QPointF &start, const QPointF &end,
                        Qt::KeyboardModifiers modifiers) const override;
    qreal minimumExtent() const override { return 4.0; }
};

} // namespace tierdesk
