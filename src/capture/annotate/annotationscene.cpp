#include "capture/annotate/annotationscene.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/selectionoverlay.h"

#include <QGraphicsPixmapItem>
#include <QPainter>
#include <algorithm>

namespace tierdesk {

namespace {
constexpr qreal BaseZ = -1e9;
constexpr qreal OverlayZ = 1e9;
} // namespace

AnnotationScene::AnnotationScene(AnnotationDocument *document)
    : QGraphicsScene(document)
    , m_document(document)
{
    m_base = addPixmap(QPixmap());
    m_base->setZValue(BaseZ);
    m_base->setTransformationMode(Qt::SmoothTransformation);
    m_overlay = new SelectionOverlay;
    m_overlay->setZValue(OverlayZ);
    addItem(m_overlay);
    connect(this, &QGraphicsScene::selectionChanged, this, &AnnotationScene::refreshOverlay);
}

AnnotationScene::~AnnotationScene()
{
    // ~QGraphicsScene deletes selected items and reports the selection change; this part is gone by then.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &AnnotationScene::refreshOverlay);
}

QList<AnnotationItem *> AnnotationScene::selectedAnnotationItems() const
{
    QList<AnnotationItem *> result;
    for (AnnotationItem *item : m_document->items()) {
        if (item->isSelected())
            result.append(item);
    }
    return result;
}

AnnotationItem *AnnotationScene::annotationItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *hit : hits) {
        auto *item = dynamic_cast<AnnotationItem *>(hit);
        if (item && item->isVisible() && m_document->items().contains(item))
            return item;
    }
    return nullptr;
}

QList<AnnotationItem *> AnnotationScene::annotationItemsIn(const QRectF &sceneRect) const
{
    const QList<QGraphicsItem *> hits = items(sceneRect.normalized(), Qt::IntersectsItemShape);
    QList<AnnotationItem *> result;
    for (AnnotationItem *item : m_document->items()) {
        if (hits.contains(item))
            result.append(item);
    }
    return result;
}

void AnnotationScene::setBaseImage(const QImage &image)
{
    m_base->setPixmap(QPixmap::fromImage(image));
    setCropRect(QRectF(image.rect()));
}

void AnnotationScene::setCropRect(const QRectF &rect)
{
    m_crop = rect;
    setSceneRect(rect);
    update();
}

void AnnotationScene::notifyItemChanged(AnnotationItem *item)
{
    if (item->isSelected())
        m_overlay->refresh(selectedAnnotationItems());
    Q_EMIT annotationItemChanged(item);
}

void AnnotationScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    // The cropped-away screenshot stays in the document (crop is undoable) but is hidden, as in the export.
    QRegion outside = QRegion(rect.toAlignedRect()).subtracted(QRegion(m_crop.toAlignedRect()));
    if (outside.isEmpty())
        return;
    painter->save();
    painter->setClipRegion(outside);
    painter->fillRect(rect, QColor(0x3a, 0x3a, 0x3a));
    painter->restore();
}

void AnnotationScene::refreshOverlay()
{
    m_overlay->refresh(selectedAnnotationItems());
}

} // namespace tierdesk
