#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QString>
#include <memory>

class QPainter;
class QTransform;

namespace tierdesk {

class AnnotationDocument;

// What AnnotationExporter adds to the image and writes besides it.
struct AnnotationExportOptions
{
    // Burn a strip under the image: "Captured 2026-11-23 14:05:12 UTC+1 — caption".
    bool stampCaptureTime = false;
    QString caption; // also burnt into the strip when not empty
    bool writeDocument = true;
};

// What AnnotationExporter::exportTo() did.
struct AnnotationExportResult
{
    bool ok = false;
    QString error; // translated, for the user
    QString imagePath;
    QString documentPath; // empty when no document was written
};

// Turns a document into files to share: a flattened PNG and, next to it, the sealed document JSON
// ("shot.png" and "shot.annotation.json") that anyone can open to add marks.
//
// - Pixels items act first, on a copy of the base image's own pixels: redaction fills every pixel it
//   touches with an opaque colour, pixelation replaces its area (see PixelateFilter). Marks are painted
//   after, the crop is applied, then the optional caption strip is added below.
// - The PNG holds no metadata (PngEncoder) and is written as a new file only (NewFileWriter): an existing
//   path is refused, never overwritten or truncated.
// - The JSON is sealed: its base image is the burnt, cropped one, items are moved to the cropped
//   coordinates and items wholly outside the crop are left out, so it reveals nothing the PNG hides.
class AnnotationExporter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationExporter)

public:
    using Options = AnnotationExportOptions;
    using Result = AnnotationExportResult;

    // The base image with every pixels item burnt in (full size, not cropped).
    static QImage burnedBase(const AnnotationDocument &document);
    // The image the PNG will hold.
    static QImage flatten(const AnnotationDocument &document, const Options &options = {});
    // The strip text, or empty when the options ask for no strip.
    static QString captionText(const AnnotationDocument &document, const Options &options);
    static QImage withCaptionStrip(const QImage &image, const QString &text);
    static int captionStripHeight(int width, const QString &text);
    static void paintCaptionStrip(QPainter &painter, const QRect &strip, const QString &text);
    // "2026-11-23 14:05:12 UTC+1" in the time's own offset.
    static QString formatCaptureTime(const QDateTime &time);
    // The sealed document JSON (see the class comment).
    static QByteArray sealedDocumentJson(const AnnotationDocument &document, const QImage &burnedBase);
    // "dir/shot.png" → "dir/shot.annotation.json".
    static QString documentPathFor(const QString &imagePath);

    // Writes imagePath (and its document JSON) as new files. Nothing is written when either exists.
    static Result exportTo(const AnnotationDocument &document, const QString &imagePath,
                           const Options &options = {});

private:
    static QJsonArray sealedItems(const AnnotationDocument &document);
    static QByteArray sealedJson(const AnnotationDocument &document, const QByteArray &png,
                                 const QSize &size);
    static QImage flattenFrom(const QImage &burnedBase, const AnnotationDocument &document,
                              const Options &options);
    // Paints the marks items (not the pixels items) with toImage mapping scene to image coordinates.
    static void paintMarks(QPainter &painter, const AnnotationDocument &document, const QTransform &toImage);
};

} // namespace tierdesk
