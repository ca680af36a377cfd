#include "capture/annotate/annotationitem.h"

#include "capture/annotate/annotationscene.h"
#include "capture/annotate/jsonfields.h"

#include <QJsonArray>
#include <QPainter>
#include <QPainterPathStroker>

namespace tierdesk {

AnnotationItem::AnnotationItem()
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
}

AnnotationItem::~AnnotationItem() = default;

void AnnotationItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    m_dirty = true; // caches may hold colours; the outline does not move
    notifyChanged();
}

void AnnotationItem::setLineWidth(qreal width)
{
    width = qBound(MinimumLineWidth, width, MaximumLineWidth);
    if (qFuzzyCompare(width, m_lineWidth))
        return;
    geometryAboutToChange();
    m_lineWidth = width;
    notifyChanged();
}

QPolygonF AnnotationItem::points() const
{
    return m_points.translated(pos());
}

void AnnotationItem::setPoints(const QPolygonF &scenePoints)
{
    geometryAboutToChange();
    m_points = scenePoints.translated(-pos());
    notifyChanged();
}

QRectF AnnotationItem::sceneFrame() const
{
    ensureCache();
    return mapRectToScene(frame());
}

void AnnotationItem::render(QPainter *painter) const
{
    ensureCache();
    paintItem(painter);
}

void AnnotationItem::burnInto(QImage &) const {}

QJsonObject AnnotationItem::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("type"), typeName());
    object.insert(QStringLiteral("color"), m_color.name(QColor::HexArgb));
    object.insert(QStringLiteral("width"), m_lineWidth);
    QJsonArray points;
    for (const QPointF &p : this->points())
        points.append(QJsonArray{p.x(), p.y()});
    object.insert(QStringLiteral("points"), points);
    writeExtra(object);
    return object;
}

bool AnnotationItem::fromJson(const QJsonObject &object, const QRectF &bounds, QString *error)
{
    JsonFields fields(object, QString());
    const QColor color = fields.color(QStringLiteral("color"));
    const qreal width = fields.number(QStringLiteral("width"), MinimumLineWidth, MaximumLineWidth);
    const QPolygonF points =
        fields.points(QStringLiteral("points"), minimumPoints(), maximumPoints(), bounds);
    if (fields.ok()) {
        setPos(QPointF());
        m_color = color;
        m_lineWidth = width;
        setPoints(points);
        readExtra(fields);
    }
    if (!fields.ok()) {
        if (error)
            *error = fields.error();
        return false;
    }
    return true;
}

QRectF AnnotationItem::boundingRect() const
{
    ensureCache();
    return m_bounds;
}

QPainterPath AnnotationItem::shape() const
{
    ensureCache();
    return m_shape;
}

void AnnotationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    render(painter);
}

QRectF AnnotationItem::paintBounds() const
{
    return hitShape().boundingRect();
}

QRectF AnnotationItem::frame() const
{
    return m_points.boundingRect();
}

void AnnotationItem::writeExtra(QJsonObject &) const {}

void AnnotationItem::readExtra(JsonFields &) {}

void AnnotationItem::geometryAboutToChange()
{
    prepareGeometryChange();
    m_dirty = true;
}

QPainterPath AnnotationItem::strokedShape(const QPainterPath &path, qreal width)
{
    QPainterPathStroker stroker;
    stroker.setWidth(qMax(width, HitTolerance));
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(path);
}

QVariant AnnotationItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        notifyChanged();
    return QGraphicsItem::itemChange(change, value);
}

void AnnotationItem::ensureCache() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    auto *self = const_cast<AnnotationItem *>(this);
    self->rebuild();
    m_shape = hitShape();
    // One pixel more for antialiasing; the views repaint exactly this area when the item changes.
    m_bounds = paintBounds().united(m_shape.boundingRect()).adjusted(-1, -1, 1, 1);
}

void AnnotationItem::notifyChanged()
{
    update();
    if (auto *annotationScene = qobject_cast<AnnotationScene *>(scene()))
        annotationScene->notifyItemChanged(this);
}

} // namespace tierdesk
