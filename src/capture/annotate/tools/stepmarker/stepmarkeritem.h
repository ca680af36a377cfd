#pragma once

#include "capture/annotate/annotationitem.h"

namespace tierdesk {

// A numbered disc for "do this first, then this". It does not own its number: the document numbers
// markers 1, 2, 3... in list order, so deleting marker 2 renumbers the rest and undo restores them. The
// JSON keeps "number" for people reading the file; reading ignores it.
class StepMarkerItem : public AnnotationItem
{
public:
    StepMarkerItem();

    QString typeName() const override { return QStringLiteral("step"); }
    Handles handles() const override { return Handles::None; }
    int minimumPoints() const override { return 1; }
    int maximumPoints() const override { return 1; }
    bool isNumbered() const override { return true; }
    void setNumber(int number) override;
    int number() const { return m_number; }
    qreal radius() const;

protected:
    void rebuild() override;
    void paintItem(QPainter *painter) const override;
    QPainterPath hitShape() const override;
    void writeExtra(QJsonObject &object) const override;
    void readExtra(JsonFields &fields) override;

private:
    int m_number = 1;
    QRectF m_disc;
};

} // namespace tierdesk
