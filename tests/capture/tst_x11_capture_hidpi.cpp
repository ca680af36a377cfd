// Real capture under X11 at a scale factor of 2 (QT_SCALE_FACTOR=2, set in main() before the application
// exists): the 1280×800 Xvfb screen is a 640×400 logical screen, every logical pixel is 2×2 device pixels.
// The saved pixels must be the device pixels, and a logical region must land exactly on them.
#include "capture/grab/capture.h"
#include "capture/grab/desktoplayout.h"
#include "capture/grab/qtscreenbackend.h"
#include "x11pattern.h"

#include <QApplication>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

using namespace tierdesk;
using namespace tierdesk::test;

namespace {

const QPoint windowPosition(50, 40); // logical: device 100, 80

// The window in device pixels: 320×240, each square 80×80.
QImage expectedDevicePattern()
{
    QImage image(QSize(columns * squareSize, rows * squareSize) * 2, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixelColor(x, y, squareColour(y / (2 * squareSize), x / (2 * squareSize)));
    }
    return image;
}

} // namespace

class TestX11CaptureHiDpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDesktopIsInDevicePixels();
    void logicalRegionMapsToDevicePixels_data();
    void logicalRegionMapsToDevicePixels();

private:
    PatternWidget m_window;
    QtScreenBackend m_backend;
};

void TestX11CaptureHiDpi::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    QScreen *screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->devicePixelRatio(), 2.0);
    QCOMPARE(screen->geometry(), QRect(0, 0, 640, 400));

    m_window.move(windowPosition);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    QCOMPARE(m_window.geometry().topLeft(), windowPosition);
    const QImage expected = expectedDevicePattern();
    QTRY_VERIFY_WITH_TIMEOUT(sameImage(m_backend.grab(CaptureRequest::fullDesktop())
                                           .capture()
                                           .image()
                                           .copy(QRect(windowPosition * 2, expected.size())),
                                       expected),
                             5000);
}

void TestX11CaptureHiDpi::fullDesktopIsInDevicePixels()
{
    const Outcome outcome = runCapture(m_backend, CaptureRequest::fullDesktop());
    QVERIFY2(outcome.ok, qPrintable(outcome.message()));
    const Capture &capture = outcome.capture;
    QCOMPARE(capture.image().size(), QSize(1280, 800));
    QCOMPARE(capture.image().devicePixelRatio(), 1.0);
    QCOMPARE(capture.screens().size(), 1);
    QCOMPARE(capture.screens().first().logicalGeometry, QRect(0, 0, 640, 400));
    QCOMPARE(capture.screens().first().deviceGeometry, QRect(0, 0, 1280, 800));
    QCOMPARE(capture.screens().first().devicePixelRatio, 2.0);

    // Every square 80×80 device pixels, starting at device (100, 80).
    const QImage expected = expectedDevicePattern();
    QVERIFY(sameImage(capture.image().copy(QRect(QPoint(100, 80), expected.size())), expected));
    QVERIFY(capture.image().pixelColor(99, 80) != squareColour(0, 0));
    QVERIFY(capture.image().pixelColor(100, 79) != squareColour(0, 0));
    QCOMPARE(capture.image().pixelColor(100 + 319, 80 + 239), squareColour(2, 3));
}

void TestX11CaptureHiDpi::logicalRegionMapsToDevicePixels_data()
{
    QTest::addColumn<QRect>("logical");
    QTest::addColumn<QRect>("device");
    // Whole squares: logical (50+40, 40) is the second square's top-left.
    QTest::newRow("second square") << QRect(90, 40, 40, 40) << QRect(180, 80, 80, 80);
    QTest::newRow("whole window") << QRect(50, 40, 160, 120) << QRect(100, 80, 320, 240);
    // Odd positions and sizes: device = 2 × logical, exactly.
    QTest::newRow("odd") << QRect(71, 53, 17, 9) << QRect(142, 106, 34, 18);
    QTest::newRow("one logical pixel") << QRect(89, 79, 1, 1) << QRect(178, 158, 2, 2);
    QTest::newRow("clipped at the screen edge") << QRect(630, 390, 20, 20) << QRect(1260, 780, 20, 20);
}

void TestX11CaptureHiDpi::logicalRegionMapsToDevicePixels()
{
    QFETCH(QRect, logical);
    QFETCH(QRect, device);
    const Outcome outcome = runCapture(m_backend, CaptureRequest::logicalRegion(logical));
    QVERIFY2(outcome.ok, qPrintable(outcome.message()));
    const Capture &capture = outcome.capture;
    QCOMPARE(capture.sourceRect(), device);
    QCOMPARE(capture.image().size(), device.size());

    // The pixels are the desktop's device pixels at that place: compare with the pattern where the region
    // is inside the window.
    const QRect windowDevice(QPoint(100, 80), expectedDevicePattern().size());
    const QRect inside = device.intersected(windowDevice);
    if (!inside.isEmpty()) {
        const QImage actual = capture.image().copy(inside.translated(-device.topLeft()));
        const QImage expected = expectedDevicePattern().copy(inside.translated(-windowDevice.topLeft()));
        QVERIFY(sameImage(actual, expected));
    }
    if (logical == QRect(90, 40, 40, 40)) {
        QCOMPARE(capture.image().pixelColor(0, 0), squareColour(0, 1));
        QCOMPARE(capture.image().pixelColor(79, 79), squareColour(0, 1));
    }
}

int main(int argc, char *argv[])
{
    // Before the application exists: Qt reads it once.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestX11CaptureHiDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_x11_capture_hidpi.moc"
