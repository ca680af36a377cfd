// AnnotationDocument: one undo step per edit and exact undo/redo of each (add, delete, move with merging,
// resize, recolour, width, text, crop), step markers renumbering, the JSON round trip, and rejection of
// broken or hostile JSON with a clear error.
#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/pngencoder.h"
#include "capture/annotate/tools/arrow/arrowitem.h"
#include "capture/annotate/tools/pen/penitem.h"
#include "capture/annotate/tools/rectangle/rectangleitem.h"
#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace tierdesk;

namespace {
QImage noisyImage(int width, int height, quint32 seed = 7)
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

RectangleItem *rectangle(const QPointF &a, const QPointF &b)
{
    auto *item = new RectangleItem;
    item->setPoints({a, b});
    return item;
}

StepMarkerItem *marker(const QPointF &at)
{
    auto *item = new StepMarkerItem;
    item->setPoints({at});
    return item;
}

QList<int> numbers(const AnnotationDocument &document)
{
    QList<int> result;
    for (AnnotationItem *item : document.items()) {
        if (auto *m = dynamic_cast<StepMarkerItem *>(item))
            result.append(m->number());
    }
    return result;
}

QByteArray validJson()
{
    AnnotationDocument document(noisyImage(8, 6));
    document.addItem(rectangle(QPointF(1, 1), QPointF(5, 4)));
    return document.toJsonBytes();
}

// validJson() with one part of it replaced.
QByteArray withChange(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject object = QJsonDocument::fromJson(validJson()).object();
    change(object);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withItem(const QJsonObject &item)
{
    return withChange([&](QJsonObject &o) { o.insert(QStringLiteral("items"), QJsonArray{item}); });
}

QJsonObject rectangleJson()
{
    return QJsonObject{{"type", "rectangle"},
                       {"color", "#ffff0000"},
                       {"width", 3},
                       {"points", QJsonArray{QJsonArray{1, 1}, QJsonArray{5, 4}}}};
}

// Counts live instances, to prove every item is deleted exactly once.
class CountedRectangle : public RectangleItem
{
public:
    static inline int alive = 0;
    CountedRectangle(const QPointF &a, const QPointF &b)
    {
        ++alive;
        setPoints({a, b});
    }
    ~CountedRectangle() override { --alive; }
};

QJsonObject patched(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}
} // namespace

class TestAnnotationDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndDeleteUndoRedo()
    {
        AnnotationDocument document(noisyImage(200, 100));
        auto *a = rectangle(QPointF(10, 10), QPointF(50, 50));
        auto *b = rectangle(QPointF(60, 10), QPointF(90, 50));
        auto *c = rectangle(QPointF(100, 10), QPointF(150, 50));
        document.addItem(a);
        document.addItem(b);
        document.addItem(c);
        QUndoStack *undo = document.undoStack();
        QCOMPARE(undo->count(), 3);
        QCOMPARE(document.items(), (QList<AnnotationItem *>{a, b, c}));

        document.removeItems({c, a});
        QCOMPARE(undo->count(), 4);
        QCOMPARE(document.items(), QList<AnnotationItem *>{b});
        QVERIFY(!a->scene());
        undo->undo(); // both come back at their old places
        QCOMPARE(document.items(), (QList<AnnotationItem *>{a, b, c}));
        QCOMPARE(a->scene(), document.scene());
        undo->redo();
        QCOMPARE(document.items(), QList<AnnotationItem *>{b});
        undo->undo();
        undo->undo(); // the third add
        QCOMPARE(document.items(), (QList<AnnotationItem *>{a, b}));
        undo->redo();
        QCOMPARE(document.items(), (QList<AnnotationItem *>{a, b, c}));
        // Stacking follows the list: later items are drawn above earlier ones.
        QVERIFY(a->zValue() < b->zValue() && b->zValue() < c->zValue());
    }

    void movesMerge()
    {
        AnnotationDocument document(noisyImage(200, 100));
        auto *a = rectangle(QPointF(10, 10), QPointF(50, 50));
        auto *b = rectangle(QPointF(60, 10), QPointF(90, 50));
        document.addItem(a);
        document.addItem(b);
        QUndoStack *undo = document.undoStack();

        document.moveItems({a, b}, QPointF(5, 0));
        document.moveItems({a, b}, QPointF(0, 7));
        a->setPos(a->pos() + QPointF(10, 10)); // a live drag of both...
        b->setPos(b->pos() + QPointF(10, 10));
        document.recordMove({a, b}, {QPointF(5, 7), QPointF(5, 7)}); // ...recorded on release
        QCOMPARE(undo->count(), 3);                                  // two adds and one merged move
        QCOMPARE(a->points().first(), QPointF(25, 27));

        document.moveItems({a}, QPointF(1, 1)); // other items: a new step
        QCOMPARE(undo->count(), 4);
        undo->undo();
        QCOMPARE(a->points().first(), QPointF(25, 27));
        undo->undo(); // every merged move at once
        QCOMPARE(a->points().first(), QPointF(10, 10));
        QCOMPARE(b->points().first(), QPointF(60, 10));
        undo->redo();
        QCOMPARE(b->points().first(), QPointF(75, 27));

        // Moves that end where they began leave no step behind.
        document.moveItems({b}, QPointF(3, 0));
        document.moveItems({b}, QPointF(-3, 0));
        QCOMPARE(undo->count(), 3);
        QCOMPARE(b->points().first(), QPointF(75, 27));
    }

    void resizeRecolourWidthUndoRedo()
    {
        AnnotationDocument document(noisyImage(200, 100));
        auto *arrow = new ArrowItem;
        arrow->setPoints({QPointF(10, 10), QPointF(100, 50)});
        arrow->setColor(Qt::red);
        arrow->setLineWidth(4);
        document.addItem(arrow);
        auto *box = rectangle(QPointF(20, 20), QPointF(40, 40));
        document.addItem(box);
        QUndoStack *undo = document.undoStack();

        document.setItemPoints(arrow, {QPointF(10, 10), QPointF(150, 90)});
        QCOMPARE(arrow->points().last(), QPointF(150, 90));
        undo->undo();
        QCOMPARE(arrow->points().last(), QPointF(100, 50));
        undo->redo();
        QCOMPARE(arrow->points().last(), QPointF(150, 90));

        box->setPoints({QPointF(20, 20), QPointF(80, 70)}); // a live handle drag, recorded on release
        document.recordResize(box, {QPointF(20, 20), QPointF(40, 40)});
        undo->undo();
        QCOMPARE(box->points(), (QPolygonF{QPointF(20, 20), QPointF(40, 40)}));
        undo->redo();
        QCOMPARE(box->points(), (QPolygonF{QPointF(20, 20), QPointF(80, 70)}));

        const QColor boxColor = box->color();
        document.setItemsColor({arrow, box}, Qt::blue);
        QCOMPARE(arrow->color(), QColor(Qt::blue));
        QCOMPARE(box->color(), QColor(Qt::blue));
        undo->undo();
        QCOMPARE(arrow->color(), QColor(Qt::red));
        QCOMPARE(box->color(), boxColor);
        undo->redo();
        QCOMPARE(arrow->color(), QColor(Qt::blue));

        const int before = undo->count();
        document.setItemsLineWidth({arrow}, 6);
        document.setItemsLineWidth({arrow}, 7);
        document.setItemsLineWidth({arrow}, 8); // stepping the width box: one step
        QCOMPARE(undo->count(), before + 1);
        QCOMPARE(arrow->lineWidth(), 8.0);
        undo->undo();
        QCOMPARE(arrow->lineWidth(), 4.0);
        undo->redo();
        QCOMPARE(arrow->lineWidth(), 8.0);
        document.setItemsLineWidth({arrow}, 1e9); // clamped, never absurd
        QCOMPARE(arrow->lineWidth(), AnnotationItem::MaximumLineWidth);
    }

    void editTextUndoRedo()
    {
        AnnotationDocument document(noisyImage(200, 100));
        auto *text = new TextItem;
        text->setPoints({QPointF(10, 10)});
        text->setText(QStringLiteral("first"));
        document.addItem(text);
        const QRectF firstBox = text->sceneBox();
        document.setItemText(text, QStringLiteral("a much longer second text"));
        QCOMPARE(text->text(), QStringLiteral("a much longer second text"));
        QVERIFY(text->sceneBox().width() > firstBox.width());
        document.undoStack()->undo();
        QCOMPARE(text->text(), QStringLiteral("first"));
        QCOMPARE(text->sceneBox(), firstBox);
        document.undoStack()->redo();
        QCOMPARE(text->text(), QStringLiteral("a much longer second text"));
    }

    void cropUndoRedo()
    {
        AnnotationDocument document(noisyImage(200, 100));
        QSignalSpy spy(&document, &AnnotationDocument::cropRectChanged);
        document.crop(QRect(-10, 20, 100, 200)); // clipped to the image
        QCOMPARE(document.cropRect(), QRect(0, 20, 90, 80));
        QCOMPARE(document.scene()->sceneRect(), QRectF(0, 20, 90, 80));
        document.undoStack()->undo();
        QCOMPARE(document.cropRect(), QRect(0, 0, 200, 100));
        document.undoStack()->redo();
        QCOMPARE(document.cropRect(), QRect(0, 20, 90, 80));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(document.baseImage().size(), QSize(200, 100)); // the pixels stay for undo
    }

    void stepMarkersRenumber()
    {
        AnnotationDocument document(noisyImage(300, 100));
        auto *one = marker(QPointF(20, 20));
        auto *two = marker(QPointF(60, 20));
        auto *three = marker(QPointF(100, 20));
        document.addItem(one);
        document.addItem(rectangle(QPointF(0, 0), QPointF(10, 10))); // other items do not count
        document.addItem(two);
        document.addItem(three);
        QCOMPARE(numbers(document), (QList<int>{1, 2, 3}));

        document.removeItems({two});
        QCOMPARE(numbers(document), (QList<int>{1, 2}));
        QCOMPARE(three->number(), 2);
        document.undoStack()->undo();
        QCOMPARE(numbers(document), (QList<int>{1, 2, 3}));
        QCOMPARE(two->number(), 2);
        QCOMPARE(three->number(), 3);
        document.undoStack()->redo();
        QCOMPARE(three->number(), 2);

        document.removeItems({one});
        QCOMPARE(three->number(), 1);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(one->number(), 1);
        QCOMPARE(two->number(), 2);
        QCOMPARE(three->number(), 3);
    }

    void jsonRoundTrip()
    {
        const QImage image = noisyImage(64, 48);
        AnnotationDocument document(image);
        document.setCaptureTime(
            QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12, 345), Qt::OffsetFromUTC, 3600));
        document.setCaption(QStringLiteral("Printer says: paper jam — żółć"));
        document.addItem(rectangle(QPointF(1.25, 2.5), QPointF(30, 40)));
        document.addItem(marker(QPointF(10, 10)));
        auto *pen = new PenItem;
        pen->setPoints({QPointF(1, 1), QPointF(2, 3), QPointF(5, 8)});
        pen->setColor(QColor(10, 20, 30, 40));
        document.addItem(pen);
        document.addItem(marker(QPointF(20, 10)));
        document.moveItems({pen}, QPointF(3, 4));
        document.crop(QRect(2, 3, 50, 40));

        QString error;
        const auto copy = AnnotationDocument::fromJsonBytes(document.toJsonBytes(), &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->baseImage(), document.baseImage());
        QCOMPARE(copy->cropRect(), QRect(2, 3, 50, 40));
        QCOMPARE(copy->caption(), document.caption());
        QCOMPARE(copy->captureTime(), document.captureTime());
        QCOMPARE(copy->captureTime().offsetFromUtc(), 3600);
        QCOMPARE(copy->items().size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(copy->items().at(i)->toJson(), document.items().at(i)->toJson());
        QCOMPARE(copy->items().at(2)->points().first(), QPointF(4, 5)); // the move is in the points
        QCOMPARE(numbers(*copy), (QList<int>{1, 2}));
        QCOMPARE(copy->undoStack()->count(), 0); // a loaded document starts a fresh history
        // The embedded PNG carries no metadata either.
        const QJsonObject json = document.toJson();
        const QByteArray png =
            QByteArray::fromBase64(json.value("image").toObject().value("png").toString().toLatin1());
        QList<QByteArray> types = PngEncoder::chunkTypes(png);
        types.erase(std::unique(types.begin(), types.end()), types.end()); // IDAT may come in several chunks
        QCOMPARE(types, (QList<QByteArray>{"IHDR", "IDAT", "IEND"}));
    }

    void numbersInJsonAreNotTrusted()
    {
        QJsonObject first{{"type", "step"},
                          {"color", "#ffff0000"},
                          {"width", 4},
                          {"number", 7},
                          {"points", QJsonArray{QJsonArray{2, 2}}}};
        QJsonObject second = first;
        second.insert("number", 1);
        const QByteArray json = withChange([&](QJsonObject &o) {
            o.insert(QStringLiteral("items"), QJsonArray{first, second});
        });
        QString error;
        const auto document = AnnotationDocument::fromJsonBytes(json, &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(numbers(*document), (QList<int>{1, 2}));
    }

    void rejectsHostileJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "JSON object";
        QTest::newRow("empty object") << QByteArray("{}") << "\"format\" is missing";
        QTest::newRow("other format")
            << withChange([](QJsonObject &o) { o["format"] = "flameshot"; }) << "format";
        QTest::newRow("newer version") << withChange([](QJsonObject &o) { o["version"] = 99; }) << "newer";
        QTest::newRow("version as text")
            << withChange([](QJsonObject &o) { o["version"] = "1"; }) << "version";
        QTest::newRow("no image") << withChange([](QJsonObject &o) { o.remove("image"); })
                                  << "\"image\" is missing";
        QTest::newRow("image as text") << withChange([](QJsonObject &o) { o["image"] = "x.png"; }) << "image";
        QTest::newRow("width as text") << withChange([](QJsonObject &o) {
            QJsonObject i = o["image"].toObject();
            i["width"] = "8";
            o["image"] = i;
        }) << "\"width\"";
        QTest::newRow("huge image claimed") << withChange([](QJsonObject &o) {
            QJsonObject i = o["image"].toObject();
            i["width"] = 30000;
            i["height"] = 30000;
            o["image"] = i;
        }) << "larger than";
        QTest::newRow("absurd width") << withChange([](QJsonObject &o) {
            QJsonObject i = o["image"].toObject();
            i["width"] = 1e300;
            o["image"] = i;
        }) << "\"width\"";
        QTest::newRow("size mismatch") << withChange([](QJsonObject &o) {
            QJsonObject i = o["image"].toObject();
            i["width"] = 9;
            o["image"] = i;
        }) << "8×6";
        QTest::newRow("png not base64") << withChange([](QJsonObject &o) {
            QJsonObject i = o["image"].toObject();
            i["png"] = "!!! not base64 !!!";
            o["image"] = i;
        }) << "base64";
        QTest::newRow("png garbage") << withChange([](QJsonObject &o) {
            QJsonObject i = o["image"].toObject();
            i["png"] = QString::fromLatin1(QByteArray("GIF89a-definitely-not-png").toBase64());
            o["image"] = i;
        }) << "not a PNG";
        QTest::newRow("crop outside") << withChange([](QJsonObject &o) {
            o["crop"] = QJsonObject{{"x", 4}, {"y", 0}, {"width", 8}, {"height", 6}};
        }) << "crop";
        QTest::newRow("bad time") << withChange([](QJsonObject &o) { o["capturedAt"] = "yesterday"; })
                                  << "capturedAt";
        QTest::newRow("caption as number")
            << withChange([](QJsonObject &o) { o["caption"] = 5; }) << "caption";
        QTest::newRow("items as object")
            << withChange([](QJsonObject &o) { o["items"] = QJsonObject(); }) << "items";
        QTest::newRow("item as number")
            << withChange([](QJsonObject &o) { o["items"] = QJsonArray{5}; }) << "item 1";
        QTest::newRow("unknown type")
            << withItem(patched(rectangleJson(), "type", "trojan")) << "unknown type \"trojan\"";
        QTest::newRow("type as number") << withItem(patched(rectangleJson(), "type", 3)) << "\"type\"";
        QTest::newRow("no type") << withItem([] {
            QJsonObject o = rectangleJson();
            o.remove("type");
            return o;
        }()) << "\"type\" is missing";
        QTest::newRow("width as text") << withItem(patched(rectangleJson(), "width", "3")) << "\"width\"";
        QTest::newRow("width huge") << withItem(patched(rectangleJson(), "width", 1e308)) << "\"width\"";
        QTest::newRow("width negative") << withItem(patched(rectangleJson(), "width", -4)) << "\"width\"";
        QTest::newRow("colour name") << withItem(patched(rectangleJson(), "color", "red")) << "\"color\"";
        QTest::newRow("colour number")
            << withItem(patched(rectangleJson(), "color", 16711680)) << "\"color\"";
        QTest::newRow("points as text")
            << withItem(patched(rectangleJson(), "points", "1,1,5,4")) << "\"points\"";
        QTest::newRow("three points for a box")
            << withItem(patched(rectangleJson(), "points",
                                QJsonArray{QJsonArray{1, 1}, QJsonArray{2, 2}, QJsonArray{3, 3}}))
            << "\"points\"";
        QTest::newRow("point of three numbers")
            << withItem(patched(rectangleJson(), "points", QJsonArray{QJsonArray{1, 1, 1}, QJsonArray{2, 2}}))
            << "\"points\"";
        QTest::newRow("point with text")
            << withItem(patched(rectangleJson(), "points", QJsonArray{QJsonArray{"1", 1}, QJsonArray{2, 2}}))
            << "\"points\"";
        QTest::newRow("far away point")
            << withItem(
                   patched(rectangleJson(), "points", QJsonArray{QJsonArray{1e300, 1}, QJsonArray{2, 2}}))
            << "far outside";
        QTest::newRow("nested points")
            << withItem(patched(rectangleJson(), "points",
                                QJsonArray{QJsonArray{QJsonArray{1, 1}, 1}, QJsonArray{2, 2}}))
            << "\"points\"";
        QJsonObject text{
            {"type", "text"}, {"color", "#ff000000"}, {"width", 4}, {"points", QJsonArray{QJsonArray{1, 1}}}};
        QTest::newRow("text as number") << withItem(patched(text, "text", 42)) << "\"text\"";
        QTest::newRow("text too long")
            << withItem(patched(text, "text", QString(TextItem::MaximumLength + 1, 'a'))) << "longer than";
        QTest::newRow("background as bool")
            << withItem(patched(patched(text, "text", "hi"), "background", true)) << "\"background\"";
        QJsonObject step{
            {"type", "step"}, {"color", "#ff000000"}, {"width", 4}, {"points", QJsonArray{QJsonArray{1, 1}}}};
        QTest::newRow("step number as text") << withItem(patched(step, "number", "2")) << "\"number\"";
        QJsonArray tooMany;
        for (int i = 0; i <= AnnotationDocument::MaximumItems; ++i)
            tooMany.append(step);
        QTest::newRow("too many items")
            << withChange([&](QJsonObject &o) { o["items"] = tooMany; }) << "more than";
        QJsonArray manyPoints;
        for (int i = 0; i <= PenItem::MaximumPoints; ++i)
            manyPoints.append(QJsonArray{1, 1});
        QJsonObject pen{{"type", "pen"}, {"color", "#ff000000"}, {"width", 4}, {"points", manyPoints}};
        QTest::newRow("too many points") << withItem(pen) << "\"points\"";
    }
    void rejectsHostileJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        const auto document = AnnotationDocument::fromJsonBytes(json, &error);
        QVERIFY(!document);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void acceptsTheValidBaseline()
    {
        // The hostile cases above are one change away from this document, which loads.
        QString error;
        const auto document = AnnotationDocument::fromJsonBytes(validJson(), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->items().size(), 1);
        QVERIFY(AnnotationDocument::fromJsonBytes(withItem(rectangleJson()), &error));
    }

    void destructionWithUndoHistoryFreesEveryItemOnce()
    {
        // Items live in the scene or in the command that took them out; each is deleted exactly once.
        auto document = std::make_unique<AnnotationDocument>(noisyImage(50, 50));
        auto *a = new CountedRectangle(QPointF(1, 1), QPointF(9, 9));
        auto *b = new CountedRectangle(QPointF(11, 1), QPointF(19, 9));
        auto *c = new CountedRectangle(QPointF(21, 1), QPointF(29, 9));
        document->addItem(a);
        document->addItem(b);
        document->addItem(c);
        a->setSelected(true);
        document->removeItems({b, a}); // a done delete owns b and a
        document->undoStack()->undo();
        document->undoStack()->redo();
        document->addItem(new CountedRectangle(QPointF(31, 1), QPointF(39, 9)));
        document->undoStack()->undo(); // an undone add owns its item
        QCOMPARE(CountedRectangle::alive, 4);
        document->addItem(new CountedRectangle(QPointF(41, 1), QPointF(49, 9))); // drops the undone add
        QCOMPARE(CountedRectangle::alive, 4);
        document.reset();
        QCOMPARE(CountedRectangle::alive, 0);
    }
};

QTEST_MAIN(TestAnnotationDocument)
#include "tst_annotationdocument.moc"
