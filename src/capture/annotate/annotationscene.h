#pragma once

#include <QGraphicsScene>

class QGraphicsPixmapItem;

namespace tierdesk {

class AnnotationDocument;
class AnnotationItem;
class SelectionOverlay;

// The scene of one AnnotationDocument: the screenshot at the bottom, the document's items, and on top the
// SelectionOverlay. Scene coordinates are the base image's device pixels. Everything outside the crop
// rectangle is covered, so the view shows what the export will hold.
class AnnotationScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit AnnotationScene(AnnotationDocument *document);
    ~AnnotationScene() override;

    AnnotationDocument *document() const { return m_document; }
    SelectionOverlay *selectionOverlay() const { return m_overlay; }

    // Selected document items, bottom to top.
    QList<AnnotationItem *> selectedAnnotationItems() const;
    // The topmost document item whose shape contains scenePos (not its bounding box, not its pixels).
    AnnotationItem *annotationItemAt(const QPointF &scenePos) const;
    // Document items whose shape meets the rectangle, bottom to top.
    QList<AnnotationItem *> annotationItemsIn(const QRectF &sceneRect) const;

    void setBaseImage(const QImage &image);
    void setCropRect(const QRectF &rect);
    // Called by items when their geometry, position or style changed.
    void notifyItemChanged(AnnotationItem *item);

Q_SIGNALS:
    void annotationItemChanged(tierdesk::AnnotationItem *item);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void refreshOverlay();

    AnnotationDocument *m_document;
    QGraphicsPixmapItem *m_base = nullptr;
    SelectionOverlay *m_overlay = nullptr;
    QRectF m_crop;
};

} // namespace tierdesk
