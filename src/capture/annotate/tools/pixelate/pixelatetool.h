#pragma once

#include "capture/annotate/dragshapetool.h"

#include <QCoreApplication>

namespace tierdesk {

class PixelateTool : public DragShapeTool
{
    Q_DECLARE_TR_FUNCTIONS(PixelateTool)

public:
    QString id() const override { return QStringLiteral("pixelate"); }
    QString label() const override { return tr("Pixelate"); }
    QString toolTip() const override;
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_B)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

protected:
    AnnotationItem *createItem(const ToolContext &context) const override;
};

} // namespace tierdesk
