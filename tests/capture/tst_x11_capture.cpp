// Real screen capture under X11 (run under Xvfb with the xcb platform): a window with known pixels is put at
// a known place, the desktop is grabbed with QtScreenBackend and the window's pixels must be exactly there.
// The 2× variant is tst_x11_capture_hidpi.cpp.
#include "capture/grab/capture.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/qtscreenbackend.h"
#include "capture/steps/stepseries.h"
#include "capture/steps/stepsrecorderbar.h"
#include "x11pattern.h"

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QWidget>
#include <QWindow>
#include <QtTest>

using namespace tierdesk;
using namespace tierdesk::test;

namespace {

const QPoint windowPosition(100, 80);

// What the window's pixels must be, in device pixels.
QImage expectedPattern(qreal ratio)
{
    QImage image(QSize(columns * squareSize, rows * squareSize) * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    paintPattern(painter);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

} // namespace

class TestX11Capture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDesktopHasTheWindowsPixelsInPlace();
    void metadataIsFilled();
    void regionIsExactlyTheRequestedPixels();
    void regionIsClippedToTheScreen();
    void regionOutsideTheScreenFails();
    void screenByIndex();
    void activeWindowOfThisProgram();
    void noActiveWindowOfOursIsUnsupported();
    void serviceHidesOurWindowsDuringTheGrab();
    void stepsBarIsNotInItsOwnSteps();

private:
    PatternWidget m_window;
    QtScreenBackend m_backend;
};

void TestX11Capture::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 1.0);
    m_window.move(windowPosition);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    QCOMPARE(m_window.geometry().topLeft(), windowPosition);
    // Exposed is not yet painted on the X server: wait until the first square shows up in a grab.
    const QImage expected = expectedPattern(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(sameImage(m_backend.grab(CaptureRequest::fullDesktop())
                                           .capture()
                                           .image()
                                           .copy(QRect(windowPosition, expected.size())),
                                       expected),
                             5000);
}

void TestX11Capture::fullDesktopHasTheWindowsPixelsInPlace()
{
    const Outcome outcome = runCapture(m_backend, CaptureRequest::fullDesktop());
    QVERIFY2(outcome.ok, qPrintable(outcome.failure.message()));
    const QImage image = outcome.capture.image();
    QCOMPARE(image.size(), QSize(1280, 800)); // the Xvfb screen
    const QImage expected = expectedPattern(1.0);
    QVERIFY(sameImage(image.copy(QRect(windowPosition, expected.size())), expected));
    // And not one pixel off: the pixels around the window are not the pattern's border colours.
    QCOMPARE(image.pixelColor(windowPosition), squareColour(0, 0));
    QVERIFY(image.pixelColor(windowPosition - QPoint(1, 0)) != squareColour(0, 0));
    QVERIFY(image.pixelColor(windowPosition - QPoint(0, 1)) != squareColour(0, 0));
    const QPoint lastPixel = windowPosition + QPoint(expected.width() - 1, expected.height() - 1);
    QCOMPARE(image.pixelColor(lastPixel), squareColour(rows - 1, columns - 1));
    QVERIFY(image.pixelColor(lastPixel + QPoint(1, 0)) != squareColour(rows - 1, columns - 1));
}

void TestX11Capture::metadataIsFilled()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Outcome outcome = runCapture(m_backend, CaptureRequest::fullDesktop());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(outcome.ok);
    const Capture &capture = outcome.capture;
    QVERIFY(capture.capturedAtMs() >= before);
    QVERIFY(capture.capturedAtMs() <= after);
    QCOMPARE(capture.utcOffsetSeconds(), QDateTime::currentDateTime().offsetFromUtc());
    QCOMPARE(capture.mode(), CaptureMode::FullDesktop);
    QCOMPARE(capture.backendName(), QString("qt-screen"));
    QCOMPARE(capture.applicationVersion(), Capture::currentApplicationVersion());
    QVERIFY(!capture.applicationVersion().isEmpty());
    QVERIFY(capture.applicationVersion() != QLatin1String("unknown"));
    QCOMPARE(capture.sourceRect(), QRect(0, 0, 1280, 800));
    QCOMPARE(capture.screens().size(), 1);
    const ScreenGeometry &screen = capture.screens().first();
    QCOMPARE(screen.name, QGuiApplication::primaryScreen()->name());
    QCOMPARE(screen.logicalGeometry, QRect(0, 0, 1280, 800));
    QCOMPARE(screen.deviceGeometry, QRect(0, 0, 1280, 800));
    QCOMPARE(screen.devicePixelRatio, 1.0);
    QCOMPARE(capture.metadataJson().value("screens").toArray().size(), 1);
}

void TestX11Capture::regionIsExactlyTheRequestedPixels()
{
    // Starts inside the first square, ends inside the third column: odd offsets on purpose.
    const QRect logical = QRect(windowPosition + QPoint(17, 23), QSize(71, 33));
    const Outcome outcome = runCapture(m_backend, CaptureRequest::logicalRegion(logical));
    QVERIFY2(outcome.ok, qPrintable(outcome.failure.message()));
    QCOMPARE(outcome.capture.mode(), CaptureMode::Region);
    QCOMPARE(outcome.capture.image().size(), QSize(71, 33));
    QCOMPARE(outcome.capture.sourceRect(), logical);
    QVERIFY(
        sameImage(outcome.capture.image(), expectedPattern(1.0).copy(QRect(QPoint(17, 23), QSize(71, 33)))));
}

void TestX11Capture::regionIsClippedToTheScreen()
{
    const Outcome outcome = runCapture(m_backend, CaptureRequest::logicalRegion(QRect(1250, 780, 100, 100)));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.capture.image().size(), QSize(30, 20));
    QCOMPARE(outcome.capture.sourceRect(), QRect(1250, 780, 30, 20));
}

void TestX11Capture::regionOutsideTheScreenFails()
{
    const Outcome outcome = runCapture(m_backend, CaptureRequest::logicalRegion(QRect(2000, 2000, 10, 10)));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure.error(), CaptureError::Failed);
    QVERIFY(!outcome.failure.message().isEmpty());
}

void TestX11Capture::screenByIndex()
{
    Outcome outcome = runCapture(m_backend, CaptureRequest::screen(0));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.capture.mode(), CaptureMode::Screen);
    QCOMPARE(outcome.capture.image().size(), QSize(1280, 800));
    QCOMPARE(outcome.capture.image().pixelColor(windowPosition), squareColour(0, 0));

    outcome = runCapture(m_backend, CaptureRequest::screen(5));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure.error(), CaptureError::Failed);
    QVERIFY2(outcome.failure.message().contains("5"), qPrintable(outcome.failure.message()));
}

void TestX11Capture::activeWindowOfThisProgram()
{
    m_window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_window));
    const Outcome outcome = runCapture(m_backend, CaptureRequest::activeWindow());
    QVERIFY2(outcome.ok, qPrintable(outcome.failure.message()));
    QCOMPARE(outcome.capture.mode(), CaptureMode::ActiveWindow);
    // No window manager under Xvfb: the frame is the window itself.
    QCOMPARE(outcome.capture.sourceRect(), m_window.frameGeometry());
    QVERIFY(sameImage(outcome.capture.image(), expectedPattern(1.0)));
}

void TestX11Capture::noActiveWindowOfOursIsUnsupported()
{
    m_window.hide();
    QTRY_VERIFY(QGuiApplication::focusWindow() == nullptr);
    const Outcome outcome = runCapture(m_backend, CaptureRequest::activeWindow());
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure.error(), CaptureError::Unsupported);
}

void TestX11Capture::serviceHidesOurWindowsDuringTheGrab()
{
    CaptureService service;
    service.setBackends({new QtScreenBackend});
    service.setHideHook([this] { return QList<QWidget *>{&m_window}; });
    QSignalSpy captured(&service, &CaptureService::captured);
    QSignalSpy busy(&service, &CaptureService::busyChanged);
    service.capture(CaptureRequest::fullDesktop());
    QVERIFY(service.isBusy());
    QVERIFY(!m_window.isVisible()); // hidden right away, grabbed only once unmapped
    QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, 10000);
    QCOMPARE(busy.size(), 2);

    // The window was not on the screen when it was grabbed: the root window shows where it was.
    const QImage image = captured.first().at(0).value<Capture>().image();
    const QImage whereTheWindowWas = image.copy(QRect(windowPosition, expectedPattern(1.0).size()));
    QVERIFY(!sameImage(whereTheWindowWas, expectedPattern(1.0)));
    QVERIFY(image.pixelColor(windowPosition) != squareColour(0, 0));
    // And it is back.
    QVERIFY(m_window.isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
}

// The steps recorder bar with the real X11 grab: the bar is on the screen before and after a step, never in
// it.
void TestX11Capture::stepsBarIsNotInItsOwnSteps()
{
    CaptureService service;
    service.setBackends({new QtScreenBackend});
    StepsRecorderBar bar(&service);
    const QColor barColour(0x13, 0x57, 0x9b);
    QPalette palette = bar.palette();
    palette.setColor(QPalette::Window, barColour);
    bar.setPalette(palette);
    bar.show();
    bar.move(600, 400);
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QPoint probe = bar.geometry().topLeft() + QPoint(4, bar.height() / 2); // in the bar's left margin
    QTRY_COMPARE(m_backend.grab(CaptureRequest::fullDesktop()).capture().image().pixelColor(probe),
                 barColour);

    QSignalSpy stepCaptured(&bar, &StepsRecorderBar::stepCaptured);
    bar.captureStep();
    QVERIFY(!bar.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(stepCaptured.size(), 1, 10000);
    QCOMPARE(stepCaptured.first().at(0).toInt(), 1);
    const QImage step = bar.series()->step(0).capture.image();
    QCOMPARE(step.size(), QSize(1280, 800));
    QVERIFY(step.pixelColor(probe) != barColour);
    QCOMPARE(step.pixelColor(windowPosition), squareColour(0, 0)); // the rest of the screen is there
    QVERIFY(bar.isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QTRY_COMPARE(m_backend.grab(CaptureRequest::fullDesktop()).capture().image().pixelColor(probe),
                 barColour);
}

QTEST_MAIN(TestX11Capture)
#include "tst_x11_capture.moc"
