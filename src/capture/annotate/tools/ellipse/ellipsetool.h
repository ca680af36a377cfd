#pragma once

#include "capture/annotate/dragshapetool.h"

#include <QCoreApplication>

namespace tierdesk {

class EllipseTool : public DragShapeTool
{
    Q_DECLARE_TR_FUNCTIONS(EllipseTool)

public:
    QString id() const override { return QStringLiteral("ellipse"); }
    QString label() const override { return tr("Ellipse"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_E)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

protected:
    AnnotationItem *createItem(const ToolContext &context) const override;
};

} // namespace tierdesk
