#include "benchcapture.h"

#include "figureprinter.h"

#include "capture/annotate/annotationdocument.h"
#include "capture/annotate/annotationexporter.h"
#include "capture/annotate/sampledocument.h"
#include "capture/grab/captureresources.h"
#include "capture/grab/captureservice.h"
#include "capture/grab/regionpicker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

namespace tierdesk::bench {

namespace {

const QPoint PatternPosition(200, 150);
constexpr int PatternSquare = 50;
constexpr int PatternColumns = 8;
constexpr int PatternRows = 6;

QColor patternColour(int row, int column)
{
    // Distinct, fully saturated colours; (0, 0) is pure red (the overlay probe looks at it).
    return QColor::fromHsv((row * PatternColumns + column) * 360 / (PatternRows * PatternColumns), 255, 255);
}

// "Another program's window" with known pixels: what both capture programs must find in their PNG. The
// overlay runs change the colour of square (0, 0) from run to run (setProbeColour), so that an overlay
// window showing an earlier run's frame would not count as shown.
class PatternWindow : public QWidget
{
public:
    void setProbeColour(const QColor &colour)
    {
        m_probeColour = colour;
        update();
    }

    PatternWindow()
        : QWidget(nullptr, Qt::FramelessWindowHint | Qt::X11BypassWindowManagerHint)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFixedSize(PatternColumns * PatternSquare, PatternRows * PatternSquare);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        for (int row = 0; row < PatternRows; ++row)
            for (int column = 0; column < PatternColumns; ++column)
                painter.fillRect(column * PatternSquare, row * PatternSquare, PatternSquare, PatternSquare,
                                 row == 0 && column == 0 && m_probeColour.isValid()
                                     ? m_probeColour
                                     : patternColour(row, column));
    }

private:
    QColor m_probeColour;
};

bool showsPattern(const QImage &image)
{
    for (int row = 0; row < PatternRows; ++row)
        for (int column = 0; column < PatternColumns; ++column) {
            const QPoint centre = PatternPosition + QPoint(column * PatternSquare + PatternSquare / 2,
                                                           row * PatternSquare + PatternSquare / 2);
            if (!image.rect().contains(centre) ||
                image.pixelColor(centre).rgb() != patternColour(row, column).rgb())
                return false;
        }
    return true;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QString range(const QList<double> &values)
{
    if (values.isEmpty())
        return QStringLiteral("-");
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return QStringLiteral("%1–%2").arg(*low, 0, 'f', 1).arg(*high, 0, 'f', 1);
}

// Resident set of this process now (VmRSS), in MiB.
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

template<class Predicate> bool waitFor(Predicate predicate, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

void dieWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

QString findReportBinary(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString fromEnvironment = qEnvironmentVariable("TIERDESK_REPORT_BINARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // The build tree: build/tests/benchmarks/tierdesk-bench → build/src/reporter/tierdesk-report.
    const QString sibling = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("../../src/reporter/tierdesk-report"));
    if (QFileInfo(sibling).isExecutable())
        return QFileInfo(sibling).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("tierdesk-report"));
}

int freeDisplay()
{
    for (int display = 90; display < 400; ++display) {
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)) &&
            !QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
            return display;
    }
    return -1;
}

struct Timed
{
    bool ok = false;
    double ms = 0;
    double cpuMs = -1; // user + system time of the child (-1 where the system does not tell)
    QString error;
};

// CPU time (user + system) of the children this process has waited for so far, in ms. Unlike wall time it
// hardly depends on what else the machine does meanwhile (page faults count as system time).
double childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#else
    return -1;
#endif
}

// CPU time of this process (all threads), in ms.
double processCpuMs()
{
#ifdef Q_OS_UNIX
    timespec time{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) != 0)
        return -1;
    return time.tv_sec * 1e3 + time.tv_nsec / 1e6;
#else
    return -1;
#endif
}

// From QProcess::start() to the process's exit.
Timed timeProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    dieWithParent(process);
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Timed timed;
    if (!process.waitForStarted(timeoutMs)) {
        timed.error = process.errorString();
        return timed;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        timed.error = QStringLiteral("timed out");
        return timed;
    }
    timed.ms = timer.nsecsElapsed() / 1e6;
    const double cpuAfter = childrenCpuMs();
    if (cpuBefore >= 0 && cpuAfter >= 0)
        timed.cpuMs = cpuAfter - cpuBefore;
    timed.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!timed.ok)
        timed.error = QStringLiteral("exit code %1: %2")
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return timed;
}

QString onlyFileIn(const QString &dir)
{
    const QStringList files = QDir(dir).entryList(QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}

// A pixel of the screen as the X server has it now.
QColor screenPixel(const QPoint &point)
{
    return QGuiApplication::primaryScreen()
        ->grabWindow(0, point.x(), point.y(), 1, 1)
        .toImage()
        .pixelColor(0, 0);
}

// The probe square under the overlay's dimming: every channel about 135/255 of the original, e.g. about
// (135, 0, 0) instead of (255, 0, 0).
bool looksDimmed(const QColor &colour, const QColor &original)
{
    const auto near = [](int channel, int originalChannel) {
        return qAbs(channel - originalChannel * 135 / 255) <= 40;
    };
    return near(colour.red(), original.red()) && near(colour.green(), original.green()) &&
           near(colour.blue(), original.blue());
}

struct OverlayRun
{
    bool ok = false;
    double ms = 0;       // request → overlay on the X server's screen
    double grabMs = 0;   // request → the desktop grabbed (the overlay's windows are shown right after)
    double pickerMs = 0; // making the RegionPicker (its windows: new ones the first time)
    double showMs = 0;   // RegionPicker::show() (mapping; painting and putting on the screen follow later)
    QString error;
};

// The probe square's colours, one per overlay run: bright, and far enough apart that one's dimmed version
// is not another's.
QColor probeColour(int run)
{
    static const QColor colours[] = {QColor(255, 0, 0), QColor(0, 255, 0), QColor(255, 0, 255),
                                     QColor(0, 255, 255)};
    return colours[run % 4];
}

OverlayRun measureOverlay(CaptureService &service, PatternWindow &pattern, int runIndex)
{
    OverlayRun run;
    const QPoint probe = PatternPosition + QPoint(PatternSquare / 2, PatternSquare / 2);
    const QColor original = probeColour(runIndex);
    pattern.setProbeColour(original);
    if (!waitFor([&] { return screenPixel(probe) == original; }, 5000)) {
        run.error = QStringLiteral("the probe square did not turn %1").arg(original.name());
        return run;
    }
    std::unique_ptr<RegionPicker> picker;
    CaptureFailure failure;
    bool failed = false;
    QElapsedTimer timer;
    const auto captured = QObject::connect(&service, &CaptureService::captured, [&](const Capture &capture) {
        run.grabMs = timer.nsecsElapsed() / 1e6;
        picker.reset(service.createRegionPicker(capture)); // as the reporter and the workstation do
        run.pickerMs = timer.nsecsElapsed() / 1e6 - run.grabMs;
        picker->show();
        run.showMs = timer.nsecsElapsed() / 1e6 - run.grabMs - run.pickerMs;
    });
    const auto refused = QObject::connect(&service, &CaptureService::failed, [&](const CaptureFailure &f) {
        failure = f;
        failed = true;
    });
    timer.start();
    service.capture(CaptureRequest::fullDesktop());
    const bool shown =
        waitFor([&] { return failed || (picker && looksDimmed(screenPixel(probe), original)); }, 10000);
    run.ms = timer.nsecsElapsed() / 1e6;
    QObject::disconnect(captured);
    QObject::disconnect(refused);
    if (failed)
        run.error = failure.message();
    else if (!shown)
        run.error = QStringLiteral("the overlay did not appear within 10 s");
    else
        run.ok = true;
    if (picker)
        picker->cancel();
    picker.reset(); // the windows go back to the service, hidden
    waitFor([&] { return screenPixel(probe) == original; }, 5000);
    waitFor([&] { return !service.isBusy(); }, 5000);
    return run;
}

} // namespace

int BenchCapture::run(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--worker")))
        return runWorker(arguments);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Xvfb screen size."), QStringLiteral("WxH"),
                      QStringLiteral("3840x2160")});
    parser.addOption({QStringLiteral("captures"), QStringLiteral("In-process captures for the RSS figure."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("report-binary"), QStringLiteral("tierdesk-report to measure."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("flameshot"), QStringLiteral("flameshot to compare with."),
                      QStringLiteral("PATH"), QStringLiteral("flameshot")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the PNG files in DIR."), QStringLiteral("DIR")});
    if (!parser.parse(QStringList{QStringLiteral("tierdesk-bench capture")} + arguments)) {
        FigurePrinter::note(parser.errorText());
        return CannotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        FigurePrinter::note(parser.helpText());
        return Measured;
    }
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        FigurePrinter::note(QStringLiteral("tierdesk-bench capture needs Xvfb (Debian package xvfb)."));
        return CannotRun;
    }
    const QString report = findReportBinary(parser.value(QStringLiteral("report-binary")));
    if (report.isEmpty() || !QFileInfo(report).isExecutable()) {
        FigurePrinter::note(
            QStringLiteral("tierdesk-report not found: build it (target tierdesk-report) or pass "
                           "--report-binary PATH."));
        return CannotRun;
    }
    const int display = freeDisplay();
    if (display < 0) {
        FigurePrinter::note(QStringLiteral("No free X display number found."));
        return CannotRun;
    }
    const QString size = parser.value(QStringLiteral("size"));
    QProcess server;
    dieWithParent(server);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(xvfb, {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"), QStringLiteral("0"),
                        size + QStringLiteral("x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                        QStringLiteral("-noreset")});
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(display);
    if (!server.waitForStarted(10000) ||
        !waitFor([&] { return QFileInfo::exists(socket) || server.state() != QProcess::Running; }, 10000) ||
        server.state() != QProcess::Running) {
        FigurePrinter::note(
            QStringLiteral("Xvfb :%1 did not start: %2").arg(display).arg(server.errorString()));
        return CannotRun;
    }
    FigurePrinter::note(QStringLiteral("Xvfb :%1 %2x24; tierdesk-report: %3").arg(display).arg(size, report));

    QProcess worker;
    dieWithParent(worker);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    worker.setProcessEnvironment(environment);
    worker.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList workerArguments{QStringLiteral("capture"),         QStringLiteral("--worker"),
                                QStringLiteral("--runs"),          parser.value(QStringLiteral("runs")),
                                QStringLiteral("--captures"),      parser.value(QStringLiteral("captures")),
                                QStringLiteral("--report-binary"), report,
                                QStringLiteral("--flameshot"),     parser.value(QStringLiteral("flameshot"))};
    if (parser.isSet(QStringLiteral("keep")))
        workerArguments << QStringLiteral("--keep") << parser.value(QStringLiteral("keep"));
    worker.start(QCoreApplication::applicationFilePath(), workerArguments);
    worker.waitForFinished(-1);
    const int result = worker.exitStatus() == QProcess::NormalExit ? worker.exitCode() : int(Invalid);
    server.terminate();
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished();
    }
    return result;
}

// One "overlay after idle" run in a process of its own (a fresh heap, nothing warm from earlier runs): the
// program's CaptureResources set up as tierdesk-report and the workstation set them up at start, their
// preparation waited for (ready()), a moment of idleness, then the first region capture of a new
// CaptureService, measured as overlay_ms is. Prints one line for the parent worker:
//   prepared <ok> <overlay ms> <grab ms> <picker ms> <show ms> <rss before MB> <rss ready MB> <prepare ms>
//            <prepare cpu ms> <keep ready>
int BenchCapture::runPreparedOverlayWorker(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--run"));
    const int runIndex = at >= 0 ? arguments.value(at + 1).toInt() : 0;
    QTextStream out(stdout);
    PatternWindow pattern;
    pattern.setProbeColour(probeColour(runIndex));
    pattern.move(PatternPosition);
    pattern.show();
    const QPoint probe = PatternPosition + QPoint(PatternSquare / 2, PatternSquare / 2);
    if (!waitFor([&] { return screenPixel(probe) == probeColour(runIndex); }, 10000)) {
        out << "prepared 0 the pattern window did not show up\n";
        return Invalid;
    }
    QObject owner;
    const double rssBefore = rssMb();
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    CaptureResources *resources = CaptureResources::setUpForProgram(&owner); // as the programs do
    bool ready = false;
    double readyMs = -1;
    QObject::connect(resources, &CaptureResources::ready, [&] {
        ready = true;
        readyMs = timer.nsecsElapsed() / 1e6;
    });
    if (resources->keepReady() && !waitFor([&] { return ready; }, 30000)) {
        out << "prepared 0 the capture resources never became ready\n";
        return Invalid;
    }
    const double prepareCpuMs = processCpuMs() - cpuBefore;
    const double rssReady = rssMb();
    spin(500); // the person looks at the program for a moment
    CaptureService service;
    const OverlayRun run = measureOverlay(service, pattern, runIndex);
    if (!run.ok) {
        out << "prepared 0 " << run.error << "\n";
        return Invalid;
    }
    out << "prepared 1 " << run.ms << ' ' << run.grabMs << ' ' << run.pickerMs << ' ' << run.showMs << ' '
        << rssBefore << ' ' << rssReady << ' ' << (readyMs - resources->prepareDelay()) << ' ' << prepareCpuMs
        << ' ' << int(resources->keepReady()) << "\n";
    return Measured;
}

int BenchCapture::runWorker(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("worker"), QString()});
    parser.addOption({QStringLiteral("runs"), QString(), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("captures"), QString(), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("report-binary"), QString(), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("flameshot"), QString(), QStringLiteral("PATH"), QStringLiteral("flameshot")});
    parser.addOption({QStringLiteral("keep"), QString(), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("prepared-overlay"), QString()});
    parser.addOption({QStringLiteral("run"), QString(), QStringLiteral("N")});
    if (!parser.parse(QStringList{QStringLiteral("worker")} + arguments)) {
        FigurePrinter::note(parser.errorText());
        return CannotRun;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) ||
        QGuiApplication::platformName() != QLatin1String("xcb")) {
        FigurePrinter::note(
            QStringLiteral("The capture worker needs a QApplication on the xcb platform (this "
                           "tierdesk-bench was built without the desktop libraries?)."));
        return CannotRun;
    }
    if (arguments.contains(QStringLiteral("--prepared-overlay")))
        return runPreparedOverlayWorker(arguments);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int captures = qMax(10, parser.value(QStringLiteral("captures")).toInt());
    const QString report = parser.value(QStringLiteral("report-binary"));
    const QString flameshot = QStandardPaths::findExecutable(parser.value(QStringLiteral("flameshot")));
    QTemporaryDir temporary;
    const QString outDir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    QDir().mkpath(outDir);
    int result = Measured;

    PatternWindow pattern;
    pattern.move(PatternPosition);
    pattern.show();
    if (!waitFor([] { return showsPattern(QGuiApplication::primaryScreen()->grabWindow(0).toImage()); },
                 10000)) {
        FigurePrinter::note(QStringLiteral("The pattern window never showed up on the Xvfb screen."));
        return CannotRun;
    }
    const QSize screen = QGuiApplication::primaryScreen()->geometry().size();

    // --- capture_full_ms and flameshot_full_ms, interleaved so that both see the same machine -----------
    QList<double> ours, theirs, oursCpu, theirsCpu;
    QString flameshotProblem = flameshot.isEmpty()
                                   ? QStringLiteral("flameshot is not installed (Debian package "
                                                    "flameshot)")
                                   : QString();
    for (int i = -1; i < runs; ++i) { // run -1 warms the page cache for both programs and is not counted
        const QString png = QDir(outDir).filePath(QStringLiteral("tierdesk-%1.png").arg(i + 1));
        const Timed timed = timeProcess(
            report, {QStringLiteral("capture"), QStringLiteral("--full"), QStringLiteral("-o"), png});
        if (!timed.ok) {
            FigurePrinter::note(QStringLiteral("tierdesk-report capture failed: %1").arg(timed.error));
            return Invalid;
        }
        if (i == -1) {
            const QImage image(png);
            if (image.size() != screen || !showsPattern(image)) {
                FigurePrinter::note(
                    QStringLiteral("tierdesk-report's PNG does not show the window's pixels."));
                return Invalid;
            }
        } else {
            ours.append(timed.ms);
            oursCpu.append(timed.cpuMs);
        }
        if (!flameshotProblem.isEmpty())
            continue;
        const QString dir = QDir(outDir).filePath(QStringLiteral("flameshot-%1").arg(i + 1));
        QDir().mkpath(dir);
        const Timed other = timeProcess(flameshot, {QStringLiteral("full"), QStringLiteral("-p"), dir});
        const QString file = onlyFileIn(dir);
        if (!other.ok || file.isEmpty()) {
            flameshotProblem = QStringLiteral("`flameshot full -p DIR` failed: %1")
                                   .arg(other.ok ? QStringLiteral("no file written") : other.error);
            continue;
        }
        if (i == -1) {
            const QImage image(file);
            if (image.size() != screen || !showsPattern(image))
                flameshotProblem = QStringLiteral("flameshot's PNG does not show the window's pixels");
        } else {
            theirs.append(other.ms);
            theirsCpu.append(other.cpuMs);
        }
    }
    FigurePrinter::figure(QStringLiteral("capture_full_ms"), median(ours), QStringLiteral("ms"));
    if (median(oursCpu) >= 0)
        FigurePrinter::figure(QStringLiteral("capture_full_cpu_ms"), median(oursCpu), QStringLiteral("ms"));
    FigurePrinter::note(QStringLiteral("  capture_full_ms: %1 runs, %2 ms; %3 bytes")
                            .arg(ours.size())
                            .arg(range(ours))
                            .arg(QFileInfo(QDir(outDir).filePath(QStringLiteral("tierdesk-1.png"))).size()));
    if (flameshotProblem.isEmpty()) {
        FigurePrinter::figure(QStringLiteral("flameshot_full_ms"), median(theirs), QStringLiteral("ms"));
        if (median(theirsCpu) >= 0)
            FigurePrinter::figure(QStringLiteral("flameshot_full_cpu_ms"), median(theirsCpu),
                                  QStringLiteral("ms"));
        FigurePrinter::note(
            QStringLiteral("  flameshot_full_ms: %1 runs, %2 ms; %3 bytes")
                .arg(theirs.size())
                .arg(range(theirs))
                .arg(QFileInfo(onlyFileIn(QDir(outDir).filePath(QStringLiteral("flameshot-1")))).size()));
    } else {
        FigurePrinter::note(QStringLiteral("flameshot_full_ms: not measured: %1").arg(flameshotProblem));
    }

    // --- rss_after_100_mb: in-process captures, each dropped as a person who discards it would ------------
    {
        CaptureService service;
        double rssAt10 = 0;
        for (int i = 1; i <= captures; ++i) {
            bool done = false;
            bool ok = false;
            const auto a = QObject::connect(&service, &CaptureService::captured, [&](const Capture &capture) {
                ok = capture.image().size() == screen;
                done = true;
            });
            const auto b = QObject::connect(&service, &CaptureService::failed,
                                            [&](const CaptureFailure &) { done = true; });
            service.capture(CaptureRequest::fullDesktop());
            waitFor([&] { return done; }, 10000);
            QObject::disconnect(a);
            QObject::disconnect(b);
            if (!ok) {
                FigurePrinter::note(QStringLiteral("In-process capture %1 failed.").arg(i));
                result = Invalid;
                break;
            }
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            if (i == 10)
                rssAt10 = rssMb();
        }
        if (result == Measured) {
            const double after = rssMb();
            FigurePrinter::figure(QStringLiteral("rss_after_100_mb"), after, QStringLiteral("MB"));
            FigurePrinter::figure(QStringLiteral("rss_growth_10_to_100_mb"), after - rssAt10,
                                  QStringLiteral("MB"));
            FigurePrinter::note(QStringLiteral("  rss: %1 captures of %2×%3; %4 MB after 10")
                                    .arg(captures)
                                    .arg(screen.width())
                                    .arg(screen.height())
                                    .arg(rssAt10, 0, 'f', 1));
        }
    }

    // --- overlay_ms and overlay_hide_ms ------------------------------------------------------------------
    {
        CaptureService service;
        QList<double> plain, withHide, grab;
        QString problem;
        OverlayRun first;
        for (int i = 0; i < runs && problem.isEmpty(); ++i) {
            const OverlayRun run = measureOverlay(service, pattern, i);
            if (!run.ok)
                problem = run.error;
            if (i == 0)
                first = run;
            plain.append(run.ms);
            grab.append(run.grabMs);
            spin(100);
        }
        // A window of ours that steps aside first, as the wizard does.
        QWidget ours(nullptr, Qt::FramelessWindowHint | Qt::X11BypassWindowManagerHint);
        ours.setGeometry(1200, 500, 900, 600);
        ours.setStyleSheet(QStringLiteral("background: #3060a0;"));
        ours.show();
        waitFor([&] { return screenPixel(QPoint(1650, 800)) == QColor(0x30, 0x60, 0xa0); }, 5000);
        service.setHideHook([&ours] { return QList<QWidget *>{&ours}; });
        for (int i = 0; i < runs && problem.isEmpty(); ++i) {
            const OverlayRun run = measureOverlay(service, pattern, i + 1);
            if (!run.ok)
                problem = run.error;
            withHide.append(run.ms);
            waitFor([&] { return ours.isVisible(); }, 2000);
            spin(150);
        }
        if (problem.isEmpty()) {
            FigurePrinter::figure(QStringLiteral("overlay_ms"), median(plain), QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("overlay_first_ms"), plain.first(), QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("overlay_first_grab_ms"), grab.first(),
                                  QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("overlay_hide_ms"), median(withHide), QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("overlay_grab_ms"), median(grab), QStringLiteral("ms"));
            FigurePrinter::note(
                QStringLiteral("  overlay_ms: %1 ms, of which grabbing the desktop (overlay_grab_ms) "
                               "%2 ms; overlay_hide_ms: %3 ms (settle time %4 ms)")
                    .arg(range(plain), range(grab), range(withHide))
                    .arg(service.settleTime()));
            FigurePrinter::note(QStringLiteral("  overlay_first_ms: grab %1 ms, RegionPicker made in %2 ms, "
                                               "show() %3 ms, then %4 ms until on the screen")
                                    .arg(first.grabMs, 0, 'f', 1)
                                    .arg(first.pickerMs, 0, 'f', 1)
                                    .arg(first.showMs, 0, 'f', 1)
                                    .arg(first.ms - first.grabMs - first.pickerMs - first.showMs, 0, 'f', 1));
        } else {
            FigurePrinter::note(QStringLiteral("overlay: not measured: %1").arg(problem));
            result = Invalid;
        }
    }

    // --- overlay_after_idle_ms: the first overlay of a program that prepared its capture resources ------
    {
        QList<double> overlay, grab, prepare, prepareCpu, rssCost;
        QString problem;
        double picker = 0, show = 0, rssBefore = 0, rssReady = 0;
        bool keptReady = true;
        for (int i = 0; i < runs && problem.isEmpty(); ++i) {
            QProcess child;
            dieWithParent(child);
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("capture"), QStringLiteral("--worker"),
                         QStringLiteral("--prepared-overlay"), QStringLiteral("--run"), QString::number(i)});
            if (!child.waitForFinished(60000)) {
                child.kill();
                child.waitForFinished();
                problem = QStringLiteral("the prepared-overlay worker timed out");
                break;
            }
            pattern.update(); // the child's windows are gone: ours shows again
            const QString line = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
            const QStringList fields = line.split(QLatin1Char(' '));
            if (fields.size() < 11 || fields.at(0) != QLatin1String("prepared") ||
                fields.at(1) != QLatin1String("1")) {
                problem =
                    line.isEmpty() ? QString::fromLocal8Bit(child.readAllStandardError()).trimmed() : line;
                break;
            }
            overlay.append(fields.at(2).toDouble());
            grab.append(fields.at(3).toDouble());
            picker = fields.at(4).toDouble();
            show = fields.at(5).toDouble();
            rssBefore = fields.at(6).toDouble();
            rssReady = fields.at(7).toDouble();
            rssCost.append(rssReady - rssBefore);
            prepare.append(fields.at(8).toDouble());
            prepareCpu.append(fields.at(9).toDouble());
            keptReady = fields.at(10) == QLatin1String("1");
        }
        waitFor([&] { return showsPattern(QGuiApplication::primaryScreen()->grabWindow(0).toImage()); },
                5000);
        if (problem.isEmpty()) {
            FigurePrinter::figure(QStringLiteral("overlay_after_idle_ms"), median(overlay),
                                  QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("overlay_after_idle_grab_ms"), median(grab),
                                  QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("prepare_ms"), median(prepare), QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("prepare_cpu_ms"), median(prepareCpu), QStringLiteral("ms"));
            FigurePrinter::figure(QStringLiteral("prepare_rss_mb"), median(rssCost), QStringLiteral("MB"));
            FigurePrinter::note(
                QStringLiteral(
                    "  overlay_after_idle_ms: %1 runs in fresh processes, %2 ms (grab %3 ms); last run: "
                    "RegionPicker made in %4 ms, show() %5 ms; keep-ready %6; prepare %7 ms; RSS "
                    "%8 → %9 MB while preparing")
                    .arg(overlay.size())
                    .arg(range(overlay), range(grab))
                    .arg(picker, 0, 'f', 1)
                    .arg(show, 0, 'f', 1)
                    .arg(keptReady ? QStringLiteral("on")
                                   : QStringLiteral("OFF (TIERDESK_CAPTURE_KEEP_READY)"))
                    .arg(range(prepare))
                    .arg(rssBefore, 0, 'f', 1)
                    .arg(rssReady, 0, 'f', 1));
        } else {
            FigurePrinter::note(QStringLiteral("overlay_after_idle: not measured: %1").arg(problem));
            result = Invalid;
        }
    }

    // --- export_4k_ms ------------------------------------------------------------------------------------
    {
        const std::unique_ptr<AnnotationDocument> document = SampleDocument::create(QSize(3840, 2160), 20);
        const AnnotationExporter::Options options = SampleDocument::benchmarkOptions();
        QList<double> times, cpu;
        qint64 bytes = 0;
        for (int i = -1; i < runs; ++i) {
            const QString path = QDir(outDir).filePath(QStringLiteral("export-%1.png").arg(i + 1));
            const double cpuBefore = processCpuMs();
            QElapsedTimer timer;
            timer.start();
            const AnnotationExporter::Result exported =
                AnnotationExporter::exportTo(*document, path, options);
            const double ms = timer.nsecsElapsed() / 1e6;
            const double cpuMs = processCpuMs() - cpuBefore;
            if (!exported.ok) {
                FigurePrinter::note(QStringLiteral("export failed: %1").arg(exported.error));
                return Invalid;
            }
            if (i >= 0) {
                times.append(ms);
                cpu.append(cpuMs);
            }
            bytes = QFileInfo(path).size() + QFileInfo(exported.documentPath).size();
        }
        FigurePrinter::figure(QStringLiteral("export_4k_ms"), median(times), QStringLiteral("ms"));
        FigurePrinter::figure(QStringLiteral("export_4k_cpu_ms"), median(cpu), QStringLiteral("ms"));
        FigurePrinter::note(
            QStringLiteral("  export_4k_ms: %1 ms; PNG + document %2 bytes").arg(range(times)).arg(bytes));
    }
    return result;
}

} // namespace tierdesk::bench
