#pragma once

#include "capture/annotate/tools/pen/penitem.h"

namespace tierdesk {

// A wide freehand marker that darkens like ink on paper (multiply), so the text under it stays readable:
// white turns the marker's colour, black stays black.
class HighlighterItem : public PenItem
{
public:
    HighlighterItem();

    static constexpr qreal Opacity = 0.6;
    static constexpr qreal WidthFactor = 4.0; // the marker is this many times the line width

    QString typeName() const override { return QStringLiteral("highlighter"); }
    qreal strokeWidth() const override { return lineWidth() * WidthFactor; }

protected:
    void paintItem(QPainter *painter) const override;
};

} // namespace tierdesk
