#pragma once

#include "capture/annotate/annotationtool.h"

#include <QCoreApplication>
#include <QRectF>
#include <memory>

class QGraphicsRectItem;

namespace tierdesk {

// Drag the area to keep; on release the document is cropped to it (one undo step; the base image stays
// whole until export).
class CropTool : public AnnotationTool
{
    Q_DECLARE_TR_FUNCTIONS(CropTool)

public:
    CropTool();
    ~CropTool() override;

    QString id() const override { return QStringLiteral("crop"); }
    QString label() const override { return tr("Crop"); }
    QString toolTip() const override;
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_C)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;
    bool usesStyle() const override { return false; }

    void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void move(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel(ToolContext &context) override;

    static constexpr int MinimumSize = 4;

private:
    std::unique_ptr<QGraphicsRectItem> m_preview;
    QPointF m_start;
};

} // namespace tierdesk
