#pragma once

#include "capture/annotate/annotationtool.h"

#include <QCoreApplication>

namespace tierdesk {

class StepMarkerItem;

// A click places the next numbered step marker.
class StepMarkerTool : public AnnotationTool
{
    Q_DECLARE_TR_FUNCTIONS(StepMarkerTool)

public:
    QString id() const override { return QStringLiteral("step"); }
    QString label() const override { return tr("Step number"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_N)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

    void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;

    static StepMarkerItem *createItem(const ItemStyle &style, const QPointF &center);
};

} // namespace tierdesk
