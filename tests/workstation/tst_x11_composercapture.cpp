// "Capture" in the composer on a real X server (Xvfb): the window gets out of the way, the whole screen is
// grabbed through the capture library, the annotator opens on it, and "Attach" puts the result into the
// composer's preview strip as a new PNG the size of the screen — with the window back on screen. The
// offscreen platform cannot grab a desktop, hence X11.

#include "workstationtest.h"

#include "workstation/ticket/annotatordialog.h"
#include "workstation/ticket/attachmenttray.h"
#include "workstation/ticket/composer.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

using namespace tierdesk;

class TestComposerCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X server (run under xvfb-run)");
        test::prepareTestProgram();
    }

    void captureWholeScreenAnnotateAndAttach()
    {
        QTemporaryDir dir;
        Session session(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(session.openCache(dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
        QWidget window;
        auto *composer = new Composer(&session, 1, &window);
        window.resize(700, 400);
        composer->resize(700, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool annotatorSeen = false;
        bool windowHiddenDuringGrab = false;
        QSize shown;
        std::function<void()> waitForAnnotator;
        waitForAnnotator = [&] {
            auto *dialog = qobject_cast<AnnotatorDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (!window.isVisible())
                    windowHiddenDuringGrab = true;
                QTimer::singleShot(50, this, waitForAnnotator);
                return;
            }
            annotatorSeen = true;
            shown =
                dialog->flattenedPng().isEmpty() ? QSize() : QImage::fromData(dialog->flattenedPng()).size();
            dialog->attach();
        };
        QTimer::singleShot(0, this, waitForAnnotator);
        composer->captureScreen();
        QTRY_VERIFY_WITH_TIMEOUT(annotatorSeen, 20000);
        QTRY_COMPARE(composer->tray()->count(), 1);
        QVERIFY2(windowHiddenDuringGrab, "the composer's window is taken off the screen for the grab");
        QVERIFY(window.isVisible());
        const PendingAttachment shot = composer->tray()->attachments().first();
        QCOMPARE(shot.contentType, QByteArray("image/png"));
        QVERIFY(shot.fileName.endsWith(QStringLiteral("-annotated.png")));
        const QImage image = QImage::fromData(shot.bytes);
        const QSize screen = QGuiApplication::primaryScreen()->geometry().size() *
                             QGuiApplication::primaryScreen()->devicePixelRatio();
        QCOMPARE(image.width(), screen.width());
        QVERIFY(image.height() >= screen.height()); // plus the time-stamp strip when the annotator adds one
        QCOMPARE(shown, image.size());
        QVERIFY(composer->errorText().isEmpty());
    }
};

QTEST_MAIN(TestComposerCapture)
#include "tst_x11_composercapture.moc"
