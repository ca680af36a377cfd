#pragma once

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

// A line from the first point with a filled head at the second.
class ArrowItem : public AnnotationItem
{
public:
    ArrowItem();

    QString typeName() const override { return QStringLiteral("arrow"); }
    Handles handles() const override { return Handles::Endpoints; }
    QLineF line() const; // item coordinates, tail to tip
    QPolygonF head() const;

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;

private:
    QLineF m_shaft;
    QPolygonF m_head;
};

} // namespace tierdesk
