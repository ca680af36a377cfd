#include "capture/annotate/annotationexporter.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/newfilewriter.h"
#include "capture/annotate/pngencoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPainter>
#include <QTextOption>
#include <future>
#include <memory>

Q_LOGGING_CATEGORY(lcExport, "tierdesk.capture.export")

namespace tierdesk {

namespace {
QImage::Format workingFormat(const QImage &image)
{
    return image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
}

QString offsetText(int seconds)
{
    if (seconds == 0)
        return QStringLiteral("UTC");
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(seconds) / 60;
    if (minutes % 60 == 0)
        return QStringLiteral("UTC%1%2").arg(sign).arg(minutes / 60);
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QImage AnnotationExporter::burnedBase(const AnnotationDocument &document)
{
    QImage image = document.baseImage().convertToFormat(workingFormat(document.baseImage()));
    for (const AnnotationItem *item : document.items()) {
        if (item->layer() == AnnotationItem::Layer::Pixels)
            item->burnInto(image);
    }
    return image;
}

QImage AnnotationExporter::flatten(const AnnotationDocument &document, const Options &options)
{
    return flattenFrom(burnedBase(document), document, options);
}

void AnnotationExporter::paintMarks(QPainter &painter, const AnnotationDocument &document,
                                    const QTransform &toImage)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (const AnnotationItem *item : document.items()) {
        if (item->layer() != AnnotationItem::Layer::Marks)
            continue;
        painter.save();
        painter.setTransform(item->sceneTransform() * toImage);
        item->render(&painter);
        painter.restore();
    }
}

QImage AnnotationExporter::flattenFrom(const QImage &burnedBase, const AnnotationDocument &document,
                                       const Options &options)
{
    // One new image of the final size: the cropped pixels, the marks over them, the strip under them.
    const QRect crop = document.cropRect();
    const QString caption = captionText(document, options);
    const int strip = caption.isEmpty() ? 0 : captionStripHeight(crop.width(), caption);
    QImage image;
    if (strip == 0 && crop == burnedBase.rect()) {
        image = burnedBase; // the painter below detaches it
    } else {
        image = QImage(crop.width(), crop.height() + strip, burnedBase.format());
        QPainter copier(&image);
        copier.setCompositionMode(QPainter::CompositionMode_Source);
        copier.drawImage(QPoint(0, 0), burnedBase, crop);
    }
    QPainter painter(&image);
    painter.setClipRect(QRect(QPoint(0, 0), crop.size())); // marks never spill into the strip
    paintMarks(painter, document, QTransform::fromTranslate(-crop.x(), -crop.y()));
    if (strip > 0) {
        painter.setClipping(false);
        painter.resetTransform();
        paintCaptionStrip(painter, QRect(0, crop.height(), crop.width(), strip), caption);
    }
    return image;
}

QString AnnotationExporter::captionText(const AnnotationDocument &document, const Options &options)
{
    const QString caption = options.caption.trimmed().left(AnnotationDocument::MaximumCaptionLength);
    const bool stamp = options.stampCaptureTime && document.captureTime().isValid();
    if (stamp && !caption.isEmpty())
        return tr("Captured %1 — %2").arg(formatCaptureTime(document.captureTime()), caption);
    if (stamp)
        return tr("Captured %1").arg(formatCaptureTime(document.captureTime()));
    return caption;
}

QString AnnotationExporter::formatCaptureTime(const QDateTime &time)
{
    return QStringLiteral("%1 %2").arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                       offsetText(time.offsetFromUtc()));
}

namespace {
struct StripLayout
{
    QFont font;
    int padding = 0;
    int textWidth = 0;
    int textHeight = 0;
};

constexpr int StripFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

StripLayout stripLayout(int width, const QString &text)
{
    StripLayout layout;
    layout.font.setPixelSize(qBound(13, width / 70, 42));
    layout.padding = qMax(6, layout.font.pixelSize() / 2);
    layout.textWidth = qMax(1, width - 2 * layout.padding);
    layout.textHeight = QFontMetrics(layout.font)
                            .boundingRect(QRect(0, 0, layout.textWidth, 100000), StripFlags, text)
                            .height();
    return layout;
}
} // namespace

int AnnotationExporter::captionStripHeight(int width, const QString &text)
{
    const StripLayout layout = stripLayout(width, text);
    return layout.textHeight + 2 * layout.padding;
}

void AnnotationExporter::paintCaptionStrip(QPainter &painter, const QRect &strip, const QString &text)
{
    const StripLayout layout = stripLayout(strip.width(), text);
    painter.fillRect(strip, QColor(0x1f, 0x1f, 0x1f));
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(layout.font);
    painter.setPen(QColor(0xf2, 0xf2, 0xf2));
    painter.drawText(QRect(strip.left() + layout.padding, strip.top() + layout.padding, layout.textWidth,
                           layout.textHeight),
                     StripFlags, text);
}

QImage AnnotationExporter::withCaptionStrip(const QImage &image, const QString &text)
{
    const int strip = captionStripHeight(image.width(), text);
    QImage result(image.width(), image.height() + strip, image.format());
    QPainter painter(&result);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(0, 0, image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    paintCaptionStrip(painter, QRect(0, image.height(), image.width(), strip), text);
    return result;
}

QByteArray AnnotationExporter::sealedDocumentJson(const AnnotationDocument &document,
                                                  const QImage &burnedBase)
{
    const QRect crop = document.cropRect().intersected(burnedBase.rect());
    return sealedJson(document, PngEncoder::deflate(PngEncoder::filterRows(burnedBase, crop)), crop.size());
}

QJsonArray AnnotationExporter::sealedItems(const AnnotationDocument &document)
{
    const QRect crop = document.cropRect();
    const QPointF offset = -QPointF(crop.topLeft());
    const QRectF bounds = document.pointBounds();
    QJsonArray items;
    for (const AnnotationItem *item : document.items()) {
        // A text outside the crop could still say what the crop removed.
        if (!item->sceneBoundingRect().intersects(QRectF(crop)))
            continue;
        std::unique_ptr<AnnotationItem> copy(AnnotationDocument::cloneItem(item, bounds));
        if (!copy)
            continue;
        copy->setPoints(copy->points().translated(offset));
        items.append(copy->toJson());
    }
    return items;
}

QByteArray AnnotationExporter::sealedJson(const AnnotationDocument &document, const QByteArray &png,
                                          const QSize &size)
{
    const QJsonObject json = AnnotationDocument::composeJson(
        png, size, QRect(QPoint(), size), sealedItems(document), document.captureTime(), document.caption());
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString AnnotationExporter::documentPathFor(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".annotation.json"));
}

AnnotationExporter::Result AnnotationExporter::exportTo(const AnnotationDocument &document,
                                                        const QString &imagePath, const Options &options)
{
    Result result;
    result.imagePath = imagePath;
    const QString documentPath = options.writeDocument ? documentPathFor(imagePath) : QString();
    for (const QString &path : {imagePath, documentPath}) {
        if (!path.isEmpty() && (QFileInfo::exists(path) || QFileInfo(path).isSymLink())) {
            result.error =
                tr("%1 already exists; choose a new file name (an existing file is never overwritten).")
                    .arg(QDir::toNativeSeparators(path));
            return result;
        }
    }

    // The same picture as flatten(), made without a second 4K image: the sealed document's base (the burnt
    // base without marks) is read into PNG rows first and deflated on another thread, while the marks are
    // painted into the burnt base itself and the caption strip into a small image of its own; the PNG's rows
    // are then read from both, as if stacked. (A fresh 4K image costs as much as an encoding: its pages are
    // faulted in one by one.)
    QImage base = burnedBase(document);
    const QRect crop = document.cropRect();
    std::future<QByteArray> sealedPng;
    if (options.writeDocument) {
        sealedPng = std::async(std::launch::async, [rows = PngEncoder::filterRows(base, crop)] {
            return PngEncoder::deflate(rows);
        });
    }
    QImage strip;
    const QString caption = captionText(document, options);
    if (!caption.isEmpty()) {
        strip = QImage(crop.width(), captionStripHeight(crop.width(), caption), base.format());
        QPainter painter(&strip);
        paintCaptionStrip(painter, strip.rect(), caption);
    }
    {
        QPainter painter(&base); // detaches only when no pixels item made base a copy already
        painter.setClipRect(crop);
        paintMarks(painter, document, QTransform());
    }
    const QByteArray pngBytes = PngEncoder::deflate(PngEncoder::filterRows(std::move(base), crop, strip));
    const QByteArray json =
        options.writeDocument ? sealedJson(document, sealedPng.get(), crop.size()) : QByteArray();
    if (pngBytes.isEmpty()) {
        result.error = tr("The image could not be encoded as PNG.");
        return result;
    }

    if (!NewFileWriter::write(imagePath, pngBytes, &result.error))
        return result;
    if (options.writeDocument) {
        if (!NewFileWriter::write(documentPath, json, &result.error)) {
            QFile::remove(
                imagePath); // made a moment ago by this call; without its document it is half a save
            return result;
        }
        result.documentPath = documentPath;
    }
    qCDebug(lcExport) << "exported" << imagePath << crop.size() << pngBytes.size() << "bytes";
    result.ok = true;
    return result;
}

} // namespace tierdesk
