// DesktopLayout (where each monitor's pixels go, logical -> device mapping, stitching) with synthetic monitor
// setups, and the Capture value type (metadata JSON, crops). Pure geometry: no window system needed.
#include "capture/grab/capture.h"
#include "capture/grab/desktoplayout.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace tierdesk;

namespace {

ScreenGeometry screen(const QString &name, const QRect &logical, qreal ratio)
{
    ScreenGeometry geometry;
    geometry.name = name;
    geometry.logicalGeometry = logical;
    geometry.devicePixelRatio = ratio;
    return geometry;
}

// An image of a screen's device pixels, one colour, carrying the ratio like a real grab does.
QImage screenImage(const QSize &devicePixels, QColor colour, qreal ratio)
{
    QImage image(devicePixels, QImage::Format_RGB32);
    image.fill(colour);
    image.setDevicePixelRatio(ratio);
    return image;
}

} // namespace

class TestGrabLayout : public QObject
{
    Q_OBJECT

private slots:
    void singleScreenIsIdentity();
    void mixedRatiosSideBySideKeepNativeOrigins();
    void negativeOriginsAreShifted();
    void stackedScreens();
    void pointBasedLayoutFallsBackToScaledPlacement();
    void fractionalRatioKeepsRegionsAdjacent();
    void regionOutsideEveryScreenIsEmpty();
    void pointMappingRoundTrips();
    void stitchDrawsDevicePixelsOneToOne();
    void stitchNeedsOneImagePerScreen();
    void stitchOfOneScreenIsThatScreensImage();
    void fromResolvedScreensKeepsDeviceRects();
    void captureMetadataRoundTrip();
    void cropKeepsTimeAndRecordsSource();
    void cropOutsideImageIsNull();
};

void TestGrabLayout::singleScreenIsIdentity()
{
    const DesktopLayout layout({screen("A", QRect(0, 0, 1920, 1080), 1.0)});
    QCOMPARE(layout.placement(), DesktopLayout::Placement::NativeOrigins);
    QCOMPARE(layout.imageSize(), QSize(1920, 1080));
    QCOMPARE(layout.screens().at(0).deviceGeometry, QRect(0, 0, 1920, 1080));
    QCOMPARE(layout.logicalToDevice(QRect(100, 200, 300, 40)), QRect(100, 200, 300, 40));
}

// Qt's high-DPI scaling (X11, Windows) keeps each screen's native top-left and divides the size: a 2560×1440
// panel at 2× left of a 1920×1080 panel at 1× has logical geometries (0,0 1280×720) and (2560,0 1920×1080).
void TestGrabLayout::mixedRatiosSideBySideKeepNativeOrigins()
{
    const DesktopLayout layout(
        {screen("hidpi", QRect(0, 0, 1280, 720), 2.0), screen("normal", QRect(2560, 0, 1920, 1080), 1.0)});
    QCOMPARE(layout.placement(), DesktopLayout::Placement::NativeOrigins);
    QCOMPARE(layout.screens().at(0).deviceGeometry, QRect(0, 0, 2560, 1440));
    QCOMPARE(layout.screens().at(1).deviceGeometry, QRect(2560, 0, 1920, 1080));
    QCOMPARE(layout.imageSize(), QSize(4480, 1440));

    // On the 2× screen every logical pixel is 2×2 device pixels, on the 1× screen one.
    QCOMPARE(layout.logicalToDevice(QRect(100, 50, 30, 20)), QRect(200, 100, 60, 40));
    QCOMPARE(layout.logicalToDevice(QRect(2600, 100, 200, 50)), QRect(2600, 100, 200, 50));
    QCOMPARE(layout.logicalToDevice(QRect(1279, 719, 1, 1)), QRect(2558, 1438, 2, 2));
}

void TestGrabLayout::negativeOriginsAreShifted()
{
    // A 1× screen left of and 200 px above the primary 2× screen.
    const DesktopLayout layout({screen("left", QRect(-1920, -200, 1920, 1080), 1.0),
                                screen("primary", QRect(0, 0, 1280, 800), 2.0)});
    QCOMPARE(layout.placement(), DesktopLayout::Placement::NativeOrigins);
    QCOMPARE(layout.screens().at(0).deviceGeometry, QRect(0, 0, 1920, 1080));
    QCOMPARE(layout.screens().at(1).deviceGeometry, QRect(1920, 200, 2560, 1600));
    QCOMPARE(layout.imageSize(), QSize(4480, 1800));

    QCOMPARE(layout.logicalToDevice(QRect(-1920, -200, 10, 10)), QRect(0, 0, 10, 10));
    QCOMPARE(layout.logicalToDevice(QRect(0, 0, 10, 10)), QRect(1920, 200, 20, 20));
    // Across the seam: 10 logical px on the left screen + 10 on the 2× screen.
    QCOMPARE(layout.logicalToDevice(QRect(-10, 0, 20, 10)), QRect(1910, 200, 30, 20));
}

void TestGrabLayout::stackedScreens()
{
    const DesktopLayout layout(
        {screen("top", QRect(0, 0, 1920, 1080), 1.0), screen("bottom", QRect(0, 1080, 1920, 1080), 1.0)});
    QCOMPARE(layout.screens().at(1).deviceGeometry, QRect(0, 1080, 1920, 1080));
    QCOMPARE(layout.imageSize(), QSize(1920, 2160));
    QCOMPARE(layout.logicalToDevice(QRect(10, 1070, 100, 20)), QRect(10, 1070, 100, 20));
    QCOMPARE(layout.screenAtLogical(QPointF(5, 1500)), 1);
    QCOMPARE(layout.screenAtDevice(QPoint(5, 1500)), 1);
}

// Where logical coordinates are points that tile the desktop (macOS), a 2× screen above a 1× screen would
// overlap when placed at native origins; the layout then scales positions by the largest ratio.
void TestGrabLayout::pointBasedLayoutFallsBackToScaledPlacement()
{
    const QList<ScreenGeometry> screens{screen("retina", QRect(0, 0, 1440, 900), 2.0),
                                        screen("external", QRect(0, 900, 1920, 1080), 1.0)};
    const DesktopLayout layout(screens);
    QCOMPARE(layout.placement(), DesktopLayout::Placement::ScaledByLargestRatio);
    QCOMPARE(layout.screens().at(0).deviceGeometry, QRect(0, 0, 2880, 1800));
    QCOMPARE(layout.screens().at(1).deviceGeometry, QRect(0, 1800, 1920, 1080));
    QCOMPARE(layout.imageSize(), QSize(2880, 2880));
    // 10 logical rows on each screen.
    QCOMPARE(layout.logicalToDevice(QRect(10, 890, 20, 20)), QRect(10, 1780, 50, 30));

    // Asking for native origins anyway gives what Auto avoided: overlapping screens.
    const DesktopLayout forced(screens, DesktopLayout::Placement::NativeOrigins);
    QVERIFY(forced.screens().at(0).deviceGeometry.intersects(forced.screens().at(1).deviceGeometry));
}

// At 1.5× the edges of neighbouring logical rectangles must map to the same device edge: no gaps, no
// overlaps, no drift (the few-pixel shifts other tools show come from mapping position and size apart).
void TestGrabLayout::fractionalRatioKeepsRegionsAdjacent()
{
    const DesktopLayout layout({screen("A", QRect(0, 0, 1280, 720), 1.5)});
    QCOMPARE(layout.imageSize(), QSize(1920, 1080));
    int previousRight = 0;
    for (int x = 0; x < 40; ++x) {
        const QRect device = layout.logicalToDevice(QRect(x, 7, 1, 1));
        QCOMPARE(device.left(), previousRight);
        QVERIFY(device.width() == 1 || device.width() == 2);
        previousRight = device.left() + device.width();
    }
    QCOMPARE(previousRight, 60);
    QCOMPARE(layout.logicalToDevice(QRect(0, 0, 1280, 720)), QRect(0, 0, 1920, 1080));
    QCOMPARE(layout.logicalToDevice(QRect(10, 10, 20, 20)), QRect(15, 15, 30, 30));
}

void TestGrabLayout::regionOutsideEveryScreenIsEmpty()
{
    const DesktopLayout layout(
        {screen("hidpi", QRect(0, 0, 1280, 720), 2.0), screen("normal", QRect(2560, 0, 1920, 1080), 1.0)});
    // In the logical gap between the two screens (Qt's scaling leaves one) and far away.
    QVERIFY(layout.logicalToDevice(QRect(1500, 10, 100, 100)).isEmpty());
    QVERIFY(layout.logicalToDevice(QRect(-500, -500, 100, 100)).isEmpty());
    // Partly outside: clipped to the screen.
    QCOMPARE(layout.logicalToDevice(QRect(1270, 710, 100, 100)), QRect(2540, 1420, 20, 20));
}

void TestGrabLayout::pointMappingRoundTrips()
{
    const DesktopLayout layout({screen("left", QRect(-1920, -200, 1920, 1080), 1.0),
                                screen("primary", QRect(0, 0, 1280, 800), 2.0)});
    QCOMPARE(layout.logicalToDevice(QPointF(100, 100)), QPoint(1920 + 200, 200 + 200));
    QCOMPARE(layout.logicalToDevice(QPointF(-1920, -200)), QPoint(0, 0));
    QCOMPARE(layout.deviceToLogical(QPointF(2120, 400)), QPointF(100, 100));
    QCOMPARE(layout.deviceToLogical(QPointF(5, 6)), QPointF(-1915, -194));
    // Outside every screen: mapped through the nearest one.
    QCOMPARE(layout.nearestScreenToLogical(QPointF(5000, 10)), 1);
}

void TestGrabLayout::stitchDrawsDevicePixelsOneToOne()
{
    const DesktopLayout layout({screen("left", QRect(-1920, -200, 1920, 1080), 1.0),
                                screen("primary", QRect(0, 0, 1280, 800), 2.0)});
    QImage primary = screenImage(QSize(2560, 1600), Qt::blue, 2.0);
    primary.setPixelColor(2559, 1599, Qt::yellow); // the last device pixel must survive, not be scaled away
    const QImage desktop = layout.stitch({screenImage(QSize(1920, 1080), Qt::red, 1.0), primary});

    QCOMPARE(desktop.size(), QSize(4480, 1800));
    QCOMPARE(desktop.devicePixelRatio(), 1.0);
    QCOMPARE(desktop.pixelColor(0, 0), QColor(Qt::red));
    QCOMPARE(desktop.pixelColor(1919, 1079), QColor(Qt::red));
    QCOMPARE(desktop.pixelColor(1920, 200), QColor(Qt::blue));
    QCOMPARE(desktop.pixelColor(4479, 1799), QColor(Qt::yellow));
    QCOMPARE(desktop.pixelColor(4478, 1799), QColor(Qt::blue));
    // Where no screen is: black.
    QCOMPARE(desktop.pixelColor(1920, 199), QColor(Qt::black));
    QCOMPARE(desktop.pixelColor(100, 1700), QColor(Qt::black));
}

void TestGrabLayout::stitchNeedsOneImagePerScreen()
{
    const DesktopLayout layout(
        {screen("A", QRect(0, 0, 100, 100), 1.0), screen("B", QRect(100, 0, 100, 100), 1.0)});
    QVERIFY(layout.stitch({screenImage(QSize(100, 100), Qt::red, 1.0)}).isNull());
    QVERIFY(DesktopLayout().stitch({}).isNull());
}

// One screen filling the desktop: its image is returned as it is (shared, no 4K copy), as RGB32 at ratio 1.
void TestGrabLayout::stitchOfOneScreenIsThatScreensImage()
{
    const DesktopLayout single({screen("only", QRect(0, 0, 640, 400), 1.0)});
    QImage image = screenImage(QSize(640, 400), Qt::blue, 1.0);
    image.setPixelColor(639, 399, Qt::yellow);
    const QImage desktop = single.stitch({image});
    QCOMPARE(desktop, image);
    QCOMPARE(desktop.constBits(), image.constBits()); // the same pixels, not a copy

    // A 2× screen's grab carries its ratio: same pixels, ratio 1 (a copy is unavoidable then).
    const DesktopLayout hidpi({screen("hidpi", QRect(0, 0, 640, 400), 2.0)});
    const QImage scaled = screenImage(QSize(1280, 800), Qt::red, 2.0);
    const QImage hidpiDesktop = hidpi.stitch({scaled});
    QCOMPARE(hidpiDesktop.size(), QSize(1280, 800));
    QCOMPARE(hidpiDesktop.devicePixelRatio(), 1.0);
    QCOMPARE(hidpiDesktop.pixelColor(1279, 799), QColor(Qt::red));

    // Another format comes back as RGB32; a grab of the wrong size goes the stitching way (black where it
    // does not reach).
    QImage argb(640, 400, QImage::Format_ARGB32_Premultiplied);
    argb.fill(Qt::green);
    QCOMPARE(single.stitch({argb}).format(), QImage::Format_RGB32);
    QCOMPARE(single.stitch({argb}).pixelColor(10, 10), QColor(Qt::green));
    const QImage small = single.stitch({screenImage(QSize(600, 400), Qt::blue, 1.0)});
    QCOMPARE(small.size(), QSize(640, 400));
    QCOMPARE(small.pixelColor(599, 0), QColor(Qt::blue));
    QCOMPARE(small.pixelColor(600, 0), QColor(Qt::black));
}

void TestGrabLayout::fromResolvedScreensKeepsDeviceRects()
{
    const DesktopLayout computed(
        {screen("hidpi", QRect(0, 0, 1280, 720), 2.0), screen("normal", QRect(2560, 0, 1920, 1080), 1.0)});
    const DesktopLayout resolved = DesktopLayout::fromResolvedScreens(computed.screens());
    QCOMPARE(resolved.screens(), computed.screens());
    QCOMPARE(resolved.imageSize(), computed.imageSize());
    QCOMPARE(resolved.logicalToDevice(QRect(100, 50, 30, 20)), QRect(200, 100, 60, 40));
}

void TestGrabLayout::captureMetadataRoundTrip()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const DesktopLayout layout(
        {screen("hidpi", QRect(0, 0, 1280, 720), 2.0), screen("normal", QRect(2560, 0, 1920, 1080), 1.0)});
    QImage image(layout.imageSize(), QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    Capture capture(image, CaptureMode::FullDesktop, layout.screens());
    capture.setBackendName("test");
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QVERIFY(capture.capturedAtMs() >= before && capture.capturedAtMs() <= after);
    QCOMPARE(capture.utcOffsetSeconds(), QDateTime::currentDateTime().offsetFromUtc());
    QVERIFY(QRegularExpression("^\\d+\\.\\d+\\.\\d+").match(capture.applicationVersion()).hasMatch());
    QCOMPARE(capture.applicationVersion(), Capture::currentApplicationVersion());

    const QJsonObject json = capture.metadataJson();
    QCOMPARE(json.value("mode").toString(), QString("fullDesktop"));
    QCOMPARE(json.value("backend").toString(), QString("test"));
    QCOMPARE(json.value("screens").toArray().size(), 2);
    QCOMPARE(json.value("screens").toArray().at(0).toObject().value("devicePixelRatio").toDouble(), 2.0);
    QCOMPARE(json.value("capturedAt").toString(),
             QDateTime::fromMSecsSinceEpoch(capture.capturedAtMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    QVERIFY(json.value("capturedAt").toString().endsWith('Z'));

    // Through text and back, as when the JSON is saved next to the PNG.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const auto restored = Capture::fromMetadataJson(reread, image);
    QVERIFY(restored.has_value());
    QCOMPARE(restored->screens(), capture.screens());
    QCOMPARE(restored->capturedAtMs(), capture.capturedAtMs());
    QCOMPARE(restored->utcOffsetSeconds(), capture.utcOffsetSeconds());
    QCOMPARE(restored->mode(), capture.mode());
    QCOMPARE(restored->sourceRect(), capture.sourceRect());
    QCOMPARE(restored->applicationVersion(), capture.applicationVersion());
    QCOMPARE(restored->metadataJson(), json);

    QVERIFY(!Capture::fromMetadataJson(QJsonObject{{"format", "something else"}}, image).has_value());
    QJsonObject broken = json;
    broken.insert("mode", "everything");
    QVERIFY(!Capture::fromMetadataJson(broken, image).has_value());
}

void TestGrabLayout::cropKeepsTimeAndRecordsSource()
{
    QImage image(200, 100, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x, y, 7));
    }
    Capture capture(image, CaptureMode::FullDesktop, {});
    capture.setCapturedAt(1'700'000'000'123, 3600);

    const Capture crop = capture.cropped(QRect(50, 20, 30, 10));
    QCOMPARE(crop.mode(), CaptureMode::Region);
    QCOMPARE(crop.image().size(), QSize(30, 10));
    QCOMPARE(crop.image().pixel(0, 0), qRgb(50, 20, 7));
    QCOMPARE(crop.image().pixel(29, 9), qRgb(79, 29, 7));
    QCOMPARE(crop.sourceRect(), QRect(50, 20, 30, 10));
    QCOMPARE(crop.capturedAtMs(), capture.capturedAtMs());
    QCOMPARE(crop.utcOffsetSeconds(), 3600);
    QCOMPARE(crop.suggestedFileName(), QString("screenshot-2023-11-14_23-13-20.png"));

    // A crop of a crop still says where it is in the desktop image.
    const Capture inner = crop.cropped(QRect(5, 5, 100, 100));
    QCOMPARE(inner.sourceRect(), QRect(55, 25, 25, 5));
    QCOMPARE(inner.image().pixel(0, 0), qRgb(55, 25, 7));
}

void TestGrabLayout::cropOutsideImageIsNull()
{
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    const Capture capture(image, CaptureMode::FullDesktop, {});
    QVERIFY(capture.cropped(QRect(30, 30, 5, 5)).isNull());
    QVERIFY(capture.cropped(QRect()).isNull());
}

QTEST_MAIN(TestGrabLayout)
#include "tst_grab_layout.moc"
