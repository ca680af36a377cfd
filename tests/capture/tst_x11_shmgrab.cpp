// The MIT-SHM grab (X11ShmGrabber, and QtScreenBackend using it) against a real X server (Xvfb, which has
// MIT-SHM): exact pixels of a window with known pixels, a later grab never touching an earlier capture's
// pixels although segments are used again, no segment left behind, and the Qt path when SHM is switched
// off (by the option and by TIERDESK_CAPTURE_NO_SHM).
#include "capture/grab/capture.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/qtscreenbackend.h"
#include "capture/grab/x11shmgrabber.h"
#include "solidwidget.h"
#include "x11pattern.h"

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QtTest>
#include <thread>

using namespace tierdesk;
using namespace tierdesk::test;

namespace {

const QPoint windowPosition(120, 90);

QImage expectedPattern()
{
    QImage image(QSize(columns * squareSize, rows * squareSize), QImage::Format_RGB32);
    QPainter painter(&image);
    paintPattern(painter);
    return image;
}

bool everyPixelOpaque(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const quint32 *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] >> 24) != 0xff)
                return false;
        }
    }
    return true;
}

} // namespace

class TestX11ShmGrab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void grabHasExactlyTheWindowsPixels();
    void rectOutsideTheRootIsRefused();
    void backendUsesSharedMemoryAndKeepsThePixels();
    void laterGrabDoesNotChangeAnEarlierCapture();
    void freeSegmentIsUsedAgain();
    void manyCapturesLeaveNoSegmentBehind();
    void imageOutlivesItsGrabber();
    void imageReleasedInAnotherThread();
    void keepWarmTimeFreesTheSegments();
    void optionForcesTheQtPath();
    void environmentForcesTheQtPath();
    void noConnectionFallsBackToQt();

private:
    PatternWidget m_window;
    SolidWidget m_solid;
};

void TestX11ShmGrab::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    X11ShmGrabber probe;
    if (!probe.isAvailable())
        QSKIP(qPrintable("no MIT-SHM grabbing here: " + probe.unavailableReason()));
    QCOMPARE(probe.rootSize(), QGuiApplication::primaryScreen()->size());

    m_window.move(windowPosition);
    m_window.show();
    m_solid.move(700, 500);
    m_solid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    QVERIFY(QTest::qWaitForWindowExposed(&m_solid));
    // Exposed is not yet painted: wait until the pattern shows up in Qt's own grab.
    const QImage expected = expectedPattern();
    QTRY_VERIFY_WITH_TIMEOUT(sameImage(QGuiApplication::primaryScreen()->grabWindow(0).toImage().copy(
                                           QRect(windowPosition, expected.size())),
                                       expected),
                             5000);
}

void TestX11ShmGrab::grabHasExactlyTheWindowsPixels()
{
    X11ShmGrabber grabber;
    const QImage expected = expectedPattern();
    QString error;
    const QImage image = grabber.grab(QRect(windowPosition, expected.size()), &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.format(), QImage::Format_RGB32);
    QCOMPARE(image.size(), expected.size());
    QCOMPARE(image.devicePixelRatio(), 1.0);
    QVERIFY(everyPixelOpaque(image));
    QCOMPARE(image, expected); // exact, pixel for pixel (both RGB32 with opaque alpha)

    // One pixel off: the neighbourhood is not the pattern any more.
    const QImage shifted = grabber.grab(QRect(windowPosition + QPoint(1, 0), expected.size()));
    QVERIFY(!shifted.isNull());
    QVERIFY(shifted != expected);
    QCOMPARE(shifted.pixelColor(0, 0), squareColour(0, 0));
    QCOMPARE(shifted.pixelColor(squareSize - 1, 0), squareColour(0, 1));
}

void TestX11ShmGrab::rectOutsideTheRootIsRefused()
{
    X11ShmGrabber grabber;
    const QSize root = grabber.rootSize();
    QString error;
    QVERIFY(grabber.grab(QRect(QPoint(root.width() - 10, 0), QSize(20, 20)), &error).isNull());
    QVERIFY(!error.isEmpty());
    QVERIFY(grabber.grab(QRect(-1, 0, 10, 10)).isNull());
    QVERIFY(grabber.grab(QRect()).isNull());
    QCOMPARE(grabber.segmentCount(), 0);
}

void TestX11ShmGrab::backendUsesSharedMemoryAndKeepsThePixels()
{
    QtScreenBackend backend;
    QVERIFY(backend.isSharedMemoryEnabled());
    const Outcome outcome = runCapture(backend, CaptureRequest::fullDesktop());
    QVERIFY2(outcome.ok, qPrintable(outcome.message()));
    QVERIFY(backend.lastGrabUsedSharedMemory());
    QVERIFY(backend.sharedMemoryGrabber());
    const QImage image = outcome.capture.image();
    QCOMPARE(image.size(), QGuiApplication::primaryScreen()->size());
    QCOMPARE(image.format(), QImage::Format_RGB32);
    const QImage expected = expectedPattern();
    QCOMPARE(image.copy(QRect(windowPosition, expected.size())), expected);
    QVERIFY(everyPixelOpaque(image));
    // The single-screen desktop is the segment itself, not a stitched copy of it.
    QCOMPARE(backend.sharedMemoryGrabber()->segmentCount(), 1);
    QCOMPARE(backend.sharedMemoryGrabber()->idleSegmentCount(), 0);

    // A region and a screen capture through the same path.
    const Outcome region =
        runCapture(backend, CaptureRequest::logicalRegion(QRect(windowPosition, QSize(squareSize, 10))));
    QVERIFY2(region.ok, qPrintable(region.message()));
    QVERIFY(backend.lastGrabUsedSharedMemory());
    QCOMPARE(region.capture.image(), expected.copy(0, 0, squareSize, 10));
    const Outcome screen = runCapture(backend, CaptureRequest::screen(0));
    QVERIFY2(screen.ok, qPrintable(screen.message()));
    QCOMPARE(screen.capture.image(), image);
}

void TestX11ShmGrab::laterGrabDoesNotChangeAnEarlierCapture()
{
    QtScreenBackend backend;
    const QPoint probe = m_solid.geometry().center();
    m_solid.setColour(Qt::red);
    QTRY_COMPARE(backend.grab(CaptureRequest::fullDesktop()).capture().image().pixelColor(probe),
                 QColor(Qt::red));

    const CaptureResult first = backend.grab(CaptureRequest::fullDesktop());
    QVERIFY(first.isSuccess());
    const QImage firstImage = first.capture().image();
    QCOMPARE(firstImage.pixelColor(probe), QColor(Qt::red));

    m_solid.setColour(Qt::blue);
    QTRY_COMPARE(backend.grab(CaptureRequest::fullDesktop()).capture().image().pixelColor(probe),
                 QColor(Qt::blue));
    const CaptureResult second = backend.grab(CaptureRequest::fullDesktop());
    QVERIFY(second.isSuccess());
    QCOMPARE(second.capture().image().pixelColor(probe), QColor(Qt::blue));
    // The first capture still holds its own pixels (its segment was not handed out again).
    QCOMPARE(firstImage.pixelColor(probe), QColor(Qt::red));
    QCOMPARE(first.capture().image().pixelColor(probe), QColor(Qt::red));
    QVERIFY(firstImage.constBits() != second.capture().image().constBits());
    // Both are in segments of their own.
    QCOMPARE(
        backend.sharedMemoryGrabber()->segmentCount() - backend.sharedMemoryGrabber()->idleSegmentCount(), 2);
    m_solid.setColour(Qt::red);
}

void TestX11ShmGrab::freeSegmentIsUsedAgain()
{
    X11ShmGrabber grabber;
    const QRect rect(QPoint(0, 0), grabber.rootSize());
    const uchar *firstPixels = nullptr;
    {
        const QImage first = grabber.grab(rect);
        QVERIFY(!first.isNull());
        firstPixels = first.constBits();
        QCOMPARE(grabber.segmentCount(), 1);
        QCOMPARE(grabber.idleSegmentCount(), 0);
    }
    QCOMPARE(grabber.idleSegmentCount(), 1); // given back when the image went
    const QImage second = grabber.grab(rect);
    QCOMPARE(second.constBits(), firstPixels);
    QCOMPARE(grabber.segmentCount(), 1);
    // A smaller grab fits into an idle larger segment only when one is idle; this one is in use.
    const QImage small = grabber.grab(QRect(0, 0, 10, 10));
    QVERIFY(small.constBits() != firstPixels);
    QCOMPARE(grabber.segmentCount(), 2);
}

void TestX11ShmGrab::manyCapturesLeaveNoSegmentBehind()
{
    const int before = X11ShmGrabber::liveSegmentCount();
    {
        QtScreenBackend backend;
        for (int i = 0; i < 40; ++i) {
            const CaptureResult result = backend.grab(CaptureRequest::fullDesktop());
            QVERIFY(result.isSuccess());
            QVERIFY(backend.lastGrabUsedSharedMemory());
            QCOMPARE(result.capture().image().pixelColor(windowPosition), squareColour(0, 0));
        }
        X11ShmGrabber *grabber = backend.sharedMemoryGrabber();
        QCOMPARE(grabber->segmentCount(), 1);
        QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + 1);

        // Captures that are kept each hold a segment; given back, at most maximumIdleSegments stay.
        QList<Capture> kept;
        for (int i = 0; i < X11ShmGrabber::maximumIdleSegments + 3; ++i)
            kept.append(backend.grab(CaptureRequest::fullDesktop()).capture());
        QCOMPARE(grabber->segmentCount(), X11ShmGrabber::maximumIdleSegments + 3);
        QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + X11ShmGrabber::maximumIdleSegments + 3);
        kept.clear();
        QCOMPARE(grabber->idleSegmentCount(), X11ShmGrabber::maximumIdleSegments);
        QCOMPARE(grabber->segmentCount(), X11ShmGrabber::maximumIdleSegments);
        QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + X11ShmGrabber::maximumIdleSegments);
    }
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before); // the backend's grabber took its idle ones along
}

void TestX11ShmGrab::imageOutlivesItsGrabber()
{
    const int before = X11ShmGrabber::liveSegmentCount();
    const QImage expected = expectedPattern();
    QImage image;
    {
        X11ShmGrabber grabber;
        image = grabber.grab(QRect(windowPosition, expected.size()));
        QVERIFY(!image.isNull());
        const QImage idle = grabber.grab(QRect(0, 0, 16, 16));
        Q_UNUSED(idle);
    }
    // The idle segment went with the grabber; the image's segment stays as long as the image does.
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + 1);
    QCOMPARE(image, expected);
    image = QImage();
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before);
}

void TestX11ShmGrab::imageReleasedInAnotherThread()
{
    X11ShmGrabber grabber;
    QImage image = grabber.grab(QRect(windowPosition, QSize(40, 40)));
    QVERIFY(!image.isNull());
    QRgb seenThere = 0;
    std::thread worker([image = std::move(image), &seenThere]() mutable {
        seenThere = image.pixel(0, 0); // used there, and dropped there
        image = QImage();
    });
    worker.join();
    QVERIFY(image.isNull());
    QCOMPARE(QColor(seenThere), squareColour(0, 0));
    QCOMPARE(grabber.idleSegmentCount(), 1);
    QCOMPARE(grabber.segmentCount(), 1);
}

// The CaptureService keeps the segment for the next capture only for its keep-warm time; a capture still
// held then gives its segment up when it goes.
void TestX11ShmGrab::keepWarmTimeFreesTheSegments()
{
    const int before = X11ShmGrabber::liveSegmentCount();
    CaptureService service;
    auto *backend = new QtScreenBackend;
    service.setBackends({backend});
    service.setKeepWarmTime(200);
    QSignalSpy captured(&service, &CaptureService::captured);

    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
    captured.clear(); // the capture is dropped: its segment is idle, kept for the next one
    QVERIFY(backend->lastGrabUsedSharedMemory());
    QCOMPARE(backend->sharedMemoryGrabber()->idleSegmentCount(), 1);
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(X11ShmGrabber::liveSegmentCount(), before, 5000);
    QCOMPARE(backend->sharedMemoryGrabber()->segmentCount(), 0);

    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
    Capture held = captured.takeFirst().at(0).value<Capture>();
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + 1);
    QTest::qWait(600); // past the keep-warm time, still held
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + 1);
    QCOMPARE(held.image().pixelColor(windowPosition), squareColour(0, 0));
    held = Capture();
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before); // not kept any more
}

void TestX11ShmGrab::optionForcesTheQtPath()
{
    const int before = X11ShmGrabber::liveSegmentCount();
    QtScreenBackend backend;
    backend.setSharedMemoryEnabled(false);
    const Outcome outcome = runCapture(backend, CaptureRequest::fullDesktop());
    QVERIFY2(outcome.ok, qPrintable(outcome.message()));
    QVERIFY(!backend.lastGrabUsedSharedMemory());
    QCOMPARE(backend.sharedMemoryGrabber(), nullptr);
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before);
    const QImage expected = expectedPattern();
    QCOMPARE(outcome.capture.image().copy(QRect(windowPosition, expected.size())), expected);

    backend.setSharedMemoryEnabled(true);
    QVERIFY(backend.grab(CaptureRequest::fullDesktop()).isSuccess());
    QVERIFY(backend.lastGrabUsedSharedMemory());
}

void TestX11ShmGrab::environmentForcesTheQtPath()
{
    qputenv("TIERDESK_CAPTURE_NO_SHM", "1");
    X11ShmGrabber grabber;
    QtScreenBackend backend;
    const CaptureResult result = backend.grab(CaptureRequest::fullDesktop());
    qunsetenv("TIERDESK_CAPTURE_NO_SHM");
    QVERIFY(!grabber.isAvailable());
    QVERIFY(grabber.grab(QRect(0, 0, 10, 10)).isNull());
    QVERIFY(!backend.isSharedMemoryEnabled());
    QVERIFY(result.isSuccess());
    QVERIFY(!backend.lastGrabUsedSharedMemory());
    const QImage expected = expectedPattern();
    QCOMPARE(result.capture().image().copy(QRect(windowPosition, expected.size())), expected);

    qputenv("TIERDESK_CAPTURE_NO_SHM", "0"); // 0 means "not disabled"
    QVERIFY(X11ShmGrabber().isAvailable());
    qunsetenv("TIERDESK_CAPTURE_NO_SHM");
}

// The grabber cannot reach an X server (here: $DISPLAY names none, while Qt keeps its connection): the
// backend says why in the log and captures through Qt.
void TestX11ShmGrab::noConnectionFallsBackToQt()
{
    const QByteArray display = qgetenv("DISPLAY");
    qputenv("DISPLAY", ":4097");
    X11ShmGrabber grabber;
    QtScreenBackend backend;
    const CaptureResult result = backend.grab(CaptureRequest::fullDesktop());
    qputenv("DISPLAY", display);
    QVERIFY(!grabber.isAvailable());
    QVERIFY(!grabber.unavailableReason().isEmpty());
    QVERIFY(backend.isSharedMemoryEnabled());
    QCOMPARE(backend.sharedMemoryGrabber(), nullptr);
    QVERIFY(result.isSuccess());
    QVERIFY(!backend.lastGrabUsedSharedMemory());
    const QImage expected = expectedPattern();
    QCOMPARE(result.capture().image().copy(QRect(windowPosition, expected.size())), expected);
}

QTEST_MAIN(TestX11ShmGrab)
#include "tst_x11_shmgrab.moc"
