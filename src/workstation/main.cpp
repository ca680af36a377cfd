// tierdesk: the agents' workstation. See README.md ("The two commands") and src/workstation/app/.

#include "workstation/app/appsettings.h"
#include "workstation/app/commandline.h"
#include "workstation/app/languages.h"
#include "workstation/app/screenshottour.h"
#include "workstation/app/startupprobe.h"
#include "workstation/app/workstationapp.h"
#include "workstation/common/icons.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

using namespace tierdesk;

namespace {
// --lang before the parser runs, so that --help already speaks the language.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    StartupProbe::markProcessStart();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tierdesk"));
    QApplication::setOrganizationName(QStringLiteral("Tierdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tierdesk"));
    QApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    // The window and the sign-in come and go; the program ends when WorkstationApp says so.
    QApplication::setQuitOnLastWindowClosed(false);
    Icons::initResources();
    QApplication::setWindowIcon(Icons::application());

    AppSettings settings;
    const QString override = languageArgument(argc, argv);
    Languages::install(Languages::choose(override.isEmpty() ? settings.language() : override));

    const CommandLineOptions options = CommandLine::parse(QApplication::arguments());
    if (!options.valid) {
        std::fprintf(stderr, "tierdesk: %s\n", qPrintable(options.error));
        return 2;
    }

    if (options.startupProbe) {
        const QString cache = options.cacheFile.isEmpty() ? options.cachePathFor(options.server, options.user)
                                                          : options.cacheFile;
        StartupProbe probe(cache, &settings);
        QObject::connect(&probe, &StartupProbe::finished, &app, &QApplication::exit);
        if (!probe.start()) {
            std::fprintf(stderr, "tierdesk: %s\n", qPrintable(probe.error()));
            return 1;
        }
        return QApplication::exec();
    }

    WorkstationApp workstation(options, &settings);
    if (options.passwordFromStdin) {
        std::string line;
        std::getline(std::cin, line);
        QString password = QString::fromStdString(line);
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        workstation.setPassword(password);
    }
    QObject::connect(&workstation, &WorkstationApp::finished, &app, &QApplication::exit);
    std::unique_ptr<ScreenshotTour> tour;
    if (!options.screenshotTourDir.isEmpty()) {
        tour = std::make_unique<ScreenshotTour>(&workstation, &settings, options.screenshotTourDir);
        QObject::connect(tour.get(), &ScreenshotTour::finished, &app, &QApplication::exit);
    }
    if (!workstation.start())
        return workstation.exitCode();
    return QApplication::exec();
}
