#pragma once

#include "capture/annotate/dragshapetool.h"

#include <QCoreApplication>

namespace tierdesk {

class RectangleTool : public DragShapeTool
{
    Q_DECLARE_TR_FUNCTIONS(RectangleTool)

public:
    QString id() const override { return QStringLiteral("rectangle"); }
    QString label() const override { return tr("Rectangle"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_R)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

protected:
    AnnotationItem *createItem(const ToolContext &context) const override;
};

} // namespace tierdesk
