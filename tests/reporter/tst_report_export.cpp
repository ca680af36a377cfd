// The reporter's screenshots go through AnnotationExporter and PngEncoder, whose speed-ups (rows written into
// the image's own memory, marks painted into the burnt base instead of a second 4K image) must not change a
// single pixel: exportTo() writes what flatten() shows, and every PNG decodes to the pixels it was made of.
#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationexporter.h"
#include "capture/annotate/pngencoder.h"
#include "capture/annotate/sampledocument.h"
#include "capture/annotate/tools/pixelate/pixelateitem.h"

#include <QColorSpace>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierdesk;

namespace {

QImage noisy(const QSize &size, QImage::Format format, bool transparent)
{
    QImage image(size, QImage::Format_ARGB32);
    QRandomGenerator random(size.width() * 31 + size.height());
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            // Flat runs and noise, so that rows take both filters.
            const bool flat = (x / 9 + y / 4) % 3 == 0;
            const quint32 value = flat ? 0xff336699u : random.generate();
            image.setPixel(x, y, transparent ? value : (value | 0xff000000u));
        }
    return image.convertToFormat(format);
}

// Largest difference of any channel between two images of one size; -1 when the sizes differ.
int largestDifference(const QImage &a, const QImage &b, const QRegion &ignore = QRegion())
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    int largest = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int column = 0; column < x.width(); ++column) {
            if (ignore.contains(QPoint(column, row)))
                continue;
            const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
            largest = std::max({largest, qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)),
                                qAbs(qBlue(p) - qBlue(q)), qAbs(qAlpha(p) - qAlpha(q))});
        }
    return largest;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void pngRoundTrip_data();
    void pngRoundTrip();
    void rowsOfARegionWithAStripBelow();
    void otherColourSpacesBecomeSrgb();
    void exportIsWhatFlattenShows_data();
    void exportIsWhatFlattenShows();
};

void TestReportExport::pngRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("transparent");
    for (QImage::Format format :
         {QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied,
          QImage::Format_RGB888, QImage::Format_RGBA8888, QImage::Format_Grayscale8}) {
        for (const QSize &size : {QSize(1, 1), QSize(7, 3), QSize(333, 77)}) {
            const bool transparent = format == QImage::Format_ARGB32 || format == QImage::Format_RGBA8888;
            QTest::addRow("format %d, %dx%d", int(format), size.width(), size.height())
                << int(format) << size << transparent;
        }
    }
}

void TestReportExport::pngRoundTrip()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    QFETCH(bool, transparent);
    const QImage image = noisy(size, QImage::Format(format), transparent);
    const QByteArray png = PngEncoder::encode(image);
    const QList<QByteArray> chunks = PngEncoder::chunkTypes(png);
    QVERIFY(!chunks.isEmpty());
    for (const QByteArray &chunk : chunks)
        QVERIFY2(chunk == "IHDR" || chunk == "IDAT" || chunk == "IEND", chunk.constData());
    const QImage back = QImage::fromData(png);
    QCOMPARE(largestDifference(back, image), 0);
    // Handed over whole (the image's own memory holds the rows), the very same bytes.
    QImage moved = image.copy();
    QCOMPARE(PngEncoder::encode(std::move(moved)), png);
    QVERIFY(moved.isNull());
}

void TestReportExport::rowsOfARegionWithAStripBelow()
{
    const QImage image = noisy(QSize(120, 90), QImage::Format_RGB32, false);
    QImage strip(50, 7, QImage::Format_RGB32);
    strip.fill(QColor(10, 200, 30));
    const QRect region(33, 20, 50, 41);
    QImage expected(50, 48, QImage::Format_RGB32);
    {
        QPainter painter(&expected);
        painter.drawImage(QPoint(0, 0), image, region);
        painter.drawImage(QPoint(0, 41), strip);
    }
    const QImage fromCopy =
        QImage::fromData(PngEncoder::deflate(PngEncoder::filterRows(image, region, strip)));
    QCOMPARE(largestDifference(fromCopy, expected), 0);
    QImage consumed = image.copy();
    const QImage inPlace =
        QImage::fromData(PngEncoder::deflate(PngEncoder::filterRows(std::move(consumed), region, strip)));
    QCOMPARE(largestDifference(inPlace, expected), 0);
    // A shared image is never written to: the caller's other copy keeps its pixels.
    QImage shared = image;
    QImage handedOver = shared;
    PngEncoder::encode(std::move(handedOver));
    QCOMPARE(shared, image);
}

void TestReportExport::otherColourSpacesBecomeSrgb()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    image.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
    const QImage back = QImage::fromData(PngEncoder::encode(image));
    const QImage expected = image.convertedToColorSpace(QColorSpace(QColorSpace::SRgb));
    QCOMPARE(largestDifference(back, expected), 0);
    QVERIFY(back.pixelColor(1, 1) != QColor(200, 30, 30)); // converted, not relabelled
}

void TestReportExport::exportIsWhatFlattenShows_data()
{
    QTest::addColumn<bool>("crop");
    QTest::addColumn<bool>("caption");
    QTest::newRow("whole") << false << false;
    QTest::newRow("whole with caption") << false << true;
    QTest::newRow("cropped") << true << false;
    QTest::newRow("cropped with caption") << true << true;
}

void TestReportExport::exportIsWhatFlattenShows()
{
    QFETCH(bool, crop);
    QFETCH(bool, caption);
    QTemporaryDir dir;
    const auto document = SampleDocument::create(QSize(960, 540), 20);
    if (crop)
        document->crop(QRect(37, 21, 483, 275));
    AnnotationExporter::Options options;
    options.stampCaptureTime = caption;
    options.caption = caption ? QStringLiteral("after clicking Export") : QString();
    const auto result = AnnotationExporter::exportTo(*document, dir.filePath("shot.png"), options);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QImage written(result.imagePath);
    const QImage shown = AnnotationExporter::flatten(*document, options);
    // Pixelation adds fresh noise on every run (so that it cannot be undone): those areas are left out.
    QRegion random;
    for (const AnnotationItem *item : document->items())
        if (const auto *pixelate = dynamic_cast<const PixelateItem *>(item))
            random += pixelate->pixelRect().translated(-document->cropRect().topLeft());
    // Antialiased edges may round one step differently where a mark meets the crop.
    const int difference = largestDifference(written, shown, random);
    QVERIFY2(difference >= 0 && difference <= 1, qPrintable(QString::number(difference)));
    QString error;
    QFile json(result.documentPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const auto sealed = AnnotationDocument::fromJsonBytes(json.readAll(), &error);
    QVERIFY2(sealed, qPrintable(error));
    QCOMPARE(sealed->baseImage().size(), document->cropRect().size());
}

QTEST_MAIN(TestReportExport)
#include "tst_report_export.moc"
