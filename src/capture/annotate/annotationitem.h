#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QJsonObject>
#include <QPainterPath>
#include <QPolygonF>

class QImage;

namespace tierdesk {

class JsonFields;

// One mark on a screenshot. Its geometry is a list of control points (two corners of a box, the ends of an
// arrow, every sample of a pen stroke, the anchor of a text); moving changes pos(), resizing changes the
// points, so one representation serves painting, hit testing, resizing, undo and JSON. The item paints
// only itself: selection frames and handles belong to the SelectionOverlay. Hit testing uses shape(), a
// stroked outline for thin lines, never the pixels.
//
// Caches (paths, shape, bounds) are rebuilt lazily after a change, and every change goes through
// prepareGeometryChange()/update(), so the view repaints only the old and new areas of that one item.
class AnnotationItem : public QGraphicsItem
{
public:
    // How the selection resizes the item: by a box around its points, by its end points, or not at all.
    enum class Handles { None, Box, Endpoints };
    // Pixels items (redaction, pixelation) change the screenshot itself on export, so on screen, as in the
    // exported file, they lie below every mark whatever order they were drawn in.
    enum class Layer { Pixels, Marks };

    AnnotationItem();
    ~AnnotationItem() override;

    // The "type" key of the item's JSON; ToolRegistry maps it back to a class.
    virtual QString typeName() const = 0;
    virtual Handles handles() const { return Handles::Box; }
    virtual Layer layer() const { return Layer::Marks; }
    virtual int minimumPoints() const { return 2; }
    virtual int maximumPoints() const { return 2; }
    // Step markers: the document numbers these items 1, 2, 3... in list order after every change.
    virtual bool isNumbered() const { return false; }
    virtual void setNumber(int) {}

    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);

    // Control points in scene (= base image pixel) coordinates.
    QPolygonF points() const;
    void setPoints(const QPolygonF &scenePoints);
    // The rectangle the selection frames, in scene coordinates.
    QRectF sceneFrame() const;

    // Paints the item in its own coordinates; used by paint() on screen and by the exporter.
    void render(QPainter *painter) const;
    // Pixels items change the screenshot's own pixels here (the exporter calls it before any mark is drawn).
    virtual void burnInto(QImage &image) const;

    QJsonObject toJson() const;
    // Reads what toJson() wrote; bounds limits every point (the image with a margin). On failure the item is
    // left in an unspecified state and *error says why.
    bool fromJson(const QJsonObject &object, const QRectF &bounds, QString *error);

    // Smallest and largest widths a document accepts.
    static constexpr qreal MinimumLineWidth = 0.5;
    static constexpr qreal MaximumLineWidth = 200.0;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QPolygonF localPoints() const { return m_points; }
    // Rebuild the subclass's cached geometry from localPoints() and lineWidth().
    virtual void rebuild() {}
    virtual void paintItem(QPainter *painter) const = 0;
    // The area that selects the item, in item coordinates.
    virtual QPainterPath hitShape() const = 0;
    // Everything paintItem() may touch, in item coordinates; by default the hit shape's bounds.
    virtual QRectF paintBounds() const;
    // The selection frame in item coordinates; by default the bounding box of the points.
    virtual QRectF frame() const;
    virtual void writeExtra(QJsonObject &object) const;
    virtual void readExtra(JsonFields &fields);
    // A subclass that changes what it shows (text, number) calls geometryAboutToChange() before and
    // notifyChanged() after the change.
    void geometryAboutToChange();
    void notifyChanged();

    // A stroked outline at least this wide, so a 1 px line can still be clicked.
    static QPainterPath strokedShape(const QPainterPath &path, qreal width);
    static constexpr qreal HitTolerance = 8.0;

    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

    // Brings the cached geometry up to date (subclass accessors that read their caches call it first).
    void ensureCache() const;

private:
    QPolygonF m_points; // item coordinates
    QColor m_color = Qt::red;
    qreal m_lineWidth = 4.0;

    mutable bool m_dirty = true;
    mutable QPainterPath m_shape;
    mutable QRectF m_bounds;
};

} // namespace tierdesk
