#include "workstation/app/commandline.h"

#include "client/localstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace tierdesk {

QString CommandLineOptions::cachePathFor(const QUrl &serverUrl, const QString &login) const
{
    if (!cacheFile.isEmpty())
        return QFileInfo(cacheFile).absoluteFilePath();
    const QString standard = LocalStore::defaultPath(serverUrl, login);
    if (dataDir.isEmpty())
        return standard;
    // Keep the <host_port>/<login>.sqlite part of the standard path below the chosen folder.
    const QFileInfo info(standard);
    return QDir(dataDir).absoluteFilePath(info.dir().dirName() + QLatin1Char('/') + info.fileName());
}

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tierdesk workstation: the agents' queue, tickets and knowledge base."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Server address, e.g. http://127.0.0.1:8080."), tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Account to sign in with."), tr("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from the first line of standard input."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        tr("Language of the program (en, pl, uk, ru, id, ro); overrides the setting."), tr("CODE"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Folder for the local cache (default: the application data folder)."),
                                  tr("DIR"));
    const QCommandLineOption probe(QStringLiteral("startup-probe"),
                                   tr("Open the main window from the cache without network, print "
                                      "\"startup_ms N\" once the first queue page is painted, and quit."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache database file to open."),
                                   tr("FILE"));
    const QCommandLineOption tour(QStringLiteral("screenshot-tour"),
                                  tr("Write screenshots of the login, queue, ticket and knowledge-base views "
                                     "as PNG files into DIR, then quit."),
                                  tr("DIR"));
    parser.addOptions({server, user, passwordStdin, lang, data, probe, cache, tour});
    parser.process(arguments);

    CommandLineOptions o;
    if (parser.isSet(server)) {
        o.server = QUrl::fromUserInput(parser.value(server));
        if (!o.server.isValid() || o.server.host().isEmpty()) {
            o.valid = false;
            o.error = tr("Not a server address: %1").arg(parser.value(server));
        }
    }
    o.user = parser.value(user).trimmed();
    o.passwordFromStdin = parser.isSet(passwordStdin);
    o.language = parser.value(lang).trimmed();
    o.dataDir = parser.value(data);
    o.startupProbe = parser.isSet(probe);
    o.cacheFile = parser.value(cache);
    o.screenshotTourDir = parser.value(tour);
    if (o.passwordFromStdin && (o.server.isEmpty() || o.user.isEmpty())) {
        o.valid = false;
        o.error = tr("--password-stdin needs --server and --user.");
    }
    if (o.startupProbe && o.cacheFile.isEmpty() && (o.server.isEmpty() || o.user.isEmpty())) {
        o.valid = false;
        o.error = tr("--startup-probe needs --cache FILE (or --server and --user).");
    }
    if (!o.cacheFile.isEmpty() && !o.startupProbe && !QFileInfo::exists(o.cacheFile)) {
        o.valid = false;
        o.error = tr("No such cache file: %1").arg(o.cacheFile);
    }
    return o;
}

} // namespace tierdesk
