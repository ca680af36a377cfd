#include "capture/annotate/pngencoder.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageWriter>
#include <QtEndian>
#include <functional>

namespace tierdesk {

namespace {
const QByteArray Signature("\x89PNG\r\n\x1a\n", 8);

bool isEssential(const QByteArray &type)
{
    return type == "IHDR" || type == "PLTE" || type == "tRNS" || type == "IDAT" || type == "IEND";
}

// Calls visit(type, whole chunk bytes) for each chunk; false when the structure is broken.
bool walkChunks(const QByteArray &png, const std::function<void(const QByteArray &, QByteArrayView)> &visit)
{
    if (!png.startsWith(Signature))
        return false;
    qsizetype pos = Signature.size();
    bool sawEnd = false;
    while (pos < png.size()) {
        if (sawEnd || png.size() - pos < 12)
            return false;
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > quint32(png.size() - pos - 12))
            return false;
        const QByteArray type = png.mid(pos + 4, 4);
        const qsizetype total = 12 + qsizetype(length);
        visit(type, QByteArrayView(png.constData() + pos, total));
        sawEnd = type == "IEND";
        pos += total;
    }
    return sawEnd;
}
} // namespace

QByteArray PngEncoder::encode(const QImage &image)
{
    // Text entries, dots per metre and the colour space are left on the image (changing them would copy
    // every pixel) and their chunks are dropped below; only a colour space other than sRGB needs the
    // pixels converted, since a PNG without colour chunks is read as sRGB.
    QImage converted;
    const QColorSpace space = image.colorSpace();
    if (space.isValid() && space != QColorSpace(QColorSpace::SRgb))
        converted = image.convertedToColorSpace(QColorSpace::SRgb);
    const QImage &pixels = converted.isNull() ? image : converted;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt maps quality to the zlib level as (100 - quality) * 9 / 91: 67 is level 3, which on screenshots
    // is both faster and smaller than libpng's default level 6 (measured on the 4K sample document).
    writer.setQuality(67);
    if (!writer.write(pixels))
        return {};
    return stripMetadata(buffer.data());
}

QList<QByteArray> PngEncoder::chunkTypes(const QByteArray &png)
{
    QList<QByteArray> types;
    if (!walkChunks(png, [&](const QByteArray &type, QByteArrayView) { types.append(type); }))
        return {};
    return types;
}

QByteArray PngEncoder::stripMetadata(const QByteArray &png)
{
    QByteArray result = Signature;
    result.reserve(png.size());
    const bool ok = walkChunks(png, [&](const QByteArray &type, QByteArrayView chunk) {
        if (isEssential(type))
            result.append(chunk.data(), chunk.size());
    });
    return ok ? result : QByteArray();
}

} // namespace tierdesk
