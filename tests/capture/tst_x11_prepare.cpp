// CaptureResources against a real X server (Xvfb with MIT-SHM): preparing the capture resources ahead
// changes nothing on the screen; the first capture and overlay afterwards use exactly the prepared segment
// and windows (no new ones) and still show the screen as it is *then*; keep-ready holds them against the
// services' keep-warm time, and without keep-ready they go after the keep-warm time.
#include "capture/grab/capture.h"
#include "capture/grab/captureresources.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/regionpicker.h"
#include "capture/grab/regionpickerwindows.h"
#include "capture/grab/x11shmgrabber.h"
#include "solidwidget.h"
#include "x11pattern.h"

#include <QApplication>
#include <QBackingStore>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <memory>
#include <thread>

using namespace tierdesk;
using namespace tierdesk::test;

namespace {

const QPoint windowPosition(120, 90);

// Counts the show/expose events that reach overlay windows: a window that is mapped, even for a moment,
// gets them.
class OverlayEventCounter : public QObject
{
public:
    int shown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((event->type() == QEvent::Show || event->type() == QEvent::Expose) &&
            watched->inherits("tierdesk::RegionPickerView"))
            ++shown;
        return false;
    }
};

// Grabs the whole screen again and again on a thread of its own (its own X connection) and counts the grabs
// that differ from the reference: catches something shown only for a moment while the main thread is busy.
class ScreenWatcher
{
public:
    explicit ScreenWatcher(const QImage &reference)
        : m_reference(reference)
    {
        m_thread = std::thread([this] {
            X11ShmGrabber grabber;
            const QRect root(QPoint(0, 0), grabber.rootSize());
            while (!m_stop.load()) {
                const QImage now = grabber.grab(root);
                ++m_grabs;
                if (now.isNull() || now != m_reference)
                    ++m_differences;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    }
    ~ScreenWatcher() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int grabs() const { return m_grabs.load(); }
    int differences() const { return m_differences.load(); }

private:
    QImage m_reference;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_grabs{0};
    std::atomic<int> m_differences{0};
};

QImage screenNow()
{
    X11ShmGrabber grabber;
    return grabber.grab(QRect(QPoint(0, 0), grabber.rootSize())).copy();
}

QColor dimmed(const QColor &colour)
{
    // What the overlay paints over a pixel outside the selection.
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(colour);
    QPainter(&pixel).fillRect(0, 0, 1, 1, QColor(0, 0, 0, 120));
    return pixel.pixelColor(0, 0);
}

const uchar *backingStoreBits(QWidget *window)
{
    QBackingStore *store = window->backingStore();
    QPaintDevice *device = store ? store->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image)
        return nullptr;
    return static_cast<QImage *>(device)->constBits();
}

QList<QWidget *> idleOverlayWindows()
{
    QList<QWidget *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("tierdesk::RegionPickerView"))
            windows.append(widget);
    }
    return windows;
}

struct CaptureOutcome
{
    bool ok = false;
    Capture capture;
};

CaptureOutcome captureWith(CaptureService &service)
{
    QSignalSpy captured(&service, &CaptureService::captured);
    QSignalSpy failed(&service, &CaptureService::failed);
    service.capture(CaptureRequest::fullDesktop());
    CaptureOutcome outcome;
    if (!QTest::qWaitFor([&] { return !captured.isEmpty() || !failed.isEmpty(); }, 10000) ||
        captured.isEmpty())
        return outcome;
    outcome.ok = true;
    outcome.capture = captured.takeFirst().at(0).value<Capture>();
    return outcome;
}

// A capture shown as the region overlay, then cancelled (what a person who changes their mind does).
bool showAndCancelOverlay(CaptureService &service)
{
    const CaptureOutcome outcome = captureWith(service);
    if (!outcome.ok)
        return false;
    std::unique_ptr<RegionPicker> picker(service.createRegionPicker(outcome.capture));
    picker->show();
    const bool exposed = QTest::qWaitForWindowExposed(picker->views().first());
    picker->cancel();
    return exposed;
}

} // namespace

class TestX11Prepare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void settingAndEnvironment();
    void preparingShowsNothing();
    void firstCaptureUsesWhatWasPrepared();
    void keepReadyHoldsAgainstTheServicesKeepWarmTime();
    void keptCaptureIsReplacedAndReleaseIsPreparedAgain();
    void withoutKeepReadyTheyGoAfterTheKeepWarmTime();

private:
    PatternWidget m_window;
    SolidWidget m_solid;
};

void TestX11Prepare::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    X11ShmGrabber probe;
    if (!probe.isAvailable())
        QSKIP(qPrintable("no MIT-SHM grabbing here: " + probe.unavailableReason()));
    QCOMPARE(CaptureService::detectSession(), CaptureService::Session::X11);
    m_window.move(windowPosition);
    m_window.show();
    m_solid.move(700, 500);
    m_solid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    QVERIFY(QTest::qWaitForWindowExposed(&m_solid));
    QTRY_COMPARE_WITH_TIMEOUT(screenNow().pixelColor(m_solid.geometry().center()), QColor(Qt::red), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(screenNow().pixelColor(windowPosition), squareColour(0, 0), 5000);
}

void TestX11Prepare::init()
{
    QCOMPARE(CaptureResources::programResources(), nullptr); // every test makes (and ends) its own
    QVERIFY(idleOverlayWindows().isEmpty());
}

void TestX11Prepare::settingAndEnvironment()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("t.ini"), QSettings::IniFormat);
    qunsetenv(CaptureResources::keepReadyEnvironmentVariable);
    QVERIFY(CaptureResources::keepReadySetting(&settings)); // on by default
    settings.setValue(CaptureResources::keepReadySettingsKey, false);
    QVERIFY(!CaptureResources::keepReadySetting(&settings));
    qputenv(CaptureResources::keepReadyEnvironmentVariable, "1");
    QVERIFY(CaptureResources::keepReadySetting(&settings)); // the environment wins
    settings.setValue(CaptureResources::keepReadySettingsKey, true);
    qputenv(CaptureResources::keepReadyEnvironmentVariable, "0");
    QVERIFY(!CaptureResources::keepReadySetting(&settings));
    {
        QObject owner;
        CaptureResources *resources = CaptureResources::setUpForProgram(&owner, &settings);
        QCOMPARE(CaptureResources::programResources(), resources);
        QVERIFY(!resources->keepReady());
        QTest::qWait(CaptureResources::defaultPrepareDelay + 300);
        QCOMPARE(resources->preparationCount(), 0); // off: nothing made ahead
        QVERIFY(!resources->isReady());
    }
    qunsetenv(CaptureResources::keepReadyEnvironmentVariable);
    QCOMPARE(CaptureResources::programResources(), nullptr);
}

void TestX11Prepare::preparingShowsNothing()
{
    const QImage before = screenNow();
    QVERIFY(!before.isNull());
    OverlayEventCounter counter;
    qApp->installEventFilter(&counter);
    const int segmentsBefore = X11ShmGrabber::liveSegmentCount();
    {
        CaptureResources resources;
        QSignalSpy ready(&resources, &CaptureResources::ready);
        resources.setPrepareDelay(300); // as in a program (1 s there): after the picker took the capture
        ScreenWatcher watcher(before);
        resources.setKeepReady(true);
        QVERIFY(ready.wait(10000));
        QTest::qWait(300); // anything flushed late would show now
        watcher.stop();
        QVERIFY(watcher.grabs() > 0);
        QCOMPARE(watcher.differences(), 0);
        QCOMPARE(screenNow(), before);
        QCOMPARE(counter.shown, 0);

        // It did prepare: a segment the X server wrote, and a window per screen with its backing store
        // painted with the desktop under the overlay's dimming, none of them visible.
        QVERIFY(resources.isReady());
        QCOMPARE(resources.preparationCount(), 1);
        QCOMPARE(X11ShmGrabber::liveSegmentCount(), segmentsBefore + 1);
        QCOMPARE(resources.sharedMemoryGrabber()->idleSegmentCount(), 1);
        const QList<QWidget *> windows = idleOverlayWindows();
        QCOMPARE(windows.size(), QGuiApplication::screens().size());
        QCOMPARE(resources.regionPickerWindows()->idleWindowCount(), windows.size());
        for (QWidget *window : windows) {
            QVERIFY(!window->isVisible());
            QVERIFY(window->testAttribute(Qt::WA_WState_Created)); // a native window, never mapped
            QVERIFY(backingStoreBits(window));
            const auto *image = static_cast<const QImage *>(window->backingStore()->paintDevice());
            QCOMPARE(image->size(), window->size() * window->devicePixelRatio());
            QCOMPARE(image->pixelColor(m_solid.geometry().center()), dimmed(Qt::red));
        }
    }
    qApp->removeEventFilter(&counter);
    QVERIFY(idleOverlayWindows().isEmpty());
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), segmentsBefore);
}

void TestX11Prepare::firstCaptureUsesWhatWasPrepared()
{
    CaptureResources resources;
    resources.setPrepareDelay(300); // as in a program (1 s there): after the picker took the capture
    QSignalSpy ready(&resources, &CaptureResources::ready);
    resources.setKeepReady(true);
    QVERIFY(ready.wait(10000));
    const int liveSegments = X11ShmGrabber::liveSegmentCount();
    const QList<QWidget *> prepared = idleOverlayWindows();
    QCOMPARE(prepared.size(), 1);
    QWidget *window = prepared.first();
    const WId nativeWindow = window->internalWinId();
    const uchar *store = backingStoreBits(window);
    QVERIFY(nativeWindow);
    QVERIFY(store);

    // The screen changes after preparing: the capture and the overlay must show the new colour.
    const QPoint probe = m_solid.geometry().center();
    m_solid.setColour(Qt::blue);
    QTRY_COMPARE_WITH_TIMEOUT(screenNow().pixelColor(probe), QColor(Qt::blue), 5000);

    CaptureService service; // made after the program's resources, as the panels and composers are
    QCOMPARE(service.programResources(), &resources);
    const CaptureOutcome outcome = captureWith(service);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.capture.image().pixelColor(probe), QColor(Qt::blue));
    // The prepared segment, no new one.
    X11ShmGrabber *grabber = resources.sharedMemoryGrabber().get();
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), liveSegments);
    QCOMPARE(grabber->segmentCount(), 1);
    QCOMPARE(grabber->idleSegmentCount(), 0);

    std::unique_ptr<RegionPicker> picker(service.createRegionPicker(outcome.capture));
    QCOMPARE(picker->views(), prepared); // the prepared window, not a new one
    QCOMPARE(resources.regionPickerWindows()->windowCount(), 1);
    picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // On the X server's screen: the new colour, dimmed; never the prepared (red) picture.
    QTRY_COMPARE_WITH_TIMEOUT(screenNow().pixelColor(probe), dimmed(Qt::blue), 5000);
    QCOMPARE(screenNow().pixelColor(windowPosition + QPoint(5, 5)), dimmed(squareColour(0, 0)));
    // The same native window and the same backing store memory as prepared.
    QCOMPARE(window->internalWinId(), nativeWindow);
    QCOMPARE(backingStoreBits(window), store);

    picker->cancel();
    picker.reset();
    QTRY_COMPARE_WITH_TIMEOUT(screenNow().pixelColor(probe), QColor(Qt::blue), 5000);
    m_solid.setColour(Qt::red);
    QTRY_COMPARE_WITH_TIMEOUT(screenNow().pixelColor(probe), QColor(Qt::red), 5000);
}

void TestX11Prepare::keepReadyHoldsAgainstTheServicesKeepWarmTime()
{
    CaptureResources resources;
    resources.setPrepareDelay(300); // as in a program (1 s there): after the picker took the capture
    resources.setKeepWarmTime(100); // not used with keep-ready on
    QSignalSpy ready(&resources, &CaptureResources::ready);
    resources.setKeepReady(true);
    QVERIFY(ready.wait(10000));
    const int liveSegments = X11ShmGrabber::liveSegmentCount();

    CaptureService service;
    service.setKeepWarmTime(100);
    {
        QVERIFY(showAndCancelOverlay(service));
    }
    QTest::qWait(800); // well past both keep-warm times
    QVERIFY(resources.isReady());
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), liveSegments);
    QCOMPARE(resources.regionPickerWindows()->idleWindowCount(), 1);
    QCOMPARE(resources.preparationCount(), 1); // nothing had to be made again

    // The service's own release leaves the program's resources alone.
    service.releaseIdleResources();
    QVERIFY(resources.isReady());
}

void TestX11Prepare::keptCaptureIsReplacedAndReleaseIsPreparedAgain()
{
    CaptureResources resources;
    resources.setPrepareDelay(200);
    QSignalSpy ready(&resources, &CaptureResources::ready);
    resources.setKeepReady(true);
    QVERIFY(ready.wait(10000));
    X11ShmGrabber *grabber = resources.sharedMemoryGrabber().get();

    CaptureService service;
    const CaptureOutcome held = captureWith(service); // kept, as the reporter keeps a full-screen capture
    QVERIFY(held.ok);
    QCOMPARE(grabber->idleSegmentCount(), 0);
    QVERIFY(!resources.isReady());
    QVERIFY(ready.wait(10000)); // a new segment made for the next capture
    QCOMPARE(grabber->segmentCount(), 2);
    QCOMPARE(grabber->idleSegmentCount(), 1);
    QCOMPARE(held.capture.image().pixelColor(windowPosition), squareColour(0, 0));
    QVERIFY(held.capture.image().constBits() != nullptr);

    // Freed on purpose (e.g. memory pressure): with keep-ready on, made again in idle time.
    ready.clear();
    resources.releaseIdleResources();
    QVERIFY(!resources.isReady());
    QCOMPARE(resources.regionPickerWindows()->windowCount(), 0);
    QVERIFY(ready.wait(10000));
    QVERIFY(resources.isReady());
    QCOMPARE(resources.regionPickerWindows()->idleWindowCount(), 1);
}

void TestX11Prepare::withoutKeepReadyTheyGoAfterTheKeepWarmTime()
{
    const int before = X11ShmGrabber::liveSegmentCount();
    CaptureResources resources;
    resources.setKeepWarmTime(300);
    QVERIFY(!resources.keepReady());
    {
        CaptureService service;
        QVERIFY(showAndCancelOverlay(service));
    }
    // Used: kept for a while (the next capture is warm)...
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before + 1);
    QCOMPARE(resources.regionPickerWindows()->idleWindowCount(), 1);
    QCOMPARE(resources.preparationCount(), 0);
    // ...then freed, and not made again.
    QTRY_COMPARE_WITH_TIMEOUT(X11ShmGrabber::liveSegmentCount(), before, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(resources.regionPickerWindows()->windowCount(), 0, 5000);
    QTest::qWait(CaptureResources::defaultPrepareDelay + 300);
    QCOMPARE(resources.preparationCount(), 0);
    QCOMPARE(X11ShmGrabber::liveSegmentCount(), before);
}

QTEST_MAIN(TestX11Prepare)
#include "tst_x11_prepare.moc"
