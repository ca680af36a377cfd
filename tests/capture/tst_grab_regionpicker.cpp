// The RegionPicker overlay driven with QTest mouse and keys on a synthetic capture. The offscreen platform
// is configured (in main(), before the application exists) with two screens the way Qt's high-DPI scaling
// sees a mixed-DPI X11 or Windows desktop: a 1600×1200 panel at 2× (logical 0,0 800×600) and an 800×600
// panel at 1× right of it (logical 1600,0 800×600). The capture is synthetic because the offscreen platform
// has no desktop to grab; the picker only reads it.
#include "capture/grab/capture.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/desktoplayout.h"
#include "capture/grab/regionpicker.h"
#include "capture/grab/regionpickerwindows.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierdesk;

namespace {

// Every device pixel different: x in red/green, y in blue (and the screen index in alpha-free bits).
QImage screenPixels(const QSize &size, int screenIndex)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(x & 0xff, ((x >> 8) & 0x0f) | (screenIndex << 6), y & 0xff));
    }
    return image;
}

Capture desktopCapture()
{
    const DesktopLayout layout(DesktopLayout::describeScreens(QGuiApplication::screens()));
    QList<QImage> images;
    for (int i = 0; i < layout.screens().size(); ++i)
        images.append(screenPixels(layout.screens().at(i).deviceGeometry.size(), i));
    return Capture(layout.stitch(images), CaptureMode::FullDesktop, layout.screens());
}

QWidget *viewAt(const RegionPicker &picker, const QPoint &globalLogical)
{
    for (QWidget *view : picker.views()) {
        if (view->geometry().contains(globalLogical))
            return view;
    }
    return nullptr;
}

} // namespace

class TestRegionPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneViewPerScreenCoveringIt();
    void dragOnTheHiDpiScreenSelectsDevicePixels();
    void dragOnTheNormalScreen();
    void dragBackwardsNormalises();
    void dragAcrossScreensUsesEachScreensRatio();
    void dragBeyondTheEdgeIsClamped();
    void escapeCancels();
    void clickWithoutDragSelectsNothing();
    void arrowKeysNudgeAndEnterAccepts();
    void modifiedArrowsResizeAndShiftMovesTen();
    void nudgeStopsAtTheImageEdge();
    void doubleClickTakesTheScreenUnderTheCursor();
    void rightClickClearsThenCancels();
    void overlayShowsTheCapturePixelsAndDimsTheRest();
    void selectedCaptureHasThePixels();
    void keptWindowsAreUsedAgainWithTheNewCapture();
    void windowsGoneBeforeThePicker();
    void serviceKeepsItsPickerWindows();

private:
    Capture m_capture;
};

void TestRegionPicker::initTestCase()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    QCOMPARE(screens[0]->geometry(), QRect(0, 0, 800, 600));
    QCOMPARE(screens[0]->devicePixelRatio(), 2.0);
    QCOMPARE(screens[1]->geometry(), QRect(1600, 0, 800, 600));
    QCOMPARE(screens[1]->devicePixelRatio(), 1.0);
    m_capture = desktopCapture();
    QCOMPARE(m_capture.image().size(), QSize(2400, 1200));
    QCOMPARE(m_capture.screens().at(1).deviceGeometry, QRect(1600, 0, 800, 600));
}

void TestRegionPicker::oneViewPerScreenCoveringIt()
{
    RegionPicker picker(m_capture);
    QCOMPARE(picker.views().size(), 2);
    picker.show();
    for (QWidget *view : picker.views())
        QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(picker.views().at(0)->geometry(), QRect(0, 0, 800, 600));
    QCOMPARE(picker.views().at(0)->devicePixelRatio(), 2.0);
    QCOMPARE(picker.views().at(1)->geometry(), QRect(1600, 0, 800, 600));
    QCOMPARE(picker.views().at(1)->devicePixelRatio(), 1.0);
    QVERIFY(picker.views().at(0)->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(picker.views().at(0)->windowFlags() & Qt::WindowStaysOnTopHint);
}

void TestRegionPicker::dragOnTheHiDpiScreenSelectsDevicePixels()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));

    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(100, 50));
    QTest::mouseMove(view, QPoint(200, 120));
    QCOMPARE(picker.selection(), QRect(200, 100, 200, 140)); // live while dragging
    QTest::mouseMove(view, QPoint(420, 290));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(420, 290));

    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toRect(), QRect(200, 100, 640, 480));
    QVERIFY(!view->isVisible()); // accepted: the overlay is gone
}

void TestRegionPicker::dragOnTheNormalScreen()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *view = viewAt(picker, QPoint(1700, 100));
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(10, 20));
    QTest::mouseMove(view, QPoint(110, 70));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(110, 70));
    QCOMPARE(selected.size(), 1);
    // Device x of the 1× screen starts at 1600 in the image.
    QCOMPARE(selected.first().at(0).toRect(), QRect(1610, 20, 100, 50));
}

void TestRegionPicker::dragBackwardsNormalises()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseMove(view, QPoint(250, 200));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(250, 200));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toRect(), QRect(500, 400, 100, 200));
}

void TestRegionPicker::dragAcrossScreensUsesEachScreensRatio()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *left = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(left));
    // Pressed on the 2× screen, released over the 1× screen: the pressed window keeps the mouse, the position
    // is global: logical (700, 50) on the 2× screen is device (1400, 100), logical (1650, 150) on the 1×
    // screen is device (1650, 150).
    QTest::mousePress(left, Qt::LeftButton, {}, QPoint(700, 50));
    QTest::mouseMove(left, QPoint(1650, 150));
    QTest::mouseRelease(left, Qt::LeftButton, {}, QPoint(1650, 150));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toRect(), QRect(1400, 100, 250, 50));
}

void TestRegionPicker::dragBeyondTheEdgeIsClamped()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *right = picker.views().at(1);
    QVERIFY(QTest::qWaitForWindowExposed(right));
    // Past the right and bottom edges of the 1× screen (below it the image is black, not a screen).
    QTest::mousePress(right, Qt::LeftButton, {}, QPoint(700, 500));
    QTest::mouseMove(right, QPoint(1000, 900));
    QTest::mouseRelease(right, Qt::LeftButton, {}, QPoint(1000, 900));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toRect(), QRect(2300, 500, 100, 100));

    // Past the top-left of the 2× screen.
    RegionPicker second(m_capture);
    QSignalSpy secondSelected(&second, &RegionPicker::selected);
    second.show();
    QWidget *left = second.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(left));
    QTest::mousePress(left, Qt::LeftButton, {}, QPoint(20, 10));
    QTest::mouseMove(left, QPoint(-50, -50));
    QTest::mouseRelease(left, Qt::LeftButton, {}, QPoint(-50, -50));
    QCOMPARE(secondSelected.size(), 1);
    QCOMPARE(secondSelected.first().at(0).toRect(), QRect(0, 0, 40, 20));
}

void TestRegionPicker::escapeCancels()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    QSignalSpy cancelled(&picker, &RegionPicker::cancelled);
    picker.setAcceptOnRelease(false);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(10, 10));
    QTest::mouseMove(view, QPoint(50, 50));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(50, 50));
    QVERIFY(!picker.selection().isEmpty());
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(selected.size(), 0);
    for (QWidget *each : picker.views())
        QVERIFY(!each->isVisible());
}

void TestRegionPicker::clickWithoutDragSelectsNothing()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(10, 10));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(10, 10));
    QCOMPARE(selected.size(), 0);
    QVERIFY(picker.selection().isEmpty());
    QVERIFY(view->isVisible());
    QTest::keyClick(view, Qt::Key_Return); // nothing to accept
    QCOMPARE(selected.size(), 0);
}

void TestRegionPicker::arrowKeysNudgeAndEnterAccepts()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.setAcceptOnRelease(false);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(view, QPoint(150, 125));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(150, 125));
    QCOMPARE(selected.size(), 0);
    QCOMPARE(picker.selection(), QRect(200, 200, 100, 50));

    // One device pixel per key press (half a logical pixel on this screen).
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(picker.selection(), QRect(201, 199, 100, 50));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toRect(), QRect(201, 199, 100, 50));
}

void TestRegionPicker::modifiedArrowsResizeAndShiftMovesTen()
{
    RegionPicker picker(m_capture);
    picker.setAcceptOnRelease(false);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    picker.setSelection(QRect(200, 200, 100, 50));
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(picker.selection(), QRect(210, 200, 100, 50));
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(picker.selection(), QRect(210, 200, 101, 60));
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(picker.selection(), QRect(210, 200, 100, 60));
}

void TestRegionPicker::nudgeStopsAtTheImageEdge()
{
    RegionPicker picker(m_capture);
    picker.setAcceptOnRelease(false);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    picker.setSelection(QRect(3, 0, 20, 20));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(picker.selection(), QRect(0, 0, 20, 20)); // moved to the edge, size kept
}

void TestRegionPicker::doubleClickTakesTheScreenUnderTheCursor()
{
    RegionPicker picker(m_capture);
    QSignalSpy selected(&picker, &RegionPicker::selected);
    picker.show();
    QWidget *right = picker.views().at(1);
    QVERIFY(QTest::qWaitForWindowExposed(right));
    QTest::mouseDClick(right, Qt::LeftButton, {}, QPoint(300, 300));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toRect(), QRect(1600, 0, 800, 600));
}

void TestRegionPicker::rightClickClearsThenCancels()
{
    RegionPicker picker(m_capture);
    QSignalSpy cancelled(&picker, &RegionPicker::cancelled);
    picker.setAcceptOnRelease(false);
    picker.show();
    QWidget *view = picker.views().at(0);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    picker.setSelection(QRect(10, 10, 10, 10));
    QTest::mouseClick(view, Qt::RightButton, {}, QPoint(5, 5));
    QVERIFY(picker.selection().isEmpty());
    QCOMPARE(cancelled.size(), 0);
    QTest::mouseClick(view, Qt::RightButton, {}, QPoint(5, 5));
    QCOMPARE(cancelled.size(), 1);
}

// The 1× screen's window shows the capture's pixels 1:1 inside the selection and darker outside it (the
// magnifier and the size readout are drawn too, away from the checked pixels).
void TestRegionPicker::overlayShowsTheCapturePixelsAndDimsTheRest()
{
    RegionPicker picker(m_capture);
    picker.setAcceptOnRelease(false);
    picker.show();
    QWidget *right = picker.views().at(1);
    QVERIFY(QTest::qWaitForWindowExposed(right));
    picker.setSelection(QRect(1600 + 400, 300, 200, 200));
    const QImage shown = right->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shown.size(), QSize(800, 600));
    const QImage &source = m_capture.image();
    QCOMPARE(shown.pixel(450, 350), source.pixel(1600 + 450, 350));
    QCOMPARE(shown.pixel(599, 499), source.pixel(1600 + 599, 499));
    const QColor outside = shown.pixelColor(700, 550);
    const QColor original = source.pixelColor(1600 + 700, 550);
    QVERIFY(outside != original);
    QVERIFY(outside.red() <= original.red() && outside.blue() <= original.blue());
    QVERIFY(outside.blue() < original.blue()); // y = 550 → blue 38 in the source, visibly dimmed
}

void TestRegionPicker::selectedCaptureHasThePixels()
{
    RegionPicker picker(m_capture);
    picker.setSelection(QRect(1590, 10, 20, 5)); // straddles the two screens in the image
    const Capture crop = picker.selectedCapture();
    QCOMPARE(crop.image().size(), QSize(20, 5));
    QCOMPARE(crop.sourceRect(), QRect(1590, 10, 20, 5));
    QCOMPARE(crop.image(), m_capture.image().copy(QRect(1590, 10, 20, 5)));
    QCOMPARE(crop.capturedAtMs(), m_capture.capturedAtMs());
}

// Windows kept between pickers: the second picker shows the same window objects, but the new capture's
// pixels (never the earlier one's), and they are hidden while idle.
void TestRegionPicker::keptWindowsAreUsedAgainWithTheNewCapture()
{
    RegionPickerWindows windows;
    QList<QWidget *> firstViews;
    {
        RegionPicker picker(m_capture, &windows);
        picker.show();
        firstViews = picker.views();
        QCOMPARE(firstViews.size(), 2);
        for (QWidget *view : firstViews)
            QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(windows.windowCount(), 2);
        QCOMPARE(windows.idleWindowCount(), 0);
    }
    QCOMPARE(windows.idleWindowCount(), 2);
    for (QWidget *view : firstViews)
        QVERIFY(!view->isVisible());

    QImage inverted = m_capture.image();
    inverted.invertPixels();
    const Capture second(inverted, CaptureMode::FullDesktop, m_capture.screens());
    RegionPicker picker(second, &windows);
    picker.setAcceptOnRelease(false);
    QCOMPARE(picker.views(), firstViews);
    QCOMPARE(windows.windowCount(), 2);
    picker.show();
    QWidget *right = picker.views().at(1);
    QVERIFY(QTest::qWaitForWindowExposed(right));
    picker.setSelection(QRect(1600 + 400, 300, 200, 200));
    const QImage shown = right->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shown.pixel(450, 350), inverted.pixel(1600 + 450, 350));
    QVERIFY(shown.pixel(450, 350) != m_capture.image().pixel(1600 + 450, 350));

    // Input reaches the new picker.
    QSignalSpy cancelled(&picker, &RegionPicker::cancelled);
    QTest::keyClick(right, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
}

void TestRegionPicker::windowsGoneBeforeThePicker()
{
    auto *windows = new RegionPickerWindows;
    RegionPicker picker(m_capture, windows);
    QCOMPARE(picker.views().size(), 2);
    delete windows; // takes its windows along
    QVERIFY(picker.views().isEmpty());
    picker.show(); // nothing to show, nothing to crash
    QVERIFY(!picker.isShown());
}

void TestRegionPicker::serviceKeepsItsPickerWindows()
{
    CaptureService service;
    std::unique_ptr<RegionPicker> first(service.createRegionPicker(m_capture));
    const QList<QWidget *> views = first->views();
    QCOMPARE(views.size(), 2);
    first.reset();
    std::unique_ptr<RegionPicker> second(service.createRegionPicker(m_capture));
    QCOMPARE(second->views(), views);
    // A picker of its own makes its own windows.
    RegionPicker own(m_capture);
    QVERIFY(own.views().at(0) != views.at(0));
    QCOMPARE(service.regionPickerWindows()->windowCount(), 2);

    // Kept only for the keep-warm time after they were last given back.
    service.setKeepWarmTime(100);
    second.reset();
    QCOMPARE(service.regionPickerWindows()->idleWindowCount(), 2);
    QTRY_COMPARE(service.regionPickerWindows()->windowCount(), 0);
    std::unique_ptr<RegionPicker> third(service.createRegionPicker(m_capture));
    QCOMPARE(third->views().size(), 2); // new ones
}

int main(int argc, char *argv[])
{
    // Two screens for the offscreen platform (its "configfile" option); logicalDpi 192 over a base of 96
    // makes Qt scale that screen by 2, exactly as with a 2× monitor on X11.
    QTemporaryDir dir;
    const QString config = dir.filePath("screens.json");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(config));
    file.write(R"({"screens": [
        {"name": "hidpi", "x": 0, "y": 0, "width": 1600, "height": 1200, "logicalDpi": 192, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "normal", "x": 1600, "y": 0, "width": 800, "height": 600, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestRegionPicker test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_grab_regionpicker.moc"
