// AnnotationExporter, read back from disk: redaction leaves one flat colour whatever was beneath (in the
// PNG and in the sealed JSON), pixelation keeps no original pixel and no detail finer than its blocks, the
// PNG holds no chunk besides IHDR/IDAT/IEND (walked here byte by byte, CRCs checked), an existing path is
// never modified, crop and caption, and the 4K sample document used by the benchmark.
#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationexporter.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/sampledocument.h"
#include "capture/annotate/tools/arrow/arrowitem.h"
#include "capture/annotate/tools/highlighter/highlighteritem.h"
#include "capture/annotate/tools/pixelate/pixelatefilter.h"
#include "capture/annotate/tools/pixelate/pixelateitem.h"
#include "capture/annotate/tools/redact/redactitem.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace tierdesk;

namespace {
QImage noise(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    return image;
}

QImage textOn(const QImage &background)
{
    QImage image = background;
    QPainter painter(&image);
    QFont font;
    font.setPixelSize(14);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int y = 14; y < image.height(); y += 16)
        painter.drawText(2, y, QStringLiteral("password: hunter2 IBAN PL61 1090 1014 0000 0712 1981 2874"));
    return image;
}

QImage white(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

// PNG chunks, walked without the code under test; each CRC is checked.
quint32 crc32(const char *data, qsizetype size)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ quint8(data[i])) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QList<QByteArray> walkChunks(const QByteArray &png)
{
    QList<QByteArray> types;
    if (!png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return {"<no signature>"};
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (pos + 12 + qsizetype(length) > png.size())
            return types << "<truncated>";
        const quint32 stored = qFromBigEndian<quint32>(png.constData() + pos + 8 + length);
        if (crc32(png.constData() + pos + 4, 4 + length) != stored)
            return types << "<bad crc>";
        types.append(png.mid(pos + 4, 4));
        pos += 12 + length;
    }
    if (pos != png.size())
        types.append("<trailing bytes>"); // what aCropalypse left behind
    return types;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage readPng(const QString &path)
{
    QImage image(path, "png");
    return image.convertToFormat(QImage::Format_RGB32);
}

bool isFlat(const QImage &image, const QRect &area, QRgb *colour = nullptr)
{
    const QRgb first = image.pixel(area.topLeft());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    if (colour)
        *colour = first;
    return true;
}

std::unique_ptr<AnnotationDocument> loadSealed(const QString &path)
{
    QString error;
    auto document = AnnotationDocument::fromJsonBytes(readAll(path), &error);
    if (!document)
        qWarning() << "sealed document does not load:" << error;
    return document;
}

template<class Item> Item *boxItem(const QPointF &a, const QPointF &b)
{
    auto *item = new Item;
    item->setPoints({a, b});
    return item;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactionLeavesOneFlatColour_data()
    {
        QTest::addColumn<QImage>("base");
        QTest::newRow("noise") << noise(240, 160, 1);
        QTest::newRow("text on noise") << textOn(noise(240, 160, 2));
        QTest::newRow("text on white") << textOn(white(240, 160));
    }
    void redactionLeavesOneFlatColour()
    {
        QFETCH(QImage, base);
        QTemporaryDir dir;
        AnnotationDocument document(base);
        auto *arrow = new ArrowItem; // a mark drawn before the redaction, away from it
        arrow->setPoints({QPointF(180, 150), QPointF(230, 120)});
        document.addItem(arrow);
        auto *redaction = boxItem<RedactItem>(QPointF(40.3, 30.7), QPointF(160.6, 90.2));
        redaction->setColor(QColor(0, 0, 0, 10)); // a see-through colour is still filled opaque
        document.addItem(redaction);
        const QRect area = redaction->pixelRect();
        QCOMPARE(area, QRect(QPoint(40, 30), QPoint(160, 90))); // every touched pixel

        const QString path = dir.filePath("shot.png");
        const auto result = AnnotationExporter::exportTo(document, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage png = readPng(path);
        QCOMPARE(png.size(), base.size());
        QRgb colour = 0;
        QVERIFY(isFlat(png, area, &colour));
        QCOMPARE(colour, qRgb(0, 0, 0));
        QCOMPARE(png.pixel(10, 10), base.pixel(10, 10)); // the rest of the screenshot is still there

        // The sealed document shared with the PNG has the same hole in its base image.
        const auto sealed = loadSealed(result.documentPath);
        QVERIFY(sealed);
        const QImage sealedBase = sealed->baseImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(isFlat(sealedBase, area, &colour));
        QCOMPARE(colour, qRgb(0, 0, 0));
    }

    void marksStayAboveRedaction()
    {
        AnnotationDocument document(white(100, 100));
        auto *arrow = new ArrowItem;
        arrow->setColor(QColor(255, 0, 0));
        arrow->setLineWidth(6);
        arrow->setPoints({QPointF(10, 50), QPointF(90, 50)});
        document.addItem(arrow);
        document.addItem(boxItem<RedactItem>(QPointF(30, 30), QPointF(70, 70))); // drawn after the arrow
        QVERIFY(arrow->zValue() > document.items().last()->zValue());            // on screen too
        const QImage flat = AnnotationExporter::flatten(document).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(flat.pixel(50, 50), qRgb(255, 0, 0)); // the arrow over the box
        QCOMPARE(flat.pixel(50, 35), qRgb(0, 0, 0));   // the box around it
    }

    void pixelateDestroysTheOriginal()
    {
        QTemporaryDir dir;
        const QImage base = textOn(noise(300, 200, 3));
        AnnotationDocument document(base);
        auto *pixelate = boxItem<PixelateItem>(QPointF(20, 20), QPointF(260, 170));
        pixelate->setLineWidth(4);
        document.addItem(pixelate);
        const QRect area = pixelate->pixelRect();
        const int block = pixelate->blockSize();
        QCOMPARE(block, PixelateFilter::MinimumBlockSize);

        const auto result = AnnotationExporter::exportTo(document, dir.filePath("shot.png"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage png = readPng(result.imagePath);

        // No structure finer than a block: every block (counted from the area's corner) is one colour.
        for (int y = area.top(); y <= area.bottom(); y += block) {
            for (int x = area.left(); x <= area.right(); x += block) {
                const QRect cell = QRect(x, y, block, block).intersected(area);
                QVERIFY2(isFlat(png, cell), qPrintable(QStringLiteral("block at %1,%2").arg(x).arg(y)));
            }
        }
        // The original pixels are gone: at most chance coincidences (each is 1 in 16.7 million here).
        int same = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                same += png.pixel(x, y) == base.pixel(x, y);
        }
        QVERIFY2(same <= area.width() * area.height() / 1000, qPrintable(QString::number(same)));
        // Colours are quantised to a few levels per channel.
        for (int y = area.top(); y <= area.bottom(); y += block) {
            for (int x = area.left(); x <= area.right(); x += block) {
                const QRgb c = png.pixel(x, y);
                for (int channel : {qRed(c), qGreen(c), qBlue(c)})
                    QVERIFY(channel % PixelateFilter::QuantisationStep == 0 || channel == 255);
            }
        }
        // Outside the box nothing changed.
        QCOMPARE(png.pixel(5, 5), base.pixel(5, 5));
        QCOMPARE(png.pixel(290, 190), base.pixel(290, 190));
        // The sealed document holds the pixelated pixels, not the original ones.
        const auto sealed = loadSealed(result.documentPath);
        QVERIFY(sealed);
        const QImage sealedBase = sealed->baseImage().convertToFormat(QImage::Format_RGB32);
        for (int y = area.top(); y <= area.bottom(); y += 7)
            QVERIFY(isFlat(sealedBase, QRect(area.left(), y, 1, 1)));
        QVERIFY(sealedBase.pixel(area.topLeft() + QPoint(1, 1)) != base.pixel(area.topLeft() + QPoint(1, 1)));
    }

    void pixelateBlocksDependOnTheirNeighbours()
    {
        // Plain pixelation gives each block its own mean; here a block also carries its neighbours, so the
        // pixels under one block cannot be matched on their own (Depix). A black 5×5-block area, once with
        // the 8 blocks around the centre white: the centre's own pixels are black both times.
        const int block = PixelateFilter::MinimumBlockSize;
        const QRect area(0, 0, block * 5, block * 5);
        QImage black(area.size(), QImage::Format_RGB32);
        black.fill(Qt::black);
        QImage ring = black;
        {
            QPainter painter(&ring);
            painter.fillRect(QRect(block, block, 3 * block, 3 * block), Qt::white);
            painter.fillRect(QRect(2 * block, 2 * block, block, block), Qt::black);
        }
        const QImage plain = PixelateFilter::pixelate(black, area, block);
        const QImage mixed = PixelateFilter::pixelate(ring, area, block);
        const QPoint centre(2 * block + 1, 2 * block + 1);
        // Two 3×3 blurs give the centre about 126 per channel with the ring and 0 without; noise (±20) and
        // quantising (to 32) can move each by at most 36, so more than 50 apart every time.
        QVERIFY2(
            qGray(mixed.pixel(centre)) - qGray(plain.pixel(centre)) > 50,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(qGray(mixed.pixel(centre))).arg(qGray(plain.pixel(centre)))));
    }

    void pixelateNeverRepeatsItself()
    {
        // Fresh noise from the system source each time: the same pixels never give the same blocks twice.
        const QImage base = textOn(noise(120, 120, 4));
        const QRect area(0, 0, 120, 120);
        QCOMPARE(PixelateFilter::pixelate(base, area, 12).size(), QSize(120, 120));
        QVERIFY(PixelateFilter::pixelate(base, area, 12) != PixelateFilter::pixelate(base, area, 12));
    }

    void pngHasNoMetadataChunks()
    {
        QTemporaryDir dir;
        QImage base = noise(200, 100, 5);
        base.setText(QStringLiteral("Author"), QStringLiteral("Secret Person"));
        base.setText(QStringLiteral("Comment"), QStringLiteral("hostname=secret-box"));
        base.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        base.setDotsPerMeterX(5000);
        base.setDotsPerMeterY(5000);
        AnnotationDocument document(base);
        auto *text = new TextItem;
        text->setPoints({QPointF(10, 10)});
        text->setText(QStringLiteral("look here"));
        document.addItem(text);
        AnnotationExporter::Options options;
        options.caption = QStringLiteral("Secret caption is burnt in as pixels, not stored as text");
        const auto result = AnnotationExporter::exportTo(document, dir.filePath("shot.png"), options);
        QVERIFY2(result.ok, qPrintable(result.error));

        const QByteArray png = readAll(result.imagePath);
        QList<QByteArray> types = walkChunks(png);
        QVERIFY(!types.isEmpty());
        QCOMPARE(types.first(), QByteArray("IHDR"));
        QCOMPARE(types.last(), QByteArray("IEND"));
        types.removeAll("IDAT");
        QCOMPARE(types, (QList<QByteArray>{"IHDR", "IEND"})); // no tEXt, iCCP, pHYs, sRGB, gAMA, tIME, eXIf
        QVERIFY(!png.contains("Secret"));
        QVERIFY(!png.contains("hostname"));
        QVERIFY(!QImage(result.imagePath).isNull());

        // The PNG embedded in the sealed JSON is just as clean.
        const QJsonObject json = QJsonDocument::fromJson(readAll(result.documentPath)).object();
        const QByteArray embedded =
            QByteArray::fromBase64(json.value("image").toObject().value("png").toString().toLatin1());
        QList<QByteArray> embeddedTypes = walkChunks(embedded);
        embeddedTypes.removeAll("IDAT");
        QCOMPARE(embeddedTypes, (QList<QByteArray>{"IHDR", "IEND"}));
        QVERIFY(!embedded.contains("Secret"));
    }

    void existingPathIsNeverModified()
    {
        QTemporaryDir dir;
        AnnotationDocument document(noise(64, 64, 6));
        document.addItem(boxItem<RedactItem>(QPointF(0, 0), QPointF(63, 63)));
        const QString path = dir.filePath("shot.png");
        const QByteArray original =
            QByteArray("an older, longer screenshot that must survive byte for byte ") +
            QByteArray(100000, 'x');
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        const auto result = AnnotationExporter::exportTo(document, path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("already exists")), qPrintable(result.error));
        QCOMPARE(readAll(path), original);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"shot.png"});

        // When only the document's name is taken, the image is not written either.
        const QString other = dir.filePath("other.png");
        QFile taken(AnnotationExporter::documentPathFor(other));
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("{}");
        taken.close();
        QVERIFY(!AnnotationExporter::exportTo(document, other).ok);
        QVERIFY(!QFileInfo::exists(other));
        QCOMPARE(readAll(AnnotationExporter::documentPathFor(other)), QByteArray("{}"));

#ifdef Q_OS_UNIX
        // A dangling symbolic link is a taken name too: following it could write anywhere.
        const QString link = dir.filePath("link.png");
        QVERIFY(QFile::link(dir.filePath("nowhere/target.png"), link));
        QVERIFY(!AnnotationExporter::exportTo(document, link).ok);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFileInfo::exists(dir.filePath("nowhere")));
#endif
    }

    void newFilesAreWrittenWithoutLeftovers()
    {
        QTemporaryDir dir;
        AnnotationDocument document(noise(80, 60, 7));
        const auto result = AnnotationExporter::exportTo(document, dir.filePath("a.png"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.documentPath, dir.filePath("a.annotation.json"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{"a.annotation.json", "a.png"}));
        AnnotationExporter::Options noDocument;
        noDocument.writeDocument = false;
        const auto second = AnnotationExporter::exportTo(document, dir.filePath("b.png"), noDocument);
        QVERIFY(second.ok);
        QVERIFY(second.documentPath.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
        QCOMPARE(readPng(second.imagePath), document.baseImage().convertToFormat(QImage::Format_RGB32));
    }

    void cropAppliesToImageAndSealedDocument()
    {
        QTemporaryDir dir;
        const QImage base = noise(200, 150, 8);
        AnnotationDocument document(base);
        auto *inside = new ArrowItem;
        inside->setPoints({QPointF(60, 60), QPointF(100, 80)});
        document.addItem(inside);
        auto *outside = new TextItem; // says something the crop removes
        outside->setText(QStringLiteral("customer's private note"));
        outside->setPoints({QPointF(150, 130)});
        document.addItem(outside);
        document.addItem(boxItem<RedactItem>(QPointF(50, 40), QPointF(70, 50)));
        document.crop(QRect(40, 30, 100, 80));

        const auto result = AnnotationExporter::exportTo(document, dir.filePath("crop.png"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage png = readPng(result.imagePath);
        QCOMPARE(png.size(), QSize(100, 80));
        QCOMPARE(png.pixel(95, 75), base.pixel(135, 105));
        QVERIFY(isFlat(png, QRect(10, 10, 20, 10))); // the redaction, moved with the crop

        const auto sealed = loadSealed(result.documentPath);
        QVERIFY(sealed);
        QCOMPARE(sealed->baseImage().size(), QSize(100, 80));
        QCOMPARE(sealed->cropRect(), QRect(0, 0, 100, 80));
        QCOMPARE(sealed->items().size(), 2); // the text outside the crop is not shared
        QCOMPARE(sealed->items().first()->points(), (QPolygonF{QPointF(20, 30), QPointF(60, 50)}));
        QVERIFY(!readAll(result.documentPath).contains("private note"));
        // Opened again, the sealed document flattens to the same picture.
        QCOMPARE(AnnotationExporter::flatten(*sealed).convertToFormat(QImage::Format_RGB32).size(),
                 png.size());
    }

    void captionStripWithCaptureTime()
    {
        AnnotationDocument document(white(400, 120));
        document.setCaptureTime(QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12), Qt::OffsetFromUTC, 3600));
        AnnotationExporter::Options options;
        options.stampCaptureTime = true;
        options.caption = QStringLiteral("after clicking Print");
        QCOMPARE(AnnotationExporter::captionText(document, options),
                 QStringLiteral("Captured 2026-11-23 14:05:12 UTC+1 — after clicking Print"));
        const QImage flat =
            AnnotationExporter::flatten(document, options).convertToFormat(QImage::Format_RGB32);
        QVERIFY(flat.height() > 120);
        QCOMPARE(flat.width(), 400);
        QVERIFY(isFlat(flat, QRect(0, 0, 400, 120)));                    // the screenshot, untouched
        QVERIFY(!isFlat(flat, QRect(0, 120, 400, flat.height() - 120))); // the strip holds text

        QCOMPARE(AnnotationExporter::formatCaptureTime(
                     QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 5 * 3600 + 1800)),
                 QStringLiteral("2026-01-02 03:04:05 UTC+5:30"));
        QCOMPARE(AnnotationExporter::formatCaptureTime(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
                 QStringLiteral("2026-01-02 03:04:05 UTC"));
        options = {};
        QVERIFY(AnnotationExporter::captionText(document, options).isEmpty());
        QCOMPARE(AnnotationExporter::flatten(document, options).height(), 120); // no strip unless asked
    }

    void highlighterMultiplies()
    {
        QImage base = white(100, 60);
        {
            QPainter painter(&base);
            painter.fillRect(QRect(0, 30, 100, 30), Qt::black);
        }
        AnnotationDocument document(base);
        auto *marker = new HighlighterItem;
        marker->setColor(QColor(255, 220, 0));
        marker->setLineWidth(10); // 40 px wide
        marker->setPoints({QPointF(10, 30), QPointF(90, 30)});
        document.addItem(marker);
        const QImage flat = AnnotationExporter::flatten(document).convertToFormat(QImage::Format_RGB32);
        const QRgb onWhite = flat.pixel(50, 20);
        QCOMPARE(qRed(onWhite), 255);
        QVERIFY(qBlue(onWhite) < 200); // white turns yellow...
        QVERIFY(qGreen(onWhite) > qBlue(onWhite));
        QCOMPARE(flat.pixel(50, 40), qRgb(0, 0, 0)); // ...black text stays black
    }

    void sampleDocumentExports4k()
    {
        // What `tierdesk-bench capture` times (export_4k_ms); here only that it works.
        QTemporaryDir dir;
        const auto document = SampleDocument::create();
        QCOMPARE(document->baseImage().size(), QSize(3840, 2160));
        QCOMPARE(document->items().size(), 20);
        const auto result = AnnotationExporter::exportTo(*document, dir.filePath("4k.png"),
                                                         SampleDocument::benchmarkOptions());
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage png(result.imagePath);
        QCOMPARE(png.width(), 3840);
        QVERIFY(png.height() > 2160); // with the caption strip
        const auto sealed = loadSealed(result.documentPath);
        QVERIFY(sealed);
        QCOMPARE(sealed->items().size(), 20);
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
