// The Wayland path: xdg-desktop-portal's Screenshot interface.
//  - PortalResponse: the Response signal's results map → a file path or an error, and the portal's file read
//    and deleted. The maps here are fakes written by the test, because no portal runs in CI.
//  - PortalBackend over real D-Bus: a private dbus-daemon is started for the test, and a fake portal (an
//    object registered as org.freedesktop.portal.Desktop on that bus) answers the way xdg-desktop-portal
//    does: Screenshot() returns the request path and the answer comes later as the request's Response
//    signal. The fake stands in for xdg-desktop-portal, which needs a desktop session; the D-Bus traffic,
//    the subscription, the timeout and the file handling are the real ones.
#include "capture/grab/capturebackend.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/desktoplayout.h"
#include "capture/grab/portalresponse.h"

#ifdef TIERDESK_HAVE_DBUS
#include "capture/grab/portalbackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#endif

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace tierdesk;

namespace {

QImage testImage(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    }
    return image;
}

ScreenGeometry screen(const QRect &logical, qreal ratio)
{
    ScreenGeometry geometry;
    geometry.name = QStringLiteral("screen");
    geometry.logicalGeometry = logical;
    geometry.devicePixelRatio = ratio;
    return geometry;
}

} // namespace

#ifdef TIERDESK_HAVE_DBUS

// One pending portal request, as xdg-desktop-portal exports it (only Close matters here).
class FakeRequest : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Request")

public:
    using QObject::QObject;
    bool closed = false;

public slots:
    void Close() { closed = true; }
};

// Stands in for xdg-desktop-portal's Screenshot interface (see the top of the file).
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Screenshot")

public:
    enum class Answer { WithFile, Cancelled, Ended, Never, BeforeReply };

    FakePortal(const QDBusConnection &bus, const QString &directory)
        : m_bus(bus)
        , m_directory(directory)
    {}

    Answer answer = Answer::WithFile;
    QString parentWindow;
    QVariantMap options;
    QString requestPath;
    QString writtenFile;
    FakeRequest *request = nullptr;

    // What a late answer (after the client gave up) would look like.
    void answerNow(uint code, const QVariantMap &results)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            requestPath, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
        signal << code << results;
        m_bus.send(signal);
    }

    QVariantMap writeScreenshot()
    {
        writtenFile = m_directory + QStringLiteral("/Screenshot from the portal.png");
        testImage(QSize(320, 200)).save(writtenFile);
        return QVariantMap{{QStringLiteral("uri"), QUrl::fromLocalFile(writtenFile).toString()}};
    }

public slots:
    QDBusObjectPath Screenshot(const QString &parent_window, const QVariantMap &options,
                               const QDBusMessage &message)
    {
        parentWindow = parent_window;
        this->options = options;
        QString sender = message.service().mid(1);
        sender.replace('.', '_');
        requestPath = QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2")
                          .arg(sender, options.value(QStringLiteral("handle_token")).toString());
        delete request;
        request = new FakeRequest(this);
        m_bus.registerObject(requestPath, request, QDBusConnection::ExportAllSlots);

        switch (answer) {
        case Answer::WithFile:
            QTimer::singleShot(20, this, [this] { answerNow(0, writeScreenshot()); });
            break;
        case Answer::Cancelled:
            QTimer::singleShot(20, this, [this] { answerNow(1, {}); });
            break;
        case Answer::Ended:
            QTimer::singleShot(20, this, [this] { answerNow(2, {}); });
            break;
        case Answer::BeforeReply:
            answerNow(0, writeScreenshot()); // the signal goes out before the method's reply
            break;
        case Answer::Never:
            break;
        }
        return QDBusObjectPath(requestPath);
    }

private:
    QDBusConnection m_bus;
    QString m_directory;
};

#endif

class TestPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void responseWithUriGivesTheFile();
    void responseCodes_data();
    void responseCodes();
    void takeCaptureReadsAndDeletesTheFile();
    void takeCaptureWithOtherSizeRecordsOneArea();
    void unreadableFileIsDeletedToo();

#ifdef TIERDESK_HAVE_DBUS
    void parentWindowHandleIsNeverEmpty();
    void requestPathFollowsTheSpec();

    void noPortalOnTheBus();
    void serviceFallsBackWhenNoPortalAnswers();
    void screenshotThroughThePortal();
    void answerBeforeTheReplyIsHeard();
    void cancelledByTheUser();
    void endedByThePortal();
    void timeoutClosesTheRequest();
    void cancelClosesTheRequest();
    void onlyFullDesktop();
#endif

private:
#ifdef TIERDESK_HAVE_DBUS
    bool startBus();
    QProcess m_daemon;
    QString m_address;
#endif
    QTemporaryDir m_dir;
};

void TestPortal::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPortal::cleanupTestCase()
{
#ifdef TIERDESK_HAVE_DBUS
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }
#endif
}

void TestPortal::responseWithUriGivesTheFile()
{
    // A fake results map: no portal runs in CI.
    const PortalResponse response =
        PortalResponse::parse(0, {{"uri", "file:///tmp/Screenshot%20from%202026-01-01.png"}});
    QVERIFY(response.isSuccess());
    QCOMPARE(response.filePath(), QString("/tmp/Screenshot from 2026-01-01.png"));
}

void TestPortal::responseCodes_data()
{
    QTest::addColumn<uint>("code");
    QTest::addColumn<QVariantMap>("results");
    QTest::addColumn<int>("error");
    QTest::newRow("cancelled") << 1u << QVariantMap() << int(CaptureError::Cancelled);
    QTest::newRow("ended") << 2u << QVariantMap() << int(CaptureError::Failed);
    QTest::newRow("unknown code") << 7u << QVariantMap() << int(CaptureError::Failed);
    QTest::newRow("success without uri") << 0u << QVariantMap() << int(CaptureError::Failed);
    QTest::newRow("not a local file")
        << 0u << QVariantMap{{"uri", "https://example.org/a.png"}} << int(CaptureError::Failed);
}

void TestPortal::responseCodes()
{
    QFETCH(uint, code);
    QFETCH(QVariantMap, results);
    QFETCH(int, error);
    const PortalResponse response = PortalResponse::parse(code, results);
    QVERIFY(!response.isSuccess());
    QVERIFY(response.filePath().isEmpty());
    QCOMPARE(int(response.failure().error()), error);
    QVERIFY(!response.failure().message().isEmpty());
    const CaptureResult result = response.takeCapture({});
    QVERIFY(!result.isSuccess());
    QCOMPARE(int(result.failure().error()), error);
    if (code == 7)
        QVERIFY(response.failure().message().contains("7"));
}

void TestPortal::takeCaptureReadsAndDeletesTheFile()
{
    const QString path = m_dir.filePath("portal-screenshot.png");
    const QImage written = testImage(QSize(400, 300));
    QVERIFY(written.save(path));
    // A fake Response (no portal in CI) pointing at the file the portal would have written.
    const PortalResponse response = PortalResponse::parse(0, {{"uri", QUrl::fromLocalFile(path).toString()}});
    QVERIFY(response.isSuccess());

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const CaptureResult result = response.takeCapture({screen(QRect(0, 0, 200, 150), 2.0)});
    QVERIFY(result.isSuccess());
    QVERIFY(!QFile::exists(path)); // the portal's file is gone
    const Capture &capture = result.capture();
    QCOMPARE(capture.image().convertToFormat(QImage::Format_RGB32), written);
    QCOMPARE(capture.mode(), CaptureMode::FullDesktop);
    QVERIFY(capture.capturedAtMs() >= before);
    // The screens match the image: recorded as they are.
    QCOMPARE(capture.screens().size(), 1);
    QCOMPARE(capture.screens().first().deviceGeometry, QRect(0, 0, 400, 300));
    QCOMPARE(capture.screens().first().devicePixelRatio, 2.0);
}

void TestPortal::takeCaptureWithOtherSizeRecordsOneArea()
{
    const QString path = m_dir.filePath("other-size.png");
    QVERIFY(testImage(QSize(300, 100)).save(path));
    const CaptureResult result = PortalResponse::parse(0, {{"uri", QUrl::fromLocalFile(path).toString()}})
                                     .takeCapture({screen(QRect(0, 0, 200, 150), 1.0)});
    QVERIFY(result.isSuccess());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(result.capture().screens().size(), 1);
    QCOMPARE(result.capture().screens().first().name, QString("portal"));
    QCOMPARE(result.capture().screens().first().logicalGeometry, QRect(0, 0, 200, 150));
    QCOMPARE(result.capture().screens().first().deviceGeometry, QRect(0, 0, 300, 100));
    QCOMPARE(result.capture().screens().first().devicePixelRatio, 1.5);
}

void TestPortal::unreadableFileIsDeletedToo()
{
    const QString path = m_dir.filePath("broken.png");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a PNG");
    file.close();
    const CaptureResult result =
        PortalResponse::parse(0, {{"uri", QUrl::fromLocalFile(path).toString()}}).takeCapture({});
    QVERIFY(!result.isSuccess());
    QCOMPARE(result.failure().error(), CaptureError::Failed);
    QVERIFY(!QFile::exists(path));
}

#ifdef TIERDESK_HAVE_DBUS

bool TestPortal::startBus()
{
    if (!m_address.isEmpty())
        return true;
    const QString daemon = QStandardPaths::findExecutable("dbus-daemon");
    if (daemon.isEmpty())
        return false;
    m_daemon.start(daemon, {"--session", "--nofork", "--print-address=1"});
    if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000))
        return false;
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return !m_address.isEmpty();
}

void TestPortal::parentWindowHandleIsNeverEmpty()
{
    QCOMPARE(PortalBackend::parentWindowHandle("xcb", WId(0x3a0000f)), QString("x11:3a0000f"));
    QCOMPARE(PortalBackend::parentWindowHandle("wayland", WId(0)), QString("wayland:"));
    QCOMPARE(PortalBackend::parentWindowHandle("wayland", WId(42)), QString("wayland:"));
    QVERIFY(!PortalBackend::parentWindowHandle("offscreen", WId(0)).isEmpty());
}

void TestPortal::requestPathFollowsTheSpec()
{
    QCOMPARE(PortalBackend::requestPath(":1.42", "tierdesk7_1"),
             QString("/org/freedesktop/portal/desktop/request/1_42/tierdesk7_1"));
}

#define NEED_BUS()                                                                                           \
    if (!startBus())                                                                                         \
    QSKIP("dbus-daemon is not installed (Debian: dbus-daemon); the portal's D-Bus path cannot be tested")

void TestPortal::noPortalOnTheBus()
{
    NEED_BUS();
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "empty-bus-client");
    QVERIFY(bus.isConnected());
    PortalBackend backend(bus);
    QVERIFY(!backend.isAvailable());
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::Unavailable);
    QVERIFY(!backend.isBusy());
}

// A stand-in for Qt's X11 grab (the offscreen platform cannot grab): answers with a small image.
class StandInScreen : public CaptureBackend
{
public:
    QString name() const override { return "stand-in-x11"; }
    QList<CaptureMode> supportedModes() const override { return allCaptureModes(); }
    void capture(const CaptureRequest &request) override
    {
        if (!beginCapture())
            return;
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::gray);
        deliverLater(CaptureResult::success(Capture(image, request.mode, {})));
    }
};

// The portal's end of the test bus for one test: a FakePortal registered under the real portal's name and
// object path, gone again (service and connection) when the test function returns, pass or fail.
class PortalSide
{
public:
    PortalSide(const QString &address, const QString &connectionName, const QString &directory,
               FakePortal::Answer answer)
        : m_connectionName(connectionName)
        , m_bus(QDBusConnection::connectToBus(address, connectionName))
        , portal(m_bus, directory)
    {
        portal.answer = answer;
        registered = m_bus.registerObject("/org/freedesktop/portal/desktop", &portal,
                                          QDBusConnection::ExportAllSlots) &&
                     m_bus.registerService("org.freedesktop.portal.Desktop");
    }
    ~PortalSide()
    {
        m_bus.unregisterService("org.freedesktop.portal.Desktop");
        QDBusConnection::disconnectFromBus(m_connectionName);
    }

private:
    QString m_connectionName;
    QDBusConnection m_bus;

public:
    FakePortal portal;
    bool registered = false;
};

void TestPortal::serviceFallsBackWhenNoPortalAnswers()
{
    NEED_BUS();
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "fallback-client");
    CaptureService service;
    service.setBackends({new PortalBackend(bus), new StandInScreen});
    QSignalSpy captured(&service, &CaptureService::captured);
    service.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 1);
    QCOMPARE(captured.first().at(0).value<Capture>().backendName(), QString("stand-in-x11"));
}

void TestPortal::screenshotThroughThePortal()
{
    NEED_BUS();
    PortalSide side(m_address, "portal-side-1", m_dir.path(), FakePortal::Answer::WithFile);
    QVERIFY(side.registered);
    FakePortal &portal = side.portal;

    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "client-1");
    PortalBackend backend(bus);
    QVERIFY(backend.isAvailable());
    QSignalSpy captured(&backend, &CaptureBackend::captured);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size() + failed.size(), 1);
    QVERIFY2(
        failed.isEmpty(),
        qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).value<CaptureFailure>().message()));

    // What the portal was asked.
    QVERIFY(!portal.parentWindow.isEmpty());
    QVERIFY(portal.parentWindow.startsWith("wayland:") || portal.parentWindow.startsWith("x11:"));
    QCOMPARE(portal.options.value("interactive"), QVariant(false));
    const QString token = portal.options.value("handle_token").toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(portal.requestPath, PortalBackend::requestPath(bus.baseService(), token));

    // What came back: the portal's image, and its file removed.
    const Capture capture = captured.first().at(0).value<Capture>();
    QCOMPARE(capture.image().convertToFormat(QImage::Format_RGB32), testImage(QSize(320, 200)));
    QCOMPARE(capture.backendName(), QString("xdg-portal"));
    QVERIFY(!portal.writtenFile.isEmpty());
    QVERIFY(!QFile::exists(portal.writtenFile));
    QVERIFY(!backend.isBusy());

    // A second screenshot uses a new request.
    const QString firstPath = portal.requestPath;
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(captured.size(), 2);
    QVERIFY(portal.requestPath != firstPath);
}

void TestPortal::answerBeforeTheReplyIsHeard()
{
    NEED_BUS();
    PortalSide side(m_address, "portal-side-2", m_dir.path(), FakePortal::Answer::BeforeReply);
    QVERIFY(side.registered);
    FakePortal &portal = side.portal;

    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "client-2");
    PortalBackend backend(bus);
    QSignalSpy captured(&backend, &CaptureBackend::captured);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    // Subscribed before the call: the early signal is not lost (it would end in a 30 s Timeout otherwise).
    QTRY_COMPARE(captured.size() + failed.size(), 1);
    QCOMPARE(captured.size(), 1);
    QVERIFY(!QFile::exists(portal.writtenFile));
}

void TestPortal::cancelledByTheUser()
{
    NEED_BUS();
    PortalSide side(m_address, "portal-side-3", m_dir.path(), FakePortal::Answer::Cancelled);
    QVERIFY(side.registered);

    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "client-3");
    PortalBackend backend(bus);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::Cancelled);
}

void TestPortal::endedByThePortal()
{
    NEED_BUS();
    PortalSide side(m_address, "portal-side-4", m_dir.path(), FakePortal::Answer::Ended);
    QVERIFY(side.registered);

    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "client-4");
    PortalBackend backend(bus);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::Failed);
}

void TestPortal::timeoutClosesTheRequest()
{
    NEED_BUS();
    PortalSide side(m_address, "portal-side-5", m_dir.path(), FakePortal::Answer::Never);
    QVERIFY(side.registered);
    FakePortal &portal = side.portal;

    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "client-5");
    PortalBackend backend(bus);
    QCOMPARE(backend.timeout(), 30000); // the default
    backend.setTimeout(300);
    QSignalSpy captured(&backend, &CaptureBackend::captured);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::Timeout);
    QVERIFY(portal.request);
    QTRY_VERIFY(portal.request->closed);

    // A late answer is ignored: no second result.
    portal.answerNow(0, portal.writeScreenshot());
    QTest::qWait(200);
    QCOMPARE(captured.size(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestPortal::cancelClosesTheRequest()
{
    NEED_BUS();
    PortalSide side(m_address, "portal-side-6", m_dir.path(), FakePortal::Answer::Never);
    QVERIFY(side.registered);
    FakePortal &portal = side.portal;

    QDBusConnection bus = QDBusConnection::connectToBus(m_address, "client-6");
    PortalBackend backend(bus);
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::fullDesktop());
    QTRY_VERIFY(portal.request); // the portal has the request
    backend.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::Cancelled);
    QTRY_VERIFY(portal.request->closed);
    QVERIFY(!backend.isBusy());
}

void TestPortal::onlyFullDesktop()
{
    PortalBackend backend(QDBusConnection::connectToBus(QString("unix:path=/nonexistent"), "nowhere"));
    QCOMPARE(backend.supportedModes(), QList<CaptureMode>{CaptureMode::FullDesktop});
    QVERIFY(!backend.isAvailable());
    QSignalSpy failed(&backend, &CaptureBackend::failed);
    backend.capture(CaptureRequest::activeWindow());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::Unsupported);
}

#endif // TIERDESK_HAVE_DBUS

QTEST_MAIN(TestPortal)
#include "tst_grab_portal.moc"
