// tierdesk-report: the customers' program. Without arguments it opens the reporter; `capture` takes a
// screenshot without a window (see CaptureCommand). `--lang CODE` picks the language (en, pl, uk, ru, id,
// ro).
#include "reporter/capturecommand.h"
#include "reporter/languagesetup.h"
#include "reporter/reporterapplication.h"
#include "reporter/reportersettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <memory>

using namespace tierdesk;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString language = LanguageSetup::takeLanguageArgument(&arguments);

    if (!arguments.isEmpty() && arguments.first() == QLatin1String("capture")) {
        const QStringList captureArguments = arguments.mid(1);
        if (captureArguments.contains(QStringLiteral("--help")) ||
            captureArguments.contains(QStringLiteral("-h")) || !CaptureCommand::hasDisplay()) {
            // Help and the missing-display message need no window system.
            QCoreApplication app(argc, argv);
            LanguageSetup::install(&app, LanguageSetup::choose(language));
            return CaptureCommand::run(captureArguments);
        }
        // No widgets: a QGuiApplication starts faster, and a script's screenshot should not wait for it.
        QElapsedTimer started;
        started.start();
        QGuiApplication app(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("tierdesk-report"));
        QGuiApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
        const qint64 platform = started.restart();
        LanguageSetup::install(&app, LanguageSetup::choose(language));
        CaptureCommand::logStartup(platform, started.elapsed());
        return CaptureCommand::run(captureArguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tierdesk-report"));
    QApplication::setOrganizationName(QStringLiteral("Tierdesk"));
    QApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QApplication::setQuitOnLastWindowClosed(true);
    LanguageSetup::install(
        &app, LanguageSetup::choose(language.isEmpty() ? ReporterSettings().language() : language));

    ReporterApplication reporter;
    const int server = int(arguments.indexOf(QStringLiteral("--server")));
    if (server >= 0 && server + 1 < arguments.size())
        reporter.setServer(QUrl::fromUserInput(arguments.at(server + 1)));
    if (!reporter.start())
        return 0; // the person cancelled the sign-in
    return app.exec();
}
