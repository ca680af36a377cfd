#pragma once

#include "capture/annotate/dragshapetool.h"

#include <QCoreApplication>

namespace tierdesk {

class LineTool : public DragShapeTool
{
    Q_DECLARE_TR_FUNCTIONS(LineTool)

public:
    QString id() const override { return QStringLiteral("line"); }
    QString label() const override { return tr("Line"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_L)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

protected:
    AnnotationItem *createItem(const ToolContext &context) const override;
    QPolygonF pointsFor(const QPointF &start, const QPointF &end,
                        Qt::KeyboardModifiers modifiers) const override;
};

} // namespace tierdesk
