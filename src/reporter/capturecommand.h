#pragma once

#include "capture/grab/capture.h"
#include "capture/grab/capturefailure.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tierdesk {

// `tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]`: one screenshot written to a
// new PNG without opening a window, for scripts (as `flameshot full -p DIR`). The file is written by
// NewFileWriter: an existing FILE is refused before anything is captured (and again, race-free, when the
// file is created), never overwritten. The PNG carries no metadata (PngEncoder).
//
// Exit codes: 0 written (the path is printed on stdout); 1 the capture or the write failed; 2 the command
// line is wrong or FILE exists. Messages go to stderr.
class CaptureCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaptureCommand)

public:
    enum ExitCode { Written = 0, Failed = 1, UsageError = 2 };

    // arguments: what follows "capture". Needs a QGuiApplication (a QCoreApplication is enough for --help and
    // when hasDisplay() is false); runs its event loop until done.
    static int run(const QStringList &arguments);
    // The active window cut out of a full-desktop capture on X11 (our own windows are never in the way:
    // this command has none). Null capture and *error when there is no active window.
    static Capture cropToActiveWindow(const Capture &desktop, QString *error);
    static QString usage();
    // For the debug log of where the time goes: the window system's start and the translations' loading.
    static void logStartup(qint64 platformMs, qint64 translationsMs);
    // Whether a window system can be reached (DISPLAY, WAYLAND_DISPLAY, or a platform chosen explicitly;
    // always on Windows and macOS). Without one, run() says so instead of Qt aborting.
    static bool hasDisplay();
};

} // namespace tierdesk
