#pragma once

#include <QColor>

namespace tierdesk {

// What the tool bar's colour and width choices mean for the next item a tool makes. The width is the line
// width for strokes; tools whose items have no line scale their size with it (text size, marker size,
// pixelation block size), as Flameshot's thickness does.
struct ItemStyle
{
    QColor color = QColor(0xe5, 0x1c, 0x23);
    qreal lineWidth = 4.0;
};

} // namespace tierdesk
