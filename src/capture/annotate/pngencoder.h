#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace tierdesk {

// PNG without metadata. QImageWriter adds chunks of its own: pHYs from the image's dots per metre, tEXt for
// every QImage::text() entry, iCCP when the image has a colour space (and a grabber may well have put a
// host name or a window title into text()). encode() converts to sRGB (what a PNG without colour chunks is
// taken to be), writes with Qt and then keeps only the chunks a decoder needs for the pixels: IHDR, PLTE,
// tRNS, IDAT and IEND, each copied byte for byte with its CRC.
class PngEncoder
{
public:
    static QByteArray encode(const QImage &image);

    // The chunk types of a PNG in file order; empty when the bytes are not a well-formed PNG.
    static QList<QByteArray> chunkTypes(const QByteArray &png);
    // The PNG with only the essential chunks; empty when the bytes are not a well-formed PNG.
    static QByteArray stripMetadata(const QByteArray &png);
};

} // namespace tierdesk
