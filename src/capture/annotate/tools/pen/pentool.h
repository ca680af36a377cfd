#pragma once

#include "capture/annotate/annotationtool.h"

#include <QCoreApplication>
#include <memory>

namespace tierdesk {

class PenItem;

// Freehand drawing. Samples closer than a screen pixel to the previous one are skipped; with Shift held the
// stroke is a straight line from where it started.
class PenTool : public AnnotationTool
{
    Q_DECLARE_TR_FUNCTIONS(PenTool)

public:
    PenTool();
    ~PenTool() override;

    QString id() const override { return QStringLiteral("pen"); }
    QString label() const override { return tr("Pen"); }
    QList<QKeySequence> shortcuts() const override { return {QKeySequence(Qt::Key_P)}; }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;

    void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void move(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel(ToolContext &context) override;

protected:
    virtual PenItem *createItem(const ToolContext &context) const;

private:
    std::unique_ptr<PenItem> m_item;
    QPolygonF m_points;
};

} // namespace tierdesk
