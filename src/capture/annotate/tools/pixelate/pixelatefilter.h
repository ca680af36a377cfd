#pragma once

#include <QImage>
#include <QRect>

namespace tierdesk {

// Pixelation that cannot be read back. Ordinary pixelation keeps each block's mean colour, and Depix-style
// attacks recover text by rendering candidate strings, pixelating them the same way and matching the block
// colours. Here each block's colour is:
//   1. the mean of the block, then
//   2. blurred twice with its 3×3 neighbour blocks (so it depends on a 5×5-block area, not on its own
//      pixels), then
//   3. shifted by noise from the operating system's random source (a new draw every time; no seed is kept
//      anywhere) and
//   4. quantised to a few levels per channel.
// No block's colour follows from the pixels under it alone, and the same pixels never give the same blocks
// twice, so there is nothing to match. It still shows less than a redaction hides: the rough colour of the
// area stays, which is why the tool bar calls it weaker.
class PixelateFilter
{
public:
    static constexpr int MinimumBlockSize = 12;
    static constexpr int NoiseAmplitude = 20;   // ± per channel, before quantising
    static constexpr int QuantisationStep = 32; // levels per channel: 0, 32, ... 255

    static int blockSizeFor(qreal lineWidth);
    // The pixelated pixels of source's area (clipped to the image), one flat colour per block counted from
    // the area's top-left corner.
    static QImage pixelate(const QImage &source, const QRect &area, int blockSize);
    // Replaces the area of image with its pixelation.
    static void apply(QImage &image, const QRect &area, int blockSize);
};

} // namespace tierdesk
