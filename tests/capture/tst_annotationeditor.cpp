// AnnotationEditor driven like a user would: key presses and mouse drags on the real widget under the
// offscreen platform. Draw a rectangle with R, undo, redo, select and delete, step markers, typing a text,
// nudging with merged undo, zoom and pan, copy to the clipboard and saving.
#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationeditor.h"
#include "capture/annotate/annotationitem.h"
#include "capture/annotate/annotationscene.h"
#include "capture/annotate/annotationview.h"
#include "capture/annotate/tools/rectangle/rectangleitem.h"
#include "capture/annotate/tools/stepmarker/stepmarkeritem.h"
#include "capture/annotate/tools/text/textitem.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tierdesk;

namespace {
QImage screenshot()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(230, 230, 235));
    return image;
}

class EditorFixture
{
public:
    EditorFixture()
    {
        editor.resize(900, 700);
        editor.setImage(screenshot(),
                        QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12), Qt::OffsetFromUTC, 3600));
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor) || !QTest::qWaitForWindowActive(&editor))
            qWarning("editor window not active; shortcuts need an active window");
        editor.view()->setZoom(1.0);
        editor.view()->centerOn(200, 150);
        editor.view()->setFocus();
    }

    QPoint at(const QPointF &scenePos) const { return editor.view()->mapFromScene(scenePos); }
    QWidget *viewport() const { return editor.view()->viewport(); }
    AnnotationDocument *document() const { return editor.document(); }

    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(editor.view(), Qt::Key(key), modifiers);
    }
    void drag(const QPointF &from, const QPointF &to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport(), at(from + (to - from) * i / 4));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to));
    }
    void click(const QPointF &scenePos) { QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(scenePos)); }

    AnnotationEditor editor;
};
} // namespace

class TestAnnotationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawRectangleUndoRedoDelete()
    {
        EditorFixture f;
        f.key(Qt::Key_R);
        QCOMPARE(f.editor.currentTool(), QStringLiteral("rectangle"));
        QVERIFY(f.editor.toolAction(QStringLiteral("rectangle"))->isChecked());

        f.drag(QPointF(100, 80), QPointF(250, 200));
        QCOMPARE(f.document()->items().size(), 1);
        auto *rectangle = dynamic_cast<RectangleItem *>(f.document()->items().first());
        QVERIFY(rectangle);
        const QRectF drawn = rectangle->points().boundingRect();
        QVERIFY2(qAbs(drawn.left() - 100) <= 1 && qAbs(drawn.top() - 80) <= 1 &&
                     qAbs(drawn.right() - 250) <= 1 && qAbs(drawn.bottom() - 200) <= 1,
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(drawn.x())
                                .arg(drawn.y())
                                .arg(drawn.width())
                                .arg(drawn.height())));
        QCOMPARE(rectangle->color(), f.editor.style().color);

        f.key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(f.document()->items().isEmpty());
        f.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.document()->items().size(), 1);
        f.key(Qt::Key_Z, Qt::ControlModifier);
        f.key(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(f.document()->items().size(), 1);

        // Select with S by clicking the outline, delete with Del, bring it back with Ctrl+Z.
        f.key(Qt::Key_S);
        QCOMPARE(f.editor.currentTool(), QStringLiteral("select"));
        f.click(QPointF(100, 140));
        QVERIFY(rectangle->isSelected());
        f.key(Qt::Key_Delete);
        QVERIFY(f.document()->items().isEmpty());
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.document()->items(), QList<AnnotationItem *>{rectangle});
    }

    void dragMovesAndNudgesMerge()
    {
        EditorFixture f;
        f.key(Qt::Key_R);
        f.drag(QPointF(100, 100), QPointF(200, 150));
        AnnotationItem *item = f.document()->items().first();
        const QPolygonF drawn = item->points();
        f.key(Qt::Key_V); // V selects too
        QCOMPARE(f.editor.currentTool(), QStringLiteral("select"));
        f.drag(QPointF(100, 120), QPointF(130, 140)); // grab the left edge
        QCOMPARE(item->points(), drawn.translated(30, 20));
        f.key(Qt::Key_Right);
        f.key(Qt::Key_Right, Qt::ShiftModifier);
        f.key(Qt::Key_Down);
        QCOMPARE(item->points(), drawn.translated(41, 21));
        QCOMPARE(f.document()->undoStack()->count(), 2); // the add and one merged move
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(item->points(), drawn);
    }

    void colourAndWidthApplyToTheSelection()
    {
        EditorFixture f;
        f.key(Qt::Key_L);
        f.drag(QPointF(50, 50), QPointF(300, 50));
        AnnotationItem *line = f.document()->items().first();
        f.key(Qt::Key_S);
        f.click(QPointF(150, 51));
        QVERIFY(line->isSelected());
        f.editor.setColor(QColor(0x2e, 0x9d, 0x3a));
        f.editor.setLineWidth(9);
        QCOMPARE(line->color(), QColor(0x2e, 0x9d, 0x3a));
        QCOMPARE(line->lineWidth(), 9.0);
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(line->lineWidth(), 4.0);
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(line->color(), QColor(0xe5, 0x1c, 0x23));
    }

    void stepMarkersByClicking()
    {
        EditorFixture f;
        f.key(Qt::Key_N);
        f.click(QPointF(60, 60));
        f.click(QPointF(120, 60));
        f.click(QPointF(180, 60));
        QCOMPARE(f.document()->items().size(), 3);
        QCOMPARE(static_cast<StepMarkerItem *>(f.document()->items().at(2))->number(), 3);
        f.key(Qt::Key_S);
        f.click(QPointF(120, 60));
        f.key(Qt::Key_Delete);
        QCOMPARE(static_cast<StepMarkerItem *>(f.document()->items().at(1))->number(), 2);
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(static_cast<StepMarkerItem *>(f.document()->items().at(2))->number(), 3);
    }

    void typeATextInPlace()
    {
        EditorFixture f;
        f.key(Qt::Key_T);
        f.click(QPointF(40, 40));
        QVERIFY(f.editor.isEditingText());
        // Letters that are tool shortcuts are text while typing.
        QTest::keyClicks(f.editor.view(), QStringLiteral("Set the printer"));
        QCOMPARE(f.editor.currentTool(), QStringLiteral("text"));
        QTest::keyClick(f.editor.view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!f.editor.isEditingText());
        QCOMPARE(f.document()->items().size(), 1);
        auto *text = dynamic_cast<TextItem *>(f.document()->items().first());
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("Set the printer"));
        QCOMPARE(text->points().first(), QPointF(40, 40));

        // Clicking the text with the text tool edits it; one undo step for the change.
        f.click(text->sceneBox().center());
        QVERIFY(f.editor.isEditingText());
        QTest::keyClicks(f.editor.view(), QStringLiteral(" up"));
        f.click(QPointF(350, 250)); // a click elsewhere finishes (and starts a new, empty text there)
        QTRY_COMPARE(text->text(), QStringLiteral("Set the printer up"));
        QTest::keyClick(f.editor.view(), Qt::Key_Escape); // nothing typed: the new text is dropped
        QTRY_VERIFY(!f.editor.isEditingText());
        QCOMPARE(f.document()->items().size(), 1);
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text->text(), QStringLiteral("Set the printer"));

        // With the select tool, a double click edits the text; emptying it deletes the item (undoable).
        f.key(Qt::Key_S);
        QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.at(text->sceneBox().center()));
        QVERIFY(f.editor.isEditingText());
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(f.editor.view(), Qt::Key_Backspace);
        QTest::keyClick(f.editor.view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!f.editor.isEditingText());
        QVERIFY(f.document()->items().isEmpty());
        f.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.document()->items(), QList<AnnotationItem *>{text});
    }

    void zoomAndPan()
    {
        EditorFixture f;
        QCOMPARE(f.editor.view()->zoom(), 1.0);
        f.key(Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(f.editor.view()->zoom(), 1.25);
        f.key(Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(f.editor.view()->zoom(), 1.0);
        QWheelEvent wheel(QPointF(100, 100), f.viewport()->mapToGlobal(QPointF(100, 100)), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.viewport(), &wheel);
        QCOMPARE(f.editor.view()->zoom(), 1.5625);
        f.key(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.editor.view()->zoom(), 1.0);

        // Zoomed in far enough to scroll, a middle-button drag pans and draws nothing.
        f.editor.view()->setZoom(4.0);
        QScrollBar *horizontal = f.editor.view()->horizontalScrollBar();
        const int before = horizontal->value();
        QTest::mousePress(f.viewport(), Qt::MiddleButton, {}, QPoint(300, 300));
        QTest::mouseMove(f.viewport(), QPoint(200, 300));
        QTest::mouseRelease(f.viewport(), Qt::MiddleButton, {}, QPoint(200, 300));
        QCOMPARE(horizontal->value(), before + 100);
        // Space + left drag pans too.
        QTest::keyPress(f.editor.view(), Qt::Key_Space);
        QTest::mousePress(f.viewport(), Qt::LeftButton, {}, QPoint(200, 300));
        QTest::mouseMove(f.viewport(), QPoint(150, 300));
        QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, QPoint(150, 300));
        QTest::keyRelease(f.editor.view(), Qt::Key_Space);
        QCOMPARE(horizontal->value(), before + 150);
        QVERIFY(f.document()->items().isEmpty());
    }

    void copyAndSave()
    {
        EditorFixture f;
        f.key(Qt::Key_X);
        f.drag(QPointF(10, 10), QPointF(60, 40));
        f.editor.setCaption(QStringLiteral("the error"));
        f.key(Qt::Key_C, Qt::ControlModifier);
        const QImage copied = QGuiApplication::clipboard()->image().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(copied.width(), 400);
        QVERIFY(copied.height() > 300); // with the time stamp and caption strip
        QCOMPARE(copied.pixel(30, 20), qRgb(0, 0, 0));
        QCOMPARE(copied.pixel(200, 200), qRgb(230, 230, 235));

        QTemporaryDir dir;
        QSignalSpy saved(&f.editor, &AnnotationEditor::saved);
        const auto result = f.editor.saveTo(dir.filePath("shot.png"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(saved.count(), 1);
        QVERIFY(f.document()->undoStack()->isClean());
        QVERIFY(!f.editor.saveTo(dir.filePath("shot.png")).ok); // never over an existing file
        QCOMPARE(saved.count(), 1);

        // The saved document opens in a new editor with its marks.
        AnnotationEditor reopened;
        QString error;
        QVERIFY2(reopened.openFile(result.documentPath, &error), qPrintable(error));
        QCOMPARE(reopened.document()->items().size(), 1);
        QCOMPARE(reopened.document()->caption(), QStringLiteral("the error"));
        QVERIFY(!reopened.openFile(dir.filePath("missing.json"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
