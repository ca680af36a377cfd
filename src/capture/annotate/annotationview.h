#pragma once

#include <QGraphicsView>

namespace tierdesk {

class AnnotationScene;
class AnnotationTool;
struct ToolContext;

// Shows an AnnotationScene and hands pointer events to the current tool in scene coordinates. Zoom with
// Ctrl+wheel (at the pointer) or zoomIn()/zoomOut()/setZoom(); pan with the middle button or Space+drag.
// Arrow keys nudge the selection by one pixel (ten with Shift), one merged undo step per run of nudges.
// Only changed areas are repainted (MinimalViewportUpdate: each item reports its own bounds).
class AnnotationView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit AnnotationView(QWidget *parent = nullptr);

    static constexpr qreal MinimumZoom = 0.05;
    static constexpr qreal MaximumZoom = 32.0;

    // The editor owns both; the view only calls the tool with the context.
    void setTool(AnnotationTool *tool, ToolContext *context);
    AnnotationScene *annotationScene() const;

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    bool isPanning() const { return m_panning; }

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool textEditorHas(const QPointF &scenePos) const;
    void updateCursor(const QPointF &scenePos);

    AnnotationTool *m_tool = nullptr;
    ToolContext *m_context = nullptr;
    qreal m_zoom = 1.0;
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_toolDragging = false;
    QPoint m_panLast;
};

} // namespace tierdesk
