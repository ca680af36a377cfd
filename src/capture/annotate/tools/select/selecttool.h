#pragma once

#include "capture/annotate/annotationtool.h"

#include <QCoreApplication>
#include <QPolygonF>
#include <memory>

class QGraphicsRectItem;

namespace tierdesk {

class AnnotationItem;

// Select, move and resize. A click picks the topmost item whose shape is under the pointer (Shift adds or
// removes it); dragging a selected item moves the whole selection live and records one move; dragging a
// handle of a single selected item resizes it live and records one resize; dragging on empty space selects
// with a rubber band. Double-clicking a text edits it.
class SelectTool : public AnnotationTool
{
    Q_DECLARE_TR_FUNCTIONS(SelectTool)

public:
    SelectTool();
    ~SelectTool() override;

    QString id() const override { return QStringLiteral("select"); }
    QString label() const override { return tr("Select"); }
    QString toolTip() const override;
    QList<QKeySequence> shortcuts() const override
    {
        return {QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_V)};
    }
    void paintIcon(QPainter *painter, const QRectF &rect, const QColor &color) const override;
    QCursor cursor() const override { return Qt::ArrowCursor; }
    QCursor hoverCursor(ToolContext &context, const QPointF &scenePos) const override;
    bool usesStyle() const override { return false; }

    void press(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void move(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void release(ToolContext &context, const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void doubleClick(ToolContext &context, const QPointF &scenePos) override;
    void cancel(ToolContext &context) override;

private:
    enum class Mode { Idle, Moving, Resizing, RubberBand };

    Mode m_mode = Mode::Idle;
    QPointF m_start;
    QList<AnnotationItem *> m_moving;
    QList<QPointF> m_startPositions;
    AnnotationItem *m_resizing = nullptr;
    int m_handle = -1;
    QPolygonF m_startPoints;
    QPointF m_grabOffset;
    std::unique_ptr<QGraphicsRectItem> m_band;
};

} // namespace tierdesk
