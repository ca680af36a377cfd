#pragma once

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

// A freehand stroke through every sampled point.
class PenItem : public AnnotationItem
{
public:
    PenItem();

    static constexpr int MaximumPoints = 100000;

    QString typeName() const override { return QStringLiteral("pen"); }
    int minimumPoints() const override { return 1; }
    int maximumPoints() const override { return MaximumPoints; }
    // The width the stroke is drawn with.
    virtual qreal strokeWidth() const { return lineWidth(); }
    QPainterPath path() const;

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    QRectF paintBounds() const override;

private:
    QPainterPath m_path;
    bool m_dot = false;
};

} // namespace tierdesk
