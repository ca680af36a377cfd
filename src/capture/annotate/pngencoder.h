#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>

namespace tierdesk {

// PNG without metadata. encode() writes the PNG itself: IHDR, the IDAT chunks and IEND, nothing else — no
// pHYs, tEXt (a grabber may have put a host name or a window title into QImage::text()), iCCP or time, since
// none is ever written. A colour space other than sRGB is converted to sRGB first (what a PNG without colour
// chunks is taken to be). 8-bit RGB, or RGBA when the image has an alpha channel; each row filtered with
// None or Up (see pngencoder.cpp), deflated by zlib through qCompress. stripMetadata() keeps only the
// chunks a decoder needs for the pixels (IHDR, PLTE, tRNS, IDAT, IEND) of a PNG written by anyone else.
class PngEncoder
{
public:
    static QByteArray encode(const QImage &image);
    // The same PNG; an RGB image not shared with anyone is used as the working memory (and left null).
    static QByteArray encode(QImage &&image);

    // encode() in two halves, for a caller that goes on changing the image while the slower half, deflating,
    // runs on another thread: filterRows() reads the pixels of `rect` (the whole image when empty) and then
    // the rows of `below` (as wide as rect; e.g. a caption strip), as if stacked into one image without
    // making it; deflate() needs nothing but its result. encode(image) == deflate(filterRows(image)).
    struct Rows
    {
        QByteArray filtered; // a filter byte, then the row, for every row
        QImage storage;      // the memory filtered lies in, when it was written into an image's own pixels
        int width = 0;
        int height = 0;
        bool alpha = false;
    };
    static Rows filterRows(const QImage &image, const QRect &rect = QRect(), const QImage &below = QImage());
    // The same rows, written into the image's own memory when it is RGB and not shared (the image is used
    // up: do not read it afterwards).
    static Rows filterRows(QImage &&image, const QRect &rect = QRect(), const QImage &below = QImage());
    static QByteArray deflate(const Rows &rows);

    // The chunk types of a PNG in file order; empty when the bytes are not a well-formed PNG.
    static QList<QByteArray> chunkTypes(const QByteArray &png);
    // The PNG with only the essential chunks; empty when the bytes are not a well-formed PNG.
    static QByteArray stripMetadata(const QByteArray &png);
};

} // namespace tierdesk
