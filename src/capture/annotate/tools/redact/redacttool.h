#pragma once

#include "capture/annotate/dragshapetool.h"

#include <QCoreApplication>

namespace tierdesk {

// Redaction: black by default whatever colour is chosen for marks (recolour it afterwards if need be).
class RedactTool : public DragShapeTool
{
    Q_DECLARE_TR_FUNCTIONS(RedactTool)

public:
    QString id() const override { return QStringLiteral("redact"); }
    QString label() const override { return tr("Redact"); }
    QString toolTip() const override;
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_X)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;
    bool usesStyle() const override { return false; }

protected:
    AnnotationItem *createItem(const ToolContext &context) const override;
};

} // namespace tierdesk
