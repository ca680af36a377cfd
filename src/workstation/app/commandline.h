#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tierdesk {

// What `tierdesk` was asked to do on its command line.
//
//   tierdesk [--server URL] [--user NAME] [--password-stdin] [--lang CODE] [--data DIR]
//   tierdesk --startup-probe --cache FILE
//   tierdesk --server URL --user NAME --password-stdin --screenshot-tour DIR
struct CommandLineOptions
{
    QUrl server;
    QString user;
    bool passwordFromStdin = false;
    QString language; // empty: the setting, else the system's
    QString dataDir;  // empty: LocalStore::defaultPath
    bool startupProbe = false;
    QString cacheFile; // --cache: this cache database instead of the account's
    QString screenshotTourDir;

    bool valid = true;
    QString error; // why not valid, for stderr

    // The cache file of an account: --cache, else DIR/<host_port>/<login>.sqlite under --data, else
    // LocalStore::defaultPath().
    QString cachePathFor(const QUrl &server, const QString &login) const;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Parses arguments (the first is the program). --help and --version print and exit the process.
    static CommandLineOptions parse(const QStringList &arguments);
};

} // namespace tierdesk
