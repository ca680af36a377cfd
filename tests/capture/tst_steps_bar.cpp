// StepsRecorderBar: the always-on-top bar hides itself while a step is grabbed, shows itself again and
// appends the step with the next number. The backend is a stand-in for the screen: the offscreen platform
// cannot grab a desktop, so a CaptureBackend subclass answers with a synthetic image and records whether the
// bar was on the screen at the moment the CaptureService asked it to grab. Everything else (the service, the
// bar, its hiding and the series) is the real thing.
#include "capture/grab/capturebackend.h"
#include "capture/grab/captureservice.h"
#include "capture/steps/stepseries.h"
#include "capture/steps/stepsrecorderbar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QWindow>
#include <QtTest>
#include <optional>

using namespace tierdesk;

namespace {

class StandInScreen : public CaptureBackend
{
public:
    QString name() const override { return QStringLiteral("stand-in"); }
    QList<CaptureMode> supportedModes() const override { return allCaptureModes(); }
    void capture(const CaptureRequest &request) override
    {
        ++calls;
        lastMode = request.mode;
        barVisible = bar && bar->isVisible();
        barExposed = bar && bar->windowHandle() && bar->windowHandle()->isExposed();
        if (!beginCapture())
            return;
        if (failWith) {
            deliverLater(CaptureResult::failure(*failWith));
            return;
        }
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((calls * 40) % 360, 200, 200));
        deliverLater(CaptureResult::success(Capture(image, request.mode, {})));
    }

    QWidget *bar = nullptr;
    int calls = 0;
    CaptureMode lastMode = CaptureMode::FullDesktop;
    std::optional<bool> barVisible;
    std::optional<bool> barExposed;
    std::optional<CaptureError> failWith;
};

QPushButton *button(QWidget *bar, const QString &text)
{
    const QList<QPushButton *> buttons = bar->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

class TestStepsRecorderBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void isASmallAlwaysOnTopToolBar();
    void hidesItselfDuringTheGrabAndAddsTheNextStep();
    void buttonsAreDisabledWhileCapturing();
    void failedGrabShowsTheReasonAndAddsNothing();
    void capturesOfOthersThroughTheSameServiceAreNotSteps();
    void finishAndEscape();
    void usesTheGivenSeriesAndRequest();

private:
    CaptureService *m_service = nullptr;
    StandInScreen *m_screen = nullptr;
    StepsRecorderBar *m_bar = nullptr;

    bool showBar();
};

void TestStepsRecorderBar::init()
{
    m_service = new CaptureService;
    m_screen = new StandInScreen;
    m_service->setBackends({m_screen});
    m_bar = new StepsRecorderBar(m_service);
    m_bar->setSettleTime(0);
    m_screen->bar = m_bar;
}

void TestStepsRecorderBar::cleanup()
{
    delete m_bar;
    delete m_service;
}

bool TestStepsRecorderBar::showBar()
{
    m_bar->show();
    return QTest::qWaitForWindowExposed(m_bar);
}

void TestStepsRecorderBar::isASmallAlwaysOnTopToolBar()
{
    QVERIFY(showBar());
    const Qt::WindowFlags flags = m_bar->windowFlags();
    QVERIFY(flags & Qt::WindowStaysOnTopHint);
    QVERIFY(flags & Qt::FramelessWindowHint);
    QCOMPARE(flags & Qt::WindowType_Mask, Qt::Tool);
    QVERIFY(button(m_bar, "Capture step"));
    QVERIFY(button(m_bar, "Finish"));
    QVERIFY(m_bar->height() < 100);
    // Placed at the top of the screen.
    QVERIFY(m_bar->y() - m_bar->screen()->availableGeometry().top() < 50);
}

void TestStepsRecorderBar::hidesItselfDuringTheGrabAndAddsTheNextStep()
{
    QVERIFY(showBar());
    QSignalSpy stepCaptured(m_bar, &StepsRecorderBar::stepCaptured);

    QTest::mouseClick(button(m_bar, "Capture step"), Qt::LeftButton);
    QVERIFY(m_bar->isCapturing());
    QTRY_COMPARE(stepCaptured.size(), 1);
    QCOMPARE(stepCaptured.first().at(0).toInt(), 1);
    QCOMPARE(m_screen->calls, 1);
    QCOMPARE(m_screen->barVisible, std::optional<bool>(false));
    QCOMPARE(m_screen->barExposed, std::optional<bool>(false)); // really off the screen, not just hide()
    QVERIFY(m_bar->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_bar));
    QVERIFY(!m_bar->isCapturing());
    QCOMPARE(m_bar->series()->count(), 1);
    QVERIFY(m_bar->findChild<QLabel *>() && m_bar->findChild<QLabel *>()->text().contains("1"));

    m_screen->barVisible.reset();
    QTest::mouseClick(button(m_bar, "Capture step"), Qt::LeftButton);
    QTRY_COMPARE(stepCaptured.size(), 2);
    QCOMPARE(stepCaptured.last().at(0).toInt(), 2);
    QCOMPARE(m_screen->barVisible, std::optional<bool>(false));
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->series()->count(), 2);
    QCOMPARE(m_bar->series()->index(1).data(StepSeries::NumberRole).toInt(), 2);
    // Each step holds its own grab.
    QVERIFY(m_bar->series()->step(0).capture.image() != m_bar->series()->step(1).capture.image());
    QVERIFY(m_bar->findChild<QLabel *>()->text().contains("2"));
}

void TestStepsRecorderBar::buttonsAreDisabledWhileCapturing()
{
    QVERIFY(showBar());
    QSignalSpy finished(m_bar, &StepsRecorderBar::finished);
    QSignalSpy stepCaptured(m_bar, &StepsRecorderBar::stepCaptured);
    m_service->setDelay(1); // keeps the capture running for a second
    m_bar->captureStep();
    QVERIFY(!button(m_bar, "Capture step")->isEnabled());
    QVERIFY(!button(m_bar, "Finish")->isEnabled());
    m_bar->captureStep(); // ignored
    m_bar->finish();      // ignored until the step is in
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE(stepCaptured.size(), 1);
    QCOMPARE(m_screen->calls, 1);
    QVERIFY(button(m_bar, "Capture step")->isEnabled());
    QVERIFY(button(m_bar, "Finish")->isEnabled());
}

void TestStepsRecorderBar::failedGrabShowsTheReasonAndAddsNothing()
{
    QVERIFY(showBar());
    m_screen->failWith = CaptureError::PermissionDenied;
    QSignalSpy failed(m_bar, &StepsRecorderBar::captureFailed);
    QSignalSpy stepCaptured(m_bar, &StepsRecorderBar::stepCaptured);
    m_bar->captureStep();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<CaptureFailure>().error(), CaptureError::PermissionDenied);
    QCOMPARE(stepCaptured.size(), 0);
    QCOMPARE(m_bar->series()->count(), 0);
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->statusText(), CaptureFailure(CaptureError::PermissionDenied).message());

    // The next good step clears the message.
    m_screen->failWith.reset();
    m_bar->captureStep();
    QTRY_COMPARE(stepCaptured.size(), 1);
    QVERIFY(m_bar->statusText().isEmpty());
}

void TestStepsRecorderBar::capturesOfOthersThroughTheSameServiceAreNotSteps()
{
    QVERIFY(showBar());
    QSignalSpy serviceCaptured(m_service, &CaptureService::captured);
    m_service->capture(CaptureRequest::fullDesktop()); // e.g. the composer's capture button
    QTRY_COMPARE(serviceCaptured.size(), 1);
    QCOMPARE(m_bar->series()->count(), 0);
}

void TestStepsRecorderBar::finishAndEscape()
{
    QVERIFY(showBar());
    m_bar->captureStep();
    QTRY_COMPARE(m_bar->series()->count(), 1);
    QSignalSpy finished(m_bar, &StepsRecorderBar::finished);
    QTest::mouseClick(button(m_bar, "Finish"), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<StepSeries *>(), m_bar->series());
    QVERIFY(!m_bar->isVisible());

    QVERIFY(showBar());
    QTest::keyClick(m_bar, Qt::Key_Escape);
    QCOMPARE(finished.size(), 2);
    QVERIFY(!m_bar->isVisible());
}

void TestStepsRecorderBar::usesTheGivenSeriesAndRequest()
{
    StepSeries series;
    series.addStep(Capture(QImage(4, 4, QImage::Format_RGB32), CaptureMode::FullDesktop, {}), "Existing");
    StepsRecorderBar bar(m_service, &series);
    bar.setSettleTime(0);
    bar.setCaptureRequest(CaptureRequest::screen(0));
    m_screen->bar = &bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy stepCaptured(&bar, &StepsRecorderBar::stepCaptured);
    bar.captureStep();
    QTRY_COMPARE(stepCaptured.size(), 1);
    QCOMPARE(stepCaptured.first().at(0).toInt(), 2);
    QCOMPARE(bar.series(), &series);
    QCOMPARE(series.count(), 2);
    QCOMPARE(m_screen->lastMode, CaptureMode::Screen);
    m_screen->bar = m_bar;
}

QTEST_MAIN(TestStepsRecorderBar)
#include "tst_steps_bar.moc"
