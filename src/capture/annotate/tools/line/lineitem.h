#pragma once

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

// A straight line between two points.
class LineItem : public AnnotationItem
{
public:
    LineItem();

    QString typeName() const override { return QStringLiteral("line"); }
    Handles handles() const override { return Handles::Endpoints; }
    QLineF line() const; // item coordinates

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;

private:
    QPainterPath m_path;
};

} // namespace tierdesk
