// syncworker: a client process for the crash test. It logs in, opens its cache, syncs, and keeps making
// edits (replies on one ticket, numbered) until it is killed — the test kills it with SIGKILL at random
// moments. Before each edit it appends "intent N" to a log file, so the test knows which numbers may exist.
//
//   syncworker --server URL --cache FILE --login NAME --password PW --ticket ID --log FILE [--drain]
//
// --drain makes no edits: it syncs until idle, prints "idle", and exits 0 (the final check).

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace tierdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server("server", "Server URL", "URL");
    const QCommandLineOption cache("cache", "Cache file", "FILE");
    const QCommandLineOption login("login", "Account", "NAME");
    const QCommandLineOption password("password", "Password", "PW");
    const QCommandLineOption ticket("ticket", "Ticket to reply on", "ID");
    const QCommandLineOption log("log", "Intent log", "FILE");
    const QCommandLineOption drain("drain", "Sync until idle, then exit");
    parser.addOptions({server, cache, login, password, ticket, log, drain});
    parser.process(app);
    QTextStream out(stdout);

    LocalStore store;
    QString error;
    if (!store.open(parser.value(cache), &error)) {
        out << "error " << error << Qt::endl;
        return 3;
    }
    ApiClient api(QUrl(parser.value(server)));
    LoginJob *job = api.login(parser.value(login), parser.value(password));
    job->setAutoDelete(false);
    if (!job->waitForFinished(30000) || !job->ok()) {
        out << "error login: " << job->error().message << Qt::endl;
        return 4;
    }
    api.setToken(job->token());
    store.setCurrentUser(job->user().toJson());
    delete job;

    SyncEngine engine(&api, &store);
    engine.start();
    if (parser.isSet(drain)) {
        if (!engine.waitForIdle(120000)) {
            out << "error not idle; pending " << store.pendingCount() << Qt::endl;
            return 5;
        }
        out << "idle" << Qt::endl;
        return 0;
    }

    // The next number continues after the last intent in the log.
    QFile intents(parser.value(log));
    int next = 1;
    if (intents.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = intents.readAll().split('\n');
        for (const QByteArray &line : lines)
            if (line.startsWith("intent "))
                next = std::max(next, line.mid(7).toInt() + 1);
        intents.close();
    }
    if (!intents.open(QIODevice::Append)) {
        out << "error cannot write the log" << Qt::endl;
        return 6;
    }
    const qint64 ticketId = parser.value(ticket).toLongLong();
    out << "running from " << next << Qt::endl;
    QTimer editTimer;
    QObject::connect(&editTimer, &QTimer::timeout, [&] {
        intents.write("intent " + QByteArray::number(next) + '\n');
        intents.flush(); // into the kernel: survives SIGKILL of this process
        engine.postMessage(
            ticketId, QJsonObject{{"kind", "public"}, {"body", QStringLiteral("crash edit #%1").arg(next)}});
        ++next;
    });
    editTimer.start(15);
    return app.exec();
}
