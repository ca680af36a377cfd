#include "reporter/capturecommand.h"

#include "reporter/x11windowlocator.h"

#include "capture/annotate/newfilewriter.h"
#include "capture/annotate/pngencoder.h"
#include "capture/grab/captureservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QScreen>
#include <cstdio>

namespace tierdesk {

Q_LOGGING_CATEGORY(lcCaptureCommand, "tierdesk.reporter.capture", QtWarningMsg)

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "tierdesk-report: %s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace

QString CaptureCommand::usage()
{
    return tr("Usage: tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]\n"
              "\n"
              "Takes one screenshot and writes it to FILE.png, a new file (an existing file is never\n"
              "overwritten). No window is opened.\n"
              "\n"
              "  --full          every screen, as one image\n"
              "  --screen N      screen N (0 is the first)\n"
              "  --window        the active window\n"
              "  -o, --output    the PNG file to create\n"
              "  --delay S       wait S seconds first (0 to %1)\n")
        .arg(CaptureService::maximumDelaySeconds);
}

void CaptureCommand::logStartup(qint64 platformMs, qint64 translationsMs)
{
    qCDebug(lcCaptureCommand) << "window system ready in" << platformMs << "ms, translations in"
                              << translationsMs << "ms";
}

bool CaptureCommand::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

Capture CaptureCommand::cropToActiveWindow(const Capture &desktop, QString *error)
{
    const QRect frame = X11WindowLocator::activeWindowFrame(error);
    if (frame.isEmpty())
        return {};
    // X11 root coordinates are the device pixels of the stitched desktop (both start at the top-left
    // screen's corner); the crop clips a window that reaches past the screens.
    const Capture window =
        desktop.cropped(frame.translated(-desktop.sourceRect().topLeft()), CaptureMode::ActiveWindow);
    if (window.isNull())
        *error = tr("The active window is outside every screen.");
    return window;
}

int CaptureCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"));
    const QCommandLineOption screen(QStringLiteral("screen"), QString(), QStringLiteral("N"));
    const QCommandLineOption window(QStringLiteral("window"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption delay(QStringLiteral("delay"), QString(), QStringLiteral("S"),
                                   QStringLiteral("0"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({full, screen, window, output, delay, help});
    if (!parser.parse(QStringList{QStringLiteral("tierdesk-report")} + arguments)) {
        printError(parser.errorText());
        std::fprintf(stderr, "%s", qPrintable(usage()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", qPrintable(usage()));
        return Written;
    }
    if (!hasDisplay()) {
        printError(tr("There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set."));
        return Failed;
    }
    const int modes = int(parser.isSet(full)) + int(parser.isSet(screen)) + int(parser.isSet(window));
    if (modes != 1) {
        printError(tr("Say what to capture: exactly one of --full, --screen N or --window."));
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
        return UsageError;
    }
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        printError(tr("Say where to write the screenshot: -o FILE.png."));
        return UsageError;
    }
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        printError(tr("%1 already exists; tierdesk-report never overwrites a file. Choose a new name.")
                       .arg(QDir::toNativeSeparators(path)));
        return UsageError;
    }
    if (!target.absoluteDir().exists()) {
        printError(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
        return UsageError;
    }
    bool delayOk = false;
    const int seconds = parser.value(delay).toInt(&delayOk);
    if (!delayOk || seconds < 0 || seconds > CaptureService::maximumDelaySeconds) {
        printError(tr("--delay takes whole seconds from 0 to %1.").arg(CaptureService::maximumDelaySeconds));
        return UsageError;
    }
    CaptureRequest request = CaptureRequest::fullDesktop();
    const bool windowByX11 = parser.isSet(window) && X11WindowLocator::isAvailable();
    if (parser.isSet(screen)) {
        bool ok = false;
        const int index = parser.value(screen).toInt(&ok);
        if (!ok || index < 0) {
            printError(tr("--screen takes a screen number: 0 for the first screen."));
            return UsageError;
        }
        request = CaptureRequest::screen(index);
    } else if (parser.isSet(window) && !windowByX11) {
        request = CaptureRequest::activeWindow(); // the portal or the platform decides
    }

    // Where the time goes (QT_LOGGING_RULES="tierdesk.reporter.capture.debug=true").
    QElapsedTimer phase;
    phase.start();
    CaptureService service;
    service.setDelay(seconds);
    QEventLoop loop;
    Capture result;
    CaptureFailure failure;
    bool failed = false;
    QObject::connect(&service, &CaptureService::countdown, [](int left) {
        if (left > 0) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("Capturing in %n second(s)…", nullptr, left)));
            std::fflush(stderr);
        }
    });
    QObject::connect(&service, &CaptureService::captured, [&](const Capture &capture) {
        result = capture;
        loop.quit();
    });
    QObject::connect(&service, &CaptureService::failed, [&](const CaptureFailure &f) {
        failure = f;
        failed = true;
        loop.quit();
    });
    service.capture(request);
    loop.exec();
    if (failed || result.isNull()) {
        printError(failed ? failure.message() : tr("The screen could not be captured."));
        return Failed;
    }
    qCDebug(lcCaptureCommand) << "grabbed in" << phase.restart() << "ms";
    if (windowByX11) {
        QString error;
        result = cropToActiveWindow(result, &error);
        if (result.isNull()) {
            printError(error);
            return Failed;
        }
    }
    // Handed over whole: the encoder works in the image's own memory instead of a second buffer its size.
    QImage image = result.image();
    result = Capture();
    const QByteArray png = PngEncoder::encode(std::move(image));
    qCDebug(lcCaptureCommand) << "encoded in" << phase.restart() << "ms," << png.size() << "bytes";
    if (png.isEmpty()) {
        printError(tr("The screenshot could not be encoded as PNG."));
        return Failed;
    }
    QString error;
    if (!NewFileWriter::write(path, png, &error)) {
        printError(error);
        return QFileInfo::exists(path) ? UsageError : Failed;
    }
    qCDebug(lcCaptureCommand) << "written in" << phase.restart() << "ms";
    std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(target.absoluteFilePath())));
    return Written;
}

} // namespace tierdesk
