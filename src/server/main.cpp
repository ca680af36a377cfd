// tierdesk-server: the Tierdesk HTTP/JSON server, and its account and data-generation commands.

#include "server/server.h"
#include "server/servercontext.h"
#include "server/storage/database.h"
#include "server/tools/syntheticdatagenerator.h"
#include "server/tools/usercommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace tierdesk;

namespace {

std::atomic<int> g_stopSignal{0};

extern "C" void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

struct Options
{
    ServerConfig config;
    QStringList command; // positional words: empty, {"user", ...} or {"generate", ...}
};

int fail(const QString &message)
{
    QTextStream(stderr) << "tierdesk-server: " << message << Qt::endl;
    return 2;
}

// "tierdesk-server generate --data DIR" should mean what "tierdesk-server --data DIR generate" means: the
// storage options pick the database the command works on, so they are moved ahead of the command word
// (a subcommand must never fall back to the default database because its options came last).
QStringList hoistStorageOptions(const QStringList &arguments)
{
    static const QStringList withValue{QStringLiteral("--data"), QStringLiteral("--db")};
    qsizetype commandAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (withValue.contains(a) || a == QLatin1String("--listen") || a == QLatin1String("--tls-cert") ||
            a == QLatin1String("--tls-key") || a == QLatin1String("--threads") ||
            a == QLatin1String("--attachment-limit")) {
            ++i; // skip the value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandAt = i;
            break;
        }
    }
    if (commandAt < 0)
        return arguments;
    QStringList front = arguments.mid(0, commandAt);
    QStringList rest;
    for (qsizetype i = commandAt; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (withValue.contains(a) && i + 1 < arguments.size()) {
            front << a << arguments.at(i + 1);
            ++i;
        } else if (eq > 0 && withValue.contains(a.left(eq))) {
            front << a;
        } else {
            rest << a;
        }
    }
    return front + rest;
}

std::optional<Options> parseArguments(const QStringList &rawArguments, QString *error)
{
    const QStringList arguments = hoistStorageOptions(rawArguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tierdesk help-desk server: HTTP/JSON API under /api/v1 on SQLite (default) or PostgreSQL.\n\n"
        "Commands:\n"
        "  (none)                 run the server\n"
        "  user add LOGIN --role customer|agent|supervisor|admin [--name NAME] [--tier 1-3]\n"
        "           [--importance standard|vip] [--organisation NAME] [--group NAME] [--password-stdin]\n"
        "  user passwd LOGIN [--password-stdin]\n"
        "  user list\n"
        "  generate [--tickets N] [--messages M]   synthetic data for benchmarks (default 100000 / 300000)\n"
        "--data and --db may stand before or after the command.\n\n"
        "Examples:\n"
        "  tierdesk-server --demo\n"
        "  tierdesk-server --db postgresql://tierdesk:secret@127.0.0.1:5432/tierdesk --listen 0.0.0.0:8080\n"
        "  echo secret | tierdesk-server user add alice --role agent --tier 2 --password-stdin"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption listen(
        QStringLiteral("listen"), QStringLiteral("Address and port to listen on (port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder for the SQLite database and attachment files "
                                                 "(default: the platform's application-data folder)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Use PostgreSQL instead of SQLite: postgresql://USER:PASS@HOST:PORT/DB "
                       "(or postgresql://USER@/DB?host=/socket/dir)."),
        QStringLiteral("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Seed demo accounts (password 'demo'), tickets and articles into an "
                       "empty database."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate chain: serve HTTPS."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("Threads that run requests (default: one per core, at least 2); up to four more "
                       "read and write the network."),
        QStringLiteral("N"));
    const QCommandLineOption attachmentLimit(
        QStringLiteral("attachment-limit"),
        QStringLiteral("Largest attachment in bytes (default 26214400 = 25 MiB)."), QStringLiteral("BYTES"));
    parser.addOptions({listen, data, db, demo, tlsCert, tlsKey, threads, attachmentLimit});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("user … | generate … (see above)"),
                                 QStringLiteral("[command]"));
    parser.process(arguments); // exits for --help / --version / unknown options, with the message

    Options o;
    ServerConfig &c = o.config;
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port > 65535) {
        *error = QStringLiteral("--listen wants HOST:PORT, got '%1'.").arg(hostPort);
        return std::nullopt;
    }
    c.listenHost = hostPort.left(colon);
    if (c.listenHost.startsWith(QLatin1Char('[')) && c.listenHost.endsWith(QLatin1Char(']')))
        c.listenHost = c.listenHost.mid(1, c.listenHost.size() - 2);
    c.listenPort = quint16(port);
    c.dataDir = parser.isSet(data) ? parser.value(data)
                                   : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(db)) {
        const auto pg = DatabaseConfig::fromPostgresUrl(parser.value(db), error);
        if (!pg)
            return std::nullopt;
        c.database = *pg;
    }
    c.demo = parser.isSet(demo);
    c.tlsCertFile = parser.value(tlsCert);
    c.tlsKeyFile = parser.value(tlsKey);
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together.");
        return std::nullopt;
    }
    if (parser.isSet(threads)) {
        c.threads = parser.value(threads).toInt();
        if (c.threads < 1 || c.threads > 256) {
            *error = QStringLiteral("--threads wants a number from 1 to 256.");
            return std::nullopt;
        }
    }
    if (parser.isSet(attachmentLimit)) {
        bool ok = false;
        c.maxAttachmentBytes = parser.value(attachmentLimit).toLongLong(&ok);
        if (!ok || c.maxAttachmentBytes < 1) {
            *error = QStringLiteral("--attachment-limit wants a positive number of bytes.");
            return std::nullopt;
        }
    }
    o.command = parser.positionalArguments();
    // "tierdesk-server generate --help": help, not a database opened for a command that was never run.
    for (const QString &word : std::as_const(o.command)) {
        if (word == QLatin1String("--help") || word == QLatin1String("-h"))
            parser.showHelp(0);
    }
    return o;
}

int runGenerate(Server &server, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tickets(QStringLiteral("tickets"), QStringLiteral("Tickets to create."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages to create."),
                                      QStringLiteral("M"), QStringLiteral("300000"));
    parser.addOptions({tickets, messages});
    if (!parser.parse(QStringList{QStringLiteral("generate")} + arguments))
        return fail(parser.errorText());
    const int ticketCount = parser.value(tickets).toInt();
    const int messageCount = parser.value(messages).toInt();
    if (ticketCount < 1 || messageCount < 0)
        return fail(QStringLiteral("generate wants --tickets ≥ 1 and --messages ≥ 0."));
    QTextStream err(stderr);
    SyntheticDataGenerator generator(server.context(), server.tickets());
    const auto result = generator.generate(ticketCount, messageCount, [&err](int done, int total) {
        err << "\rgenerating " << done << " / " << total << Qt::flush;
    });
    err << Qt::endl;
    QTextStream(stdout) << "created " << result.tickets << " tickets and " << result.messages
                        << " messages in " << result.seconds << " s" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tierdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tierdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));

    QString error;
    const auto options = parseArguments(QCoreApplication::arguments(), &error);
    if (!options)
        return fail(error);

    try {
        Server server(options->config);
        server.open();
        const QStringList &command = options->command;
        if (!command.isEmpty()) {
            if (command.first() == QLatin1String("user")) {
                QTextStream out(stdout);
                QTextStream err(stderr);
                return UserCommand::run(server.context(), command.mid(1), out, err);
            }
            if (command.first() == QLatin1String("generate"))
                return runGenerate(server, command.mid(1));
            return fail(QStringLiteral("Unknown command '%1'; see --help.").arg(command.first()));
        }
        if (options->config.demo && server.seedDemoIfEmpty())
            QTextStream(stderr) << "seeded the demo data (every demo account's password is 'demo')"
                                << Qt::endl;
        const quint16 port = server.start();
        std::printf("listening on %s://%s:%u\n", options->config.tlsEnabled() ? "https" : "http",
                    qPrintable(options->config.listenHost), unsigned(port));
        std::fflush(stdout);

        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &app, [] {
            if (g_stopSignal)
                QCoreApplication::quit();
        });
        watch.start(100);
        const int code = app.exec();
        server.stop();
        return code;
    } catch (const DatabaseError &e) {
        return fail(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}
