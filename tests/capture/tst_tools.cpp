// Each annotation tool driven through its API with simulated press/move/release on a real scene: the item
// it makes (geometry, colour, width, text, number), the JSON round trip of every item type, Shift
// constraints, hit testing by shape, and the select and crop tools.
#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/annotationtool.h"
#include "capture/annotate/selectionoverlay.h"
#include "capture/annotate/toolregistry.h"
#include "capture/annotate/tools/arrow/arrowitem.h"
#include "capture/annotate/tools/highlighter/highlighteritem.h"
#include "capture/annotate/tools/line/lineitem.h"
#include "capture/annotate/tools/pen/penitem.h"
#include "capture/annotate/tools/pixelate/pixelatefilter.h"
#include "capture/annotate/tools/pixelate/pixelateitem.h"
#include "capture/annotate/tools/rectangle/rectangleitem.h"
#include "capture/annotate/tools/redact/redactitem.h"
#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"
#include "capture/annotate/tools/text/textitem.h"
#include "capture/annotate/tools/text/texttool.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUndoStack>
#include <QtMath>

using namespace tierdesk;

namespace {
QImage base()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(200, 210, 220));
    return image;
}

struct Fixture
{
    AnnotationDocument document{base()};
    ToolContext context;
    Fixture()
    {
        context.document = &document;
        context.style.color = QColor(0x1e, 0x6f, 0xd9);
        context.style.lineWidth = 5;
    }
};

std::unique_ptr<AnnotationTool> tool(const QString &id)
{
    auto t = ToolRegistry::instance().createTool(id);
    if (!t)
        qFatal("no tool %s", qPrintable(id));
    return t;
}

void drag(AnnotationTool &t, ToolContext &context, const QPointF &from, const QPointF &to,
          Qt::KeyboardModifiers modifiers = {}, int steps = 5)
{
    t.press(context, from, modifiers);
    for (int i = 1; i <= steps; ++i)
        t.move(context, from + (to - from) * i / steps, modifiers);
    t.release(context, to, modifiers);
}

AnnotationItem *roundTrip(const AnnotationItem *item, const QRectF &bounds)
{
    AnnotationItem *copy = ToolRegistry::instance().createItem(item->typeName());
    if (!copy)
        return nullptr;
    QString error;
    if (!copy->fromJson(item->toJson(), bounds, &error)) {
        qWarning() << "round trip failed:" << error;
        delete copy;
        return nullptr;
    }
    return copy;
}

void compareItems(const AnnotationItem *a, const AnnotationItem *b)
{
    QCOMPARE(b->typeName(), a->typeName());
    QCOMPARE(b->points(), a->points());
    QCOMPARE(b->color(), a->color());
    QCOMPARE(b->lineWidth(), a->lineWidth());
    QCOMPARE(b->toJson(), a->toJson());
}
} // namespace

class TestTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dragToolsMakeTheirItem_data()
    {
        QTest::addColumn<QString>("toolId");
        QTest::addColumn<QString>("itemType");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<qreal>("width");
        const QColor blue(0x1e, 0x6f, 0xd9);
        QTest::newRow("arrow") << "arrow"
                               << "arrow" << blue << 5.0;
        QTest::newRow("line") << "line"
                              << "line" << blue << 5.0;
        QTest::newRow("rectangle") << "rectangle"
                                   << "rectangle" << blue << 5.0;
        QTest::newRow("ellipse") << "ellipse"
                                 << "ellipse" << blue << 5.0;
        // Redaction ignores the style: black, and its width means nothing.
        QTest::newRow("redact is black") << "redact"
                                         << "redact" << QColor(Qt::black) << 4.0;
        QTest::newRow("pixelate") << "pixelate"
                                  << "pixelate" << blue << 5.0;
    }
    void dragToolsMakeTheirItem()
    {
        QFETCH(QString, toolId);
        QFETCH(QString, itemType);
        QFETCH(QColor, color);
        QFETCH(qreal, width);
        Fixture f;
        auto t = tool(toolId);
        drag(*t, f.context, QPointF(50.5, 40), QPointF(150, 120.25));
        QCOMPARE(f.document.items().size(), 1);
        AnnotationItem *item = f.document.items().first();
        QCOMPARE(item->typeName(), itemType);
        QCOMPARE(item->points(), (QPolygonF{QPointF(50.5, 40), QPointF(150, 120.25)}));
        QCOMPARE(item->color(), color);
        QCOMPARE(item->lineWidth(), width);
        QCOMPARE(item->scene(), f.document.scene());
        QCOMPARE(f.document.undoStack()->count(), 1); // one undo step, however many moves

        std::unique_ptr<AnnotationItem> copy(roundTrip(item, f.document.pointBounds()));
        QVERIFY(copy);
        compareItems(item, copy.get());
    }

    void clickWithoutDragMakesNothing()
    {
        Fixture f;
        for (const QString id : {"arrow", "line", "rectangle", "ellipse", "redact", "pixelate", "crop"}) {
            auto t = tool(id);
            drag(*t, f.context, QPointF(100, 100), QPointF(100.5, 100.5));
        }
        QVERIFY(f.document.items().isEmpty());
        QCOMPARE(f.document.undoStack()->count(), 0);
        QCOMPARE(f.document.cropRect(), f.document.imageRect());
        // The previews are gone from the scene too: only the base image and the selection overlay remain.
        QCOMPARE(f.document.scene()->items().size(), 2);
    }

    void cancelLeavesNothing()
    {
        Fixture f;
        auto t = tool(QStringLiteral("rectangle"));
        t->press(f.context, QPointF(10, 10), {});
        t->move(f.context, QPointF(90, 90), {});
        QCOMPARE(f.document.scene()->items().size(), 3); // the preview is visible while dragging
        t->cancel(f.context);
        t->release(f.context, QPointF(90, 90), {});
        QVERIFY(f.document.items().isEmpty());
        QCOMPARE(f.document.scene()->items().size(), 2);
    }

    void shiftConstrains()
    {
        Fixture f;
        auto rectangle = tool(QStringLiteral("rectangle"));
        drag(*rectangle, f.context, QPointF(10, 10), QPointF(110, 50), Qt::ShiftModifier);
        const QRectF square = f.document.items().last()->points().boundingRect();
        QCOMPARE(square.width(), 100.0);
        QCOMPARE(square.height(), 100.0);

        auto line = tool(QStringLiteral("line"));
        drag(*line, f.context, QPointF(200, 200), QPointF(300, 215), Qt::ShiftModifier);
        const QPolygonF p = f.document.items().last()->points();
        QVERIFY(qAbs(p.at(1).y() - 200) < 1e-9); // 8.5° snaps to horizontal

        auto arrow = tool(QStringLiteral("arrow"));
        drag(*arrow, f.context, QPointF(100, 100), QPointF(180, 170), Qt::ShiftModifier);
        const QLineF diagonal(f.document.items().last()->points().at(0),
                              f.document.items().last()->points().at(1));
        QCOMPARE(qRound(diagonal.angle()), 315); // 41° below the horizontal snaps to 45°
    }

    void arrowHeadPointsAtTheEnd()
    {
        Fixture f;
        auto t = tool(QStringLiteral("arrow"));
        drag(*t, f.context, QPointF(20, 150), QPointF(220, 150));
        auto *arrow = dynamic_cast<ArrowItem *>(f.document.items().first());
        QVERIFY(arrow);
        QCOMPARE(arrow->head().first(), QPointF(220, 150));
        for (const QPointF &p : arrow->head())
            QVERIFY(p.x() <= 220 && p.x() >= 190);
    }

    void penRecordsTheStroke()
    {
        Fixture f;
        auto t = tool(QStringLiteral("pen"));
        t->press(f.context, QPointF(10, 10), {});
        for (int i = 1; i <= 30; ++i)
            t->move(f.context, QPointF(10 + i * 5, 10 + 20 * qSin(i / 3.0)), {});
        t->move(f.context, QPointF(160.2, 10 + 20 * qSin(10.0)), {}); // closer than a pixel: skipped
        t->release(f.context, QPointF(160.2, 10 + 20 * qSin(10.0)), {});
        QCOMPARE(f.document.items().size(), 1);
        auto *pen = dynamic_cast<PenItem *>(f.document.items().first());
        QVERIFY(pen);
        QCOMPARE(pen->typeName(), QStringLiteral("pen"));
        QCOMPARE(pen->points().size(), 31);
        QCOMPARE(pen->points().first(), QPointF(10, 10));
        QCOMPARE(pen->points().last(), QPointF(160, 10 + 20 * qSin(10.0)));
        QCOMPARE(pen->strokeWidth(), 5.0);
        std::unique_ptr<AnnotationItem> copy(roundTrip(pen, f.document.pointBounds()));
        QVERIFY(copy);
        compareItems(pen, copy.get());
    }

    void penDotIsAnItem()
    {
        Fixture f;
        auto t = tool(QStringLiteral("pen"));
        t->press(f.context, QPointF(40, 40), {});
        t->release(f.context, QPointF(40, 40), {});
        QCOMPARE(f.document.items().size(), 1);
        QVERIFY(f.document.scene()->annotationItemAt(QPointF(41, 40)));
    }

    void highlighterIsWideAndStraightWithShift()
    {
        Fixture f;
        auto t = tool(QStringLiteral("highlighter"));
        t->press(f.context, QPointF(20, 60), {});
        t->move(f.context, QPointF(60, 64), Qt::ShiftModifier);
        t->move(f.context, QPointF(180, 66), Qt::ShiftModifier);
        t->release(f.context, QPointF(180, 66), Qt::ShiftModifier);
        auto *marker = dynamic_cast<HighlighterItem *>(f.document.items().first());
        QVERIFY(marker);
        QCOMPARE(marker->points(), (QPolygonF{QPointF(20, 60), QPointF(180, 66)}));
        QCOMPARE(marker->strokeWidth(), 5.0 * HighlighterItem::WidthFactor);
        std::unique_ptr<AnnotationItem> copy(roundTrip(marker, f.document.pointBounds()));
        QVERIFY(copy);
        compareItems(marker, copy.get());
    }

    void textToolAsksForEditingAndItemRoundTrips()
    {
        Fixture f;
        QPointF askedAt;
        TextItem *askedItem = reinterpret_cast<TextItem *>(1);
        f.context.editText = [&](const QPointF &pos, TextItem *item) {
            askedAt = pos;
            askedItem = item;
        };
        auto t = tool(QStringLiteral("text"));
        t->press(f.context, QPointF(30, 40), {});
        QCOMPARE(askedAt, QPointF(30, 40));
        QCOMPARE(askedItem, nullptr);

        TextItem *text =
            TextTool::createItem(f.context.style, QPointF(30, 40), QStringLiteral("Error 0x80070005\nhere"));
        f.document.addItem(text);
        QCOMPARE(text->points(), QPolygonF{QPointF(30, 40)});
        QCOMPARE(text->font().pixelSize(), 28);      // 8 + 4 × 5
        QVERIFY(text->sceneBox().height() > 2 * 28); // two lines
        QCOMPARE(text->background(), TextItem::defaultBackgroundFor(f.context.style.color));

        // A click on an existing text edits that text.
        t->press(f.context, text->sceneBox().center(), {});
        QCOMPARE(askedItem, text);

        std::unique_ptr<AnnotationItem> copy(roundTrip(text, f.document.pointBounds()));
        QVERIFY(copy);
        compareItems(text, copy.get());
        auto *copyText = static_cast<TextItem *>(copy.get());
        QCOMPARE(copyText->text(), QStringLiteral("Error 0x80070005\nhere"));
        QCOMPARE(copyText->background(), text->background());
        QCOMPARE(copyText->sceneBox(), text->sceneBox());

        text->setBackground(QColor()); // no box survives the trip as no box
        std::unique_ptr<AnnotationItem> plain(roundTrip(text, f.document.pointBounds()));
        QVERIFY(!static_cast<TextItem *>(plain.get())->background().isValid());
    }

    void stepMarkersCountThemselves()
    {
        Fixture f;
        auto t = tool(QStringLiteral("step"));
        for (int i = 0; i < 3; ++i) {
            t->press(f.context, QPointF(50 + 60 * i, 50), {});
            t->release(f.context, QPointF(50 + 60 * i, 50), {});
        }
        QCOMPARE(f.document.items().size(), 3);
        for (int i = 0; i < 3; ++i) {
            auto *marker = dynamic_cast<StepMarkerItem *>(f.document.items().at(i));
            QVERIFY(marker);
            QCOMPARE(marker->number(), i + 1);
            QCOMPARE(marker->points(), QPolygonF{QPointF(50 + 60 * i, 50)});
            QCOMPARE(marker->radius(), 20.0); // 10 + 2 × 5
        }
        std::unique_ptr<AnnotationItem> copy(roundTrip(f.document.items().at(2), f.document.pointBounds()));
        QVERIFY(copy);
        QCOMPARE(copy->toJson().value(QStringLiteral("number")).toInt(), 1); // alone, a marker is number 1
        QCOMPARE(copy->points(), f.document.items().at(2)->points());
    }

    void everyItemTypeIsCoveredHere()
    {
        // Adding a tool with an item means adding it to the tests above.
        const QSet<QString> tested{"arrow",    "line", "rectangle",   "ellipse", "redact",
                                   "pixelate", "pen",  "highlighter", "text",    "step"};
        const QStringList types = ToolRegistry::instance().itemTypes();
        QCOMPARE(QSet<QString>(types.begin(), types.end()), tested);
        QCOMPARE(ToolRegistry::instance().toolIds(),
                 (QStringList{"select", "arrow", "line", "rectangle", "ellipse", "pen", "highlighter", "text",
                              "step", "redact", "pixelate", "crop"}));
        QVERIFY(!ToolRegistry::instance().createItem(QStringLiteral("nonsense")));
    }

    void shortcutsAreUniqueAndAsDocumented()
    {
        QHash<QString, QString> expected{{"select", "S"},      {"arrow", "A"},    {"line", "L"},
                                         {"rectangle", "R"},   {"ellipse", "E"},  {"pen", "P"},
                                         {"highlighter", "H"}, {"text", "T"},     {"step", "N"},
                                         {"redact", "X"},      {"pixelate", "B"}, {"crop", "C"}};
        QSet<QString> seen;
        for (const auto &t : ToolRegistry::instance().createTools()) {
            QVERIFY(!t->shortcuts().isEmpty());
            QCOMPARE(t->shortcuts().first().toString(), expected.value(t->id()));
            for (const QKeySequence &key : t->shortcuts()) {
                QVERIFY2(!seen.contains(key.toString()), qPrintable(key.toString()));
                seen.insert(key.toString());
            }
            QVERIFY(!t->label().isEmpty());
        }
        QVERIFY(seen.contains(QStringLiteral("V")));
        // The pixelate tool says it is weaker than redaction.
        QVERIFY(tool(QStringLiteral("pixelate"))->toolTip().contains(QStringLiteral("Weaker than Redact")));
    }

    void hitTestingUsesTheShape()
    {
        Fixture f;
        auto *line = new LineItem;
        line->setLineWidth(1);
        line->setPoints({QPointF(20, 20), QPointF(220, 20)});
        f.document.addItem(line);
        auto *rectangle = new RectangleItem;
        rectangle->setLineWidth(2);
        rectangle->setPoints({QPointF(100, 100), QPointF(300, 250)});
        f.document.addItem(rectangle);
        auto *redaction = new RedactItem;
        redaction->setPoints({QPointF(10, 200), QPointF(60, 260)});
        f.document.addItem(redaction);
        AnnotationScene *scene = f.document.scene();

        QCOMPARE(scene->annotationItemAt(QPointF(120, 23)), line);       // a 1 px line is picked 3 px away
        QCOMPARE(scene->annotationItemAt(QPointF(120, 30)), nullptr);    // but not 10 px away
        QCOMPARE(scene->annotationItemAt(QPointF(300, 180)), rectangle); // on the outline
        QCOMPARE(scene->annotationItemAt(QPointF(200, 175)), nullptr);   // inside an outline: not the item
        QCOMPARE(scene->annotationItemAt(QPointF(35, 230)), redaction);  // a filled box: anywhere inside
        QCOMPARE(scene->annotationItemsIn(QRectF(0, 0, 400, 60)), QList<AnnotationItem *>{line});
    }

    void selectToolSelectsMovesAndResizes()
    {
        Fixture f;
        auto *rectangle = new RectangleItem;
        rectangle->setPoints({QPointF(100, 100), QPointF(200, 160)});
        f.document.addItem(rectangle);
        auto *arrow = new ArrowItem;
        arrow->setPoints({QPointF(20, 250), QPointF(120, 250)});
        f.document.addItem(arrow);
        auto select = tool(QStringLiteral("select"));

        // Click on the outline selects; a drag from there moves, one undo step.
        drag(*select, f.context, QPointF(100, 130), QPointF(130, 150));
        QVERIFY(rectangle->isSelected());
        QCOMPARE(rectangle->points(), (QPolygonF{QPointF(130, 120), QPointF(230, 180)}));
        QCOMPARE(f.document.undoStack()->count(), 3);
        f.document.undoStack()->undo();
        QCOMPARE(rectangle->points(), (QPolygonF{QPointF(100, 100), QPointF(200, 160)}));
        f.document.undoStack()->redo();

        // The overlay offers handles for the selected item; dragging the bottom-right one resizes it.
        SelectionOverlay *overlay = f.document.scene()->selectionOverlay();
        QCOMPARE(overlay->handleOwner(), rectangle);
        QCOMPARE(overlay->handlePositions().size(), int(SelectionOverlay::BoxHandleCount));
        QCOMPARE(overlay->handleAt(QPointF(231, 181)), int(SelectionOverlay::BottomRight));
        drag(*select, f.context, QPointF(231, 181), QPointF(281, 201));
        QCOMPARE(rectangle->points(), (QPolygonF{QPointF(130, 120), QPointF(280, 200)}));
        QCOMPARE(f.document.undoStack()->count(), 4); // add, add, move, resize
        f.document.undoStack()->undo();
        QCOMPARE(rectangle->points(), (QPolygonF{QPointF(130, 120), QPointF(230, 180)}));

        // Arrows resize by their ends.
        drag(*select, f.context, QPointF(60, 250), QPointF(60, 250)); // click selects the arrow only
        QVERIFY(arrow->isSelected());
        QVERIFY(!rectangle->isSelected());
        QCOMPARE(overlay->handlePositions(), (QList<QPointF>{QPointF(20, 250), QPointF(120, 250)}));
        drag(*select, f.context, QPointF(120, 250), QPointF(150, 280));
        QCOMPARE(arrow->points(), (QPolygonF{QPointF(20, 250), QPointF(150, 280)}));

        // Rubber band over empty space selects what it meets; a click on nothing clears.
        drag(*select, f.context, QPointF(5, 5), QPointF(390, 290));
        QCOMPARE(f.document.scene()->selectedAnnotationItems(), (QList<AnnotationItem *>{rectangle, arrow}));
        drag(*select, f.context, QPointF(380, 20), QPointF(380, 20));
        QVERIFY(f.document.scene()->selectedAnnotationItems().isEmpty());
    }

    void boxResizeScalesAllPoints()
    {
        const QPolygonF stroke{QPointF(0, 0), QPointF(50, 100), QPointF(100, 50)};
        const QPolygonF resized = SelectionOverlay::resizedPoints(AnnotationItem::Handles::Box, stroke,
                                                                  SelectionOverlay::Right, QPointF(200, 7));
        QCOMPARE(resized, (QPolygonF{QPointF(0, 0), QPointF(100, 100), QPointF(200, 50)}));
        const QPolygonF flat{QPointF(0, 10), QPointF(100, 10)};
        QCOMPARE(SelectionOverlay::resizedPoints(AnnotationItem::Handles::Box, flat, SelectionOverlay::Top,
                                                 QPointF(50, 30)),
                 (QPolygonF{QPointF(0, 30), QPointF(100, 30)}));
    }

    void cropToolCropsToTheDrag()
    {
        Fixture f;
        auto crop = tool(QStringLiteral("crop"));
        drag(*crop, f.context, QPointF(20.4, 30.6), QPointF(220.2, 130.5));
        QCOMPARE(f.document.cropRect(), QRect(QPoint(20, 30), QPoint(220, 130)));
        QCOMPARE(f.document.scene()->sceneRect(), QRectF(f.document.cropRect()));
        // A second crop stays inside the first.
        drag(*crop, f.context, QPointF(0, 0), QPointF(100, 100));
        QCOMPARE(f.document.cropRect(), QRect(QPoint(20, 30), QPoint(99, 99)));
        f.document.undoStack()->undo();
        f.document.undoStack()->undo();
        QCOMPARE(f.document.cropRect(), f.document.imageRect());
    }

    void pixelateBlockSizeHasAFloor()
    {
        QCOMPARE(PixelateFilter::blockSizeFor(1), PixelateFilter::MinimumBlockSize);
        QCOMPARE(PixelateFilter::blockSizeFor(8), 24);
        PixelateItem item;
        item.setLineWidth(0.5);
        QVERIFY(item.blockSize() >= PixelateFilter::MinimumBlockSize);
    }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
