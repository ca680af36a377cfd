// CaptureService: backend choice and fallback, the delay (cancellable), hiding our own windows during the
// grab. The backends here are stand-ins: the offscreen platform cannot grab a desktop, so a small
// CaptureBackend subclass plays the screen (it answers with a synthetic image or with a chosen failure) and
// records what the service did before calling it. The real grabbing is tested under Xvfb (tst_x11_*).
#include "capture/grab/capturebackend.h"
#include "capture/grab/captureservice.h"

#include <QSignalSpy>
#include <QWidget>
#include <QWindow>
#include <QtTest>
#include <optional>

using namespace tierdesk;

namespace {

class StandInBackend : public CaptureBackend
{
public:
    explicit StandInBackend(QString name, std::optional<CaptureError> failWith = std::nullopt)
        : m_name(std::move(name))
        , m_failWith(failWith)
    {}

    QString name() const override { return m_name; }
    QList<CaptureMode> supportedModes() const override { return m_modes; }
    bool isAvailable() const override { return m_available; }
    void capture(const CaptureRequest &request) override
    {
        ++calls;
        lastRequest = request;
        if (observe)
            observe();
        if (!beginCapture())
            return;
        if (m_failWith) {
            deliverLater(CaptureResult::failure(*m_failWith, QStringLiteral("stand-in")));
            return;
        }
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        deliverLater(CaptureResult::success(Capture(image, request.mode, {})));
    }

    int calls = 0;
    CaptureRequest lastRequest;
    std::function<void()> observe; // runs when the service calls capture()
    QList<CaptureMode> m_modes = allCaptureModes();
    bool m_available = true;

private:
    QString m_name;
    std::optional<CaptureError> m_failWith;
};

CaptureFailure firstFailure(const QSignalSpy &spy)
{
    return spy.first().at(0).value<CaptureFailure>();
}

} // namespace

class TestCaptureService : public QObject
{
    Q_OBJECT

private slots:
    void capturesWithTheFirstBackend();
    void delayIsClamped();
    void delayCountsDownBeforeTheGrab();
    void delayIsCancellable();
    void ourWindowsAreHiddenDuringTheGrabAndShownAfter();
    void unavailableBackendFallsBackToTheNext();
    void backendsThatCannotWorkAreSkipped();
    void otherFailuresDoNotFallBack();
    void noBackendForTheMode();
    void secondCaptureWhileBusyFails();
    void backendIsBusyUntilItAnswers();
    void defaultBackendsPerSession();
    void failureMessagesAreSentences();
};

void TestCaptureService::capturesWithTheFirstBackend()
{
    auto *backend = new StandInBackend("one");
    CaptureService service;
    service.setBackends({backend});
    QSignalSpy captured(&service, &CaptureService::captured);
    service.capture(CaptureRequest::screen(0));
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(backend->calls, 1);
    QCOMPARE(backend->lastRequest.mode, CaptureMode::Screen);
    const Capture capture = captured.first().at(0).value<Capture>();
    QCOMPARE(capture.image().size(), QSize(64, 48));
    QCOMPARE(capture.backendName(), QString("one")); // filled in by CaptureBackend
    QVERIFY(!service.isBusy());
    QCOMPARE(backend->parent(), &service); // owned
}

void TestCaptureService::delayIsClamped()
{
    CaptureService service;
    service.setBackends({});
    QCOMPARE(service.delay(), 0);
    service.setDelay(4);
    QCOMPARE(service.delay(), 4);
    service.setDelay(60);
    QCOMPARE(service.delay(), CaptureService::maximumDelaySeconds);
    service.setDelay(-3);
    QCOMPARE(service.delay(), 0);
}

void TestCaptureService::delayCountsDownBeforeTheGrab()
{
    auto *backend = new StandInBackend("one");
    CaptureService service;
    service.setBackends({backend});
    service.setDelay(1);
    QList<int> countdown;
    connect(&service, &CaptureService::countdown, this, [&](int left) { countdown.append(left); });
    QList<int> countdownWhenGrabbed;
    backend->observe = [&] { countdownWhenGrabbed = countdown; };
    QSignalSpy captured(&service, &CaptureService::captured);

    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(countdown, (QList<int>{1, 0}));
    QCOMPARE(countdownWhenGrabbed, (QList<int>{1, 0})); // not grabbed before the count reached 0
}

void TestCaptureService::delayIsCancellable()
{
    auto *backend = new StandInBackend("one");
    CaptureService service;
    service.setBackends({backend});
    service.setDelay(1);
    QSignalSpy countdown(&service, &CaptureService::countdown);
    QSignalSpy captured(&service, &CaptureService::captured);
    QSignalSpy failed(&service, &CaptureService::failed);

    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(countdown.size(), 1); // the delay has started
    QVERIFY(service.isBusy());
    service.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(firstFailure(failed).error(), CaptureError::Cancelled);
    QVERIFY(!service.isBusy());

    // Well past the delay: the grab never happens.
    QTest::qWait(1500);
    QCOMPARE(backend->calls, 0);
    QCOMPARE(captured.size(), 0);
    QCOMPARE(countdown.size(), 1);

    // And the service works again afterwards.
    service.setDelay(0);
    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
}

void TestCaptureService::ourWindowsAreHiddenDuringTheGrabAndShownAfter()
{
    QWidget mainWindow;
    mainWindow.resize(200, 100);
    mainWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
    QWidget alreadyHidden;

    auto *backend = new StandInBackend("one");
    bool visibleDuringGrab = true;
    bool exposedDuringGrab = true;
    backend->observe = [&] {
        visibleDuringGrab = mainWindow.isVisible();
        exposedDuringGrab = mainWindow.windowHandle()->isExposed();
    };
    CaptureService service;
    service.setBackends({backend});
    service.setSettleTime(0);
    service.setHideHook([&] { return QList<QWidget *>{&mainWindow, &alreadyHidden}; });
    QSignalSpy captured(&service, &CaptureService::captured);

    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(backend->calls, 1);
    QVERIFY(!visibleDuringGrab);
    QVERIFY(!exposedDuringGrab);
    QVERIFY(mainWindow.isVisible());
    QVERIFY(!alreadyHidden.isVisible()); // only what was hidden for the grab comes back
    QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
}

void TestCaptureService::unavailableBackendFallsBackToTheNext()
{
    auto *portal = new StandInBackend("portal", CaptureError::Unavailable);
    auto *x11 = new StandInBackend("x11");
    CaptureService service;
    service.setBackends({portal, x11});
    QSignalSpy captured(&service, &CaptureService::captured);
    QSignalSpy failed(&service, &CaptureService::failed);
    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(portal->calls, 1);
    QCOMPARE(x11->calls, 1);
    QCOMPARE(captured.first().at(0).value<Capture>().backendName(), QString("x11"));
}

void TestCaptureService::backendsThatCannotWorkAreSkipped()
{
    auto *unavailable = new StandInBackend("no portal here");
    unavailable->m_available = false;
    auto *fullDesktopOnly = new StandInBackend("full desktop only");
    fullDesktopOnly->m_modes = {CaptureMode::FullDesktop};
    auto *everything = new StandInBackend("everything");
    CaptureService service;
    service.setBackends({unavailable, fullDesktopOnly, everything});
    QCOMPARE(service.supportedModes(), allCaptureModes());
    QSignalSpy captured(&service, &CaptureService::captured);

    service.capture(CaptureRequest::logicalRegion(QRect(0, 0, 10, 10)));
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(unavailable->calls, 0);
    QCOMPARE(fullDesktopOnly->calls, 0);
    QCOMPARE(everything->calls, 1);

    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 2);
    QCOMPARE(fullDesktopOnly->calls, 1);
    QCOMPARE(everything->calls, 1);
}

void TestCaptureService::otherFailuresDoNotFallBack()
{
    auto *denied = new StandInBackend("mac", CaptureError::PermissionDenied);
    auto *other = new StandInBackend("other");
    CaptureService service;
    service.setBackends({denied, other});
    QSignalSpy failed(&service, &CaptureService::failed);
    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(firstFailure(failed).error(), CaptureError::PermissionDenied);
    QCOMPARE(other->calls, 0); // a refusal is reported, not hidden behind another backend's wallpaper
}

void TestCaptureService::noBackendForTheMode()
{
    auto *fullDesktopOnly = new StandInBackend("portal");
    fullDesktopOnly->m_modes = {CaptureMode::FullDesktop};
    CaptureService service;
    service.setBackends({fullDesktopOnly});
    QCOMPARE(service.supportedModes(), QList<CaptureMode>{CaptureMode::FullDesktop});
    QSignalSpy failed(&service, &CaptureService::failed);
    service.capture(CaptureRequest::activeWindow());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(firstFailure(failed).error(), CaptureError::Unsupported);

    fullDesktopOnly->m_available = false;
    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).value<CaptureFailure>().error(), CaptureError::Unavailable);
}

void TestCaptureService::secondCaptureWhileBusyFails()
{
    auto *backend = new StandInBackend("one");
    CaptureService service;
    service.setBackends({backend});
    service.setDelay(1);
    QSignalSpy captured(&service, &CaptureService::captured);
    QSignalSpy failed(&service, &CaptureService::failed);
    service.capture(CaptureRequest::fullDesktop());
    service.capture(CaptureRequest::screen(0));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(firstFailure(failed).error(), CaptureError::Failed);
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(backend->calls, 1);
    QCOMPARE(backend->lastRequest.mode, CaptureMode::FullDesktop);
}

void TestCaptureService::backendIsBusyUntilItAnswers()
{
    StandInBackend backend("one");
    QSignalSpy captured(&backend, &CaptureBackend::captured);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QVERIFY(backend.isBusy());
    backend.capture(CaptureRequest::fullDesktop());
    QCOMPARE(captured.size(), 0); // never from inside capture()
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!backend.isBusy());
}

void TestCaptureService::defaultBackendsPerSession()
{
    auto names = [](CaptureService::Session session) {
        QStringList result;
        const QList<CaptureBackend *> backends = CaptureService::createDefaultBackends(session);
        for (CaptureBackend *backend : backends)
            result.append(backend->name());
        qDeleteAll(backends);
        return result;
    };
    QCOMPARE(names(CaptureService::Session::X11), QStringList{"qt-screen"});
    QCOMPARE(names(CaptureService::Session::Windows), QStringList{"qt-screen"});
#ifdef TIERDESK_HAVE_DBUS
    QCOMPARE(names(CaptureService::Session::Wayland), (QStringList{"xdg-portal", "qt-screen"}));
#else
    QCOMPARE(names(CaptureService::Session::Wayland), QStringList{"qt-screen"});
#endif
}

void TestCaptureService::failureMessagesAreSentences()
{
    QSet<QString> texts;
    for (CaptureError error :
         {CaptureError::PermissionDenied, CaptureError::Unsupported, CaptureError::Cancelled,
          CaptureError::Timeout, CaptureError::Failed, CaptureError::Unavailable}) {
        const QString text = CaptureFailure::errorText(error);
        QVERIFY(text.endsWith('.'));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 6);
    QVERIFY(CaptureFailure(CaptureError::Failed, "disk full").message().contains("disk full"));
    QVERIFY(CaptureFailure(CaptureError::PermissionDenied).message().contains("screen recording"));
}

QTEST_MAIN(TestCaptureService)
#include "tst_grab_service.moc"
