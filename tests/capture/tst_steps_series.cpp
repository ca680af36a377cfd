// StepSeries: the numbered list model of the steps recorder. QAbstractItemModelTester watches every test's
// model for signal and index consistency.
#include "capture/steps/stepseries.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace tierdesk;

namespace {

Capture captureWithColour(QColor colour, qint64 atMs = 1'700'000'000'000)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(colour);
    Capture capture(image, CaptureMode::FullDesktop, {});
    capture.setCapturedAt(atMs, 7200);
    return capture;
}

QStringList captions(const StepSeries &series)
{
    QStringList result;
    for (int row = 0; row < series.rowCount(); ++row)
        result.append(series.index(row).data(StepSeries::CaptionRole).toString());
    return result;
}

QList<int> numbers(const StepSeries &series)
{
    QList<int> result;
    for (int row = 0; row < series.rowCount(); ++row)
        result.append(series.index(row).data(StepSeries::NumberRole).toInt());
    return result;
}

} // namespace

class TestStepSeries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stepsAreNumberedInOrder();
    void dataRoles();
    void editingCaptions();
    void successiveCaptionEditsAreOneUndoStep();
    void moveUpAndDownRenumbers();
    void moveRowsOfABlock();
    void invalidMovesAreRefused();
    void deleteRenumbersAndUndoRestores();
    void undoRedoOfEverything();
    void annotationIsKeptAndUndoable();
    void dragAndDropMovesWithinTheSeries();
    void dropsFromAnotherSeriesAreRefused();
    void jsonManifest();

private:
    std::unique_ptr<StepSeries> m_series;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void addFour();
};

void TestStepSeries::init()
{
    m_series = std::make_unique<StepSeries>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_series.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestStepSeries::cleanup()
{
    m_tester.reset();
    m_series.reset();
}

void TestStepSeries::addFour()
{
    m_series->addStep(captureWithColour(Qt::red), "A");
    m_series->addStep(captureWithColour(Qt::green), "B");
    m_series->addStep(captureWithColour(Qt::blue), "C");
    m_series->addStep(captureWithColour(Qt::yellow), "D");
}

void TestStepSeries::stepsAreNumberedInOrder()
{
    QSignalSpy countChanged(m_series.get(), &StepSeries::countChanged);
    QCOMPARE(m_series->addStep(captureWithColour(Qt::red), "Open the settings"), 1);
    QCOMPARE(m_series->addStep(captureWithColour(Qt::green)), 2);
    QCOMPARE(m_series->addStep(captureWithColour(Qt::blue), "Click Save"), 3);
    QCOMPARE(m_series->count(), 3);
    QCOMPARE(countChanged.size(), 3);
    QCOMPARE(countChanged.last().at(0).toInt(), 3);
    QCOMPARE(numbers(*m_series), (QList<int>{1, 2, 3}));
    QCOMPARE(m_series->index(0).data().toString(), QString("Open the settings"));
    QVERIFY(m_series->index(1).data().toString().startsWith("Captured at")); // no caption: the time
    QCOMPARE(m_series->step(2).capture.image().pixelColor(0, 0), QColor(Qt::blue));
}

void TestStepSeries::dataRoles()
{
    m_series->addStep(captureWithColour(Qt::red, 1'700'000'000'000), "First");
    const QModelIndex index = m_series->index(0);
    const QDateTime at = index.data(StepSeries::CapturedAtRole).toDateTime();
    QCOMPARE(at.toMSecsSinceEpoch(), 1'700'000'000'000);
    QCOMPARE(at.offsetFromUtc(), 7200);
    QCOMPARE(index.data(StepSeries::ImageRole).value<QImage>().size(), QSize(640, 400));
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    QVERIFY(thumbnail.width() <= 160 && thumbnail.height() <= 100);
    QCOMPARE(thumbnail.size(), QSize(160, 100));
    QCOMPARE(index.data(StepSeries::IdRole).toUuid(), m_series->step(0).id);
    QCOMPARE(index.data(StepSeries::CaptureRole).value<Capture>().capturedAtMs(), 1'700'000'000'000);
    QVERIFY(index.flags() & Qt::ItemIsEditable);
    QVERIFY(index.flags() & Qt::ItemIsDragEnabled);
    QVERIFY(!(index.flags() & Qt::ItemIsDropEnabled));
    QVERIFY(m_series->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(m_series->roleNames().values().contains("caption"));
}

void TestStepSeries::editingCaptions()
{
    addFour();
    QSignalSpy changed(m_series.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_series->setData(m_series->index(1), "The error appears", Qt::EditRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_series->index(1).data(Qt::EditRole).toString(), QString("The error appears"));
    QVERIFY(m_series->setCaption(3, "Done"));
    QCOMPARE(captions(*m_series), (QStringList{"A", "The error appears", "C", "Done"}));
    QVERIFY(!m_series->setCaption(4, "no such step"));
    QVERIFY(!m_series->setData(m_series->index(0), 5, StepSeries::NumberRole)); // numbers are not data
}

void TestStepSeries::successiveCaptionEditsAreOneUndoStep()
{
    addFour();
    QUndoStack *undo = m_series->undoStack();
    const int before = undo->count();
    m_series->setCaption(0, "T");
    m_series->setCaption(0, "Ty");
    m_series->setCaption(0, "Typed");
    QCOMPARE(undo->count(), before + 1);
    m_series->setCaption(1, "Other");
    QCOMPARE(undo->count(), before + 2);
    undo->undo();
    undo->undo();
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D"}));
    undo->redo();
    QCOMPARE(captions(*m_series), (QStringList{"Typed", "B", "C", "D"}));
}

void TestStepSeries::moveUpAndDownRenumbers()
{
    addFour();
    const QUuid idOfC = m_series->step(2).id;
    QSignalSpy changed(m_series.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_series->moveUp(2));
    QCOMPARE(captions(*m_series), (QStringList{"A", "C", "B", "D"}));
    QCOMPARE(numbers(*m_series), (QList<int>{1, 2, 3, 4}));
    QCOMPARE(m_series->index(1).data(StepSeries::NumberRole).toInt(), 2);
    QCOMPARE(m_series->rowOf(idOfC), 1);
    // The rows whose numbers changed were announced.
    QVERIFY(!changed.isEmpty());
    const QModelIndex first = changed.last().at(0).toModelIndex();
    const QModelIndex last = changed.last().at(1).toModelIndex();
    QCOMPARE(first.row(), 1);
    QCOMPARE(last.row(), 2);
    QVERIFY(changed.last().at(2).value<QList<int>>().contains(StepSeries::NumberRole));

    QVERIFY(m_series->moveDown(0));
    QCOMPARE(captions(*m_series), (QStringList{"C", "A", "B", "D"}));
    QVERIFY(m_series->moveStep(0, 3));
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "D", "C"}));
    QVERIFY(!m_series->moveUp(0));
    QVERIFY(!m_series->moveDown(3));
}

void TestStepSeries::moveRowsOfABlock()
{
    addFour();
    m_series->addStep(captureWithColour(Qt::black), "E");
    // B, C before E.
    QVERIFY(m_series->moveRows(QModelIndex(), 1, 2, QModelIndex(), 4));
    QCOMPARE(captions(*m_series), (QStringList{"A", "D", "B", "C", "E"}));
    // D, B to the front.
    QVERIFY(m_series->moveRows(QModelIndex(), 1, 2, QModelIndex(), 0));
    QCOMPARE(captions(*m_series), (QStringList{"D", "B", "A", "C", "E"}));
    QCOMPARE(numbers(*m_series), (QList<int>{1, 2, 3, 4, 5}));
    m_series->undoStack()->undo();
    QCOMPARE(captions(*m_series), (QStringList{"A", "D", "B", "C", "E"}));
    m_series->undoStack()->undo();
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D", "E"}));
}

void TestStepSeries::invalidMovesAreRefused()
{
    addFour();
    const int commands = m_series->undoStack()->count();
    QVERIFY(!m_series->moveRows(QModelIndex(), 1, 1, QModelIndex(), 1)); // onto itself
    QVERIFY(!m_series->moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)); // right after itself
    QVERIFY(!m_series->moveRows(QModelIndex(), 3, 2, QModelIndex(), 0)); // past the end
    QVERIFY(!m_series->moveRows(QModelIndex(), 0, 1, QModelIndex(), 5));
    QVERIFY(!m_series->moveRows(QModelIndex(), -1, 1, QModelIndex(), 2));
    QVERIFY(!m_series->moveRows(m_series->index(0), 0, 1, QModelIndex(), 2)); // list: no children
    QVERIFY(!m_series->moveStep(2, 2));
    QCOMPARE(m_series->undoStack()->count(), commands);
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D"}));
}

void TestStepSeries::deleteRenumbersAndUndoRestores()
{
    addFour();
    const Step removed = m_series->step(1);
    QSignalSpy countChanged(m_series.get(), &StepSeries::countChanged);
    QVERIFY(m_series->removeStep(1));
    QCOMPARE(captions(*m_series), (QStringList{"A", "C", "D"}));
    QCOMPARE(numbers(*m_series), (QList<int>{1, 2, 3}));
    QCOMPARE(m_series->index(1).data(StepSeries::NumberRole).toInt(), 2);
    QCOMPARE(m_series->index(1).data().toString(), QString("C"));
    QCOMPARE(countChanged.last().at(0).toInt(), 3);
    QVERIFY(!m_series->removeStep(3));

    m_series->undoStack()->undo();
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D"}));
    QCOMPARE(m_series->step(1).id, removed.id);
    QCOMPARE(m_series->step(1).capture.image(), removed.capture.image());
    QCOMPARE(m_series->index(1).data(StepSeries::NumberRole).toInt(), 2);

    QVERIFY(m_series->removeRows(0, 3));
    QCOMPARE(captions(*m_series), QStringList{"D"});
    QCOMPARE(m_series->index(0).data(StepSeries::NumberRole).toInt(), 1);
    m_series->clear();
    QCOMPARE(m_series->count(), 0);
    m_series->undoStack()->undo();
    m_series->undoStack()->undo();
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D"}));
}

void TestStepSeries::undoRedoOfEverything()
{
    QUndoStack *undo = m_series->undoStack();
    QList<QStringList> states{captions(*m_series)};
    auto record = [&] { states.append(captions(*m_series)); };
    m_series->addStep(captureWithColour(Qt::red), "A");
    record();
    m_series->addStep(captureWithColour(Qt::green), "B");
    record();
    m_series->addStep(captureWithColour(Qt::blue), "C");
    record();
    m_series->moveStep(2, 0);
    record();
    m_series->setCaption(1, "A!");
    record();
    m_series->removeStep(2);
    record();
    QCOMPARE(states.last(), (QStringList{"C", "A!"}));

    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        undo->undo();
        QCOMPARE(captions(*m_series), states[i]);
        for (int row = 0; row < m_series->count(); ++row)
            QCOMPARE(m_series->index(row).data(StepSeries::NumberRole).toInt(), row + 1);
    }
    QVERIFY(!undo->canUndo());
    for (qsizetype i = 1; i < states.size(); ++i) {
        undo->redo();
        QCOMPARE(captions(*m_series), states[i]);
    }
}

void TestStepSeries::annotationIsKeptAndUndoable()
{
    addFour();
    const QJsonObject annotation{{"items", QJsonArray{QJsonObject{{"type", "arrow"}}}}};
    QVERIFY(m_series->setData(m_series->index(2), annotation, StepSeries::AnnotationRole));
    QCOMPARE(m_series->index(2).data(StepSeries::AnnotationRole).toJsonObject(), annotation);
    m_series->moveStep(2, 0); // the annotation travels with its step
    QCOMPARE(m_series->step(0).annotation, annotation);
    m_series->undoStack()->undo();
    m_series->undoStack()->undo();
    QVERIFY(m_series->step(2).annotation.isEmpty());
}

void TestStepSeries::dragAndDropMovesWithinTheSeries()
{
    addFour();
    QVERIFY(m_series->supportedDropActions() & Qt::MoveAction);
    QVERIFY(m_series->mimeTypes().contains(StepSeries::stepsMimeType));
    std::unique_ptr<QMimeData> mime(m_series->mimeData({m_series->index(0), m_series->index(2)}));
    QVERIFY(mime);
    QVERIFY(m_series->canDropMimeData(mime.get(), Qt::MoveAction, 4, 0, QModelIndex()));

    // Dropped at the end: A and C go there, in their order. The model reports false on purpose, so that the
    // view does not delete the "source" rows of a move that is already done.
    QVERIFY(!m_series->dropMimeData(mime.get(), Qt::MoveAction, 4, 0, QModelIndex()));
    QCOMPARE(captions(*m_series), (QStringList{"B", "D", "A", "C"}));
    QCOMPARE(numbers(*m_series), (QList<int>{1, 2, 3, 4}));
    m_series->undoStack()->undo(); // one drop, one undo step
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D"}));

    // Dropped onto step D (parent = D): before it.
    std::unique_ptr<QMimeData> last(m_series->mimeData({m_series->index(0)}));
    m_series->dropMimeData(last.get(), Qt::MoveAction, -1, -1, m_series->index(3));
    QCOMPARE(captions(*m_series), (QStringList{"B", "C", "A", "D"}));
    // Dropped at the front.
    std::unique_ptr<QMimeData> front(m_series->mimeData({m_series->index(3), m_series->index(2)}));
    m_series->dropMimeData(front.get(), Qt::MoveAction, 0, 0, QModelIndex());
    QCOMPARE(captions(*m_series), (QStringList{"A", "D", "B", "C"}));
}

void TestStepSeries::dropsFromAnotherSeriesAreRefused()
{
    addFour();
    StepSeries other;
    other.addStep(captureWithColour(Qt::gray), "X");
    std::unique_ptr<QMimeData> mime(other.mimeData({other.index(0)}));
    QVERIFY(!m_series->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QVERIFY(!m_series->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(captions(*m_series), (QStringList{"A", "B", "C", "D"}));
    QMimeData text;
    text.setText("hello");
    QVERIFY(!m_series->canDropMimeData(&text, Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestStepSeries::jsonManifest()
{
    addFour();
    m_series->moveStep(3, 0);
    m_series->setAnnotation(1, QJsonObject{{"items", QJsonArray()}});
    const QJsonObject json = m_series->toJson();
    QCOMPARE(json.value("format").toString(), QString("tierdesk.steps/1"));
    const QJsonArray steps = json.value("steps").toArray();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(0).toObject().value("number").toInt(), 1);
    QCOMPARE(steps.at(0).toObject().value("caption").toString(), QString("D"));
    QCOMPARE(steps.at(1).toObject().value("caption").toString(), QString("A"));
    QVERIFY(steps.at(1).toObject().value("annotation").toObject().contains("items"));
    QCOMPARE(steps.at(3).toObject().value("number").toInt(), 4);
    QCOMPARE(steps.at(0).toObject().value("capturedAt").toString(), QString("2023-11-14T22:13:20.000Z"));
    QCOMPARE(steps.at(0).toObject().value("capture").toObject().value("format").toString(),
             QString("tierdesk.capture/1"));
}

QTEST_MAIN(TestStepSeries)
#include "tst_steps_series.moc"
