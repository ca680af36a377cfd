// `tierdesk-report capture` as a script runs it, under Xvfb: the real program is started as a process while
// this test shows a window with known pixels. The PNG must hold exactly those pixels at the window's place,
// carry no metadata chunks, and an existing file (or a dangling link) must be refused, never overwritten.
#include "reporter/x11windowlocator.h"

#include "capture/annotate/pngencoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QWidget>
#include <QWindow>
#include <QtTest>

using namespace tierdesk;

namespace {

const QPoint WindowPosition(200, 150);
constexpr int Square = 30;

QColor squareColour(int row, int column)
{
    static const QRgb colours[3][4] = {{0xff0000, 0x00ff00, 0x0000ff, 0xffff00},
                                       {0xff00ff, 0x00ffff, 0x804020, 0x208040},
                                       {0x402080, 0xffffff, 0x808080, 0xff8000}};
    return QColor::fromRgb(colours[row][column]);
}

// A plain window (not bypassing the window manager: it can take the focus) with known pixels.
class PatternWindow : public QWidget
{
public:
    PatternWindow()
        : QWidget(nullptr, Qt::FramelessWindowHint)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFixedSize(4 * Square, 3 * Square);
    }

    static QImage expected()
    {
        QImage image(4 * Square, 3 * Square, QImage::Format_RGB32);
        QPainter painter(&image);
        paint(painter);
        return image;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paint(painter);
    }

private:
    static void paint(QPainter &painter)
    {
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 4; ++column)
                painter.fillRect(column * Square, row * Square, Square, Square, squareColour(row, column));
    }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Run capture(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TIERDESK_REPORT_BINARY), QStringList{"capture"} + arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sameImage(const QImage &a, const QImage &b)
{
    return a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestX11CaptureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullWritesTheWindowsPixels();
    void refusesToOverwrite();
    void refusesADanglingLink();
    void screenByNumber();
    void activeWindowOfAnotherProgram();
    void delayWaits();
    void wrongCommandLines_data();
    void wrongCommandLines();
    void noDisplayIsAClearError();

private:
    QTemporaryDir m_dir;
    PatternWindow m_window;
};

void TestX11CaptureCli::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QString("xcb"));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(TIERDESK_REPORT_BINARY)));
    m_window.move(WindowPosition);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    // Exposed is not painted yet: wait until the X server shows the pattern.
    QTRY_VERIFY_WITH_TIMEOUT(
        sameImage(QGuiApplication::primaryScreen()
                      ->grabWindow(0, WindowPosition.x(), WindowPosition.y(), 4 * Square, 3 * Square)
                      .toImage(),
                  PatternWindow::expected()),
        5000);
}

void TestX11CaptureCli::fullWritesTheWindowsPixels()
{
    const QString path = m_dir.filePath("full.png");
    const Run run = capture({"--full", "-o", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QFileInfo(path).absoluteFilePath());
    const QByteArray png = readAll(path);
    const QList<QByteArray> chunks = PngEncoder::chunkTypes(png);
    QVERIFY(chunks.size() >= 3);
    QCOMPARE(chunks.first(), QByteArray("IHDR"));
    QCOMPARE(chunks.last(), QByteArray("IEND"));
    for (const QByteArray &type : chunks)
        QVERIFY2(type == "IHDR" || type == "IDAT" || type == "IEND", type.constData()); // no metadata
    const QImage image = QImage::fromData(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(sameImage(image.copy(QRect(WindowPosition, QSize(4 * Square, 3 * Square))),
                      PatternWindow::expected()));
    // Not one pixel off.
    QVERIFY(image.pixelColor(WindowPosition - QPoint(1, 1)) != squareColour(0, 0));
    const QPoint last = WindowPosition + QPoint(4 * Square - 1, 3 * Square - 1);
    QCOMPARE(image.pixelColor(last), squareColour(2, 3));
    QVERIFY(image.pixelColor(last + QPoint(1, 1)) != squareColour(2, 3));
}

void TestX11CaptureCli::refusesToOverwrite()
{
    const QString path = m_dir.filePath("existing.png");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious bytes that must survive");
    }
    const Run run = capture({"--full", "-o", path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already exists"), qPrintable(run.err));
    QCOMPARE(readAll(path), QByteArray("precious bytes that must survive"));
    // And the file just written by a capture is refused as well on a second run.
    const QString second = m_dir.filePath("twice.png");
    QCOMPARE(capture({"--full", "-o", second}).exitCode, 0);
    const QByteArray first = readAll(second);
    QCOMPARE(capture({"--full", "-o", second}).exitCode, 2);
    QCOMPARE(readAll(second), first);
    QVERIFY(
        QDir(m_dir.path()).entryList({".tierdesk-*"}, QDir::Hidden | QDir::Files).isEmpty()); // no temp left
}

void TestX11CaptureCli::refusesADanglingLink()
{
    const QString link = m_dir.filePath("link.png");
    QVERIFY(QFile::link(m_dir.filePath("nowhere/target.png"), link));
    const Run run = capture({"--full", "-o", link});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath("nowhere/target.png")));
}

void TestX11CaptureCli::screenByNumber()
{
    const QString path = m_dir.filePath("screen0.png");
    const Run run = capture({"--screen", "0", "-o", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(sameImage(image.copy(QRect(WindowPosition, QSize(4 * Square, 3 * Square))),
                      PatternWindow::expected()));

    const Run missing = capture({"--screen", "3", "-o", m_dir.filePath("screen3.png")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("screen 3"), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("screen3.png")));
}

void TestX11CaptureCli::activeWindowOfAnotherProgram()
{
    // Without a window manager the X server's focus says which window is active; this test's window is
    // another program as far as tierdesk-report is concerned.
    if (!X11WindowLocator::isAvailable())
        QSKIP("built without the libxcb headers: --window finds only the portal's or our own windows");
    m_window.activateWindow();
    QTRY_VERIFY(m_window.isActiveWindow());
    const QString path = m_dir.filePath("window.png");
    const Run run = capture({"--window", "-o", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(4 * Square, 3 * Square));
    QVERIFY(sameImage(image, PatternWindow::expected()));
}

void TestX11CaptureCli::delayWaits()
{
    const QString path = m_dir.filePath("delayed.png");
    const Run run = capture({"--full", "--delay", "1", "-o", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.ms >= 1000);
    QVERIFY2(run.err.contains("1"), qPrintable(run.err)); // the countdown
    QVERIFY(QFileInfo::exists(path));
}

void TestX11CaptureCli::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath("never.png");
    QTest::newRow("no mode") << QStringList{"-o", out} << "exactly one of";
    QTest::newRow("two modes") << QStringList{"--full", "--window", "-o", out} << "exactly one of";
    QTest::newRow("no file") << QStringList{"--full"} << "-o FILE.png";
    QTest::newRow("delay too long") << QStringList{"--full", "--delay", "11", "-o", out} << "--delay";
    QTest::newRow("delay not a number") << QStringList{"--full", "--delay", "soon", "-o", out} << "--delay";
    QTest::newRow("no such folder") << QStringList{"--full", "-o", m_dir.filePath("missing/x.png")}
                                    << "does not exist";
    QTest::newRow("unknown option") << QStringList{"--fll", "-o", out} << "fll";
}

void TestX11CaptureCli::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = capture(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("never.png")));
}

void TestX11CaptureCli::noDisplayIsAClearError()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    environment.remove("QT_QPA_PLATFORM");
    const Run run = capture({"--full", "-o", m_dir.filePath("nodisplay.png")}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("DISPLAY"), qPrintable(run.err));
}

QTEST_MAIN(TestX11CaptureCli)
#include "tst_x11_report_capturecli.moc"
