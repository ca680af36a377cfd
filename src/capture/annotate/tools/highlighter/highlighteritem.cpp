#include "capture/annotate/tools/highlighter/highlighteritem.h"

#include <QPainter>

namespace tierdesk {

HighlighterItem::HighlighterItem() = default;

void HighlighterItem::paintItem(QPainter *painter) const
{
    painter->save();
    painter->setCompositionMode(QPainter::CompositionMode_Multiply);
    painter->setOpacity(painter->opacity() * Opacity);
    // The stroke is one path drawn once, so it does not darken where it crosses itself.
    PenItem::paintItem(painter);
    painter->restore();
}

} // namespace tierdesk
