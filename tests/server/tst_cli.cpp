// The tierdesk-server command line next to a running server on the same storage: user add / passwd / list,
// clear errors for bad input, --help, and how credentials are stored (Argon2id password hashes, only SHA-256
// digests of session tokens) checked directly in the SQLite file or the PostgreSQL database.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace tierdesk::test;

namespace {

const QString MePath = QStringLiteral("/api/v1/me");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The line of `user list` output whose words include the login, split into words; empty if there is none.
QStringList listedUser(const QByteArray &output, const QString &login)
{
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.contains(login))
            return words;
    }
    return {};
}

ApiReply loginReply(const TestServer &server, const QString &login, const QString &password)
{
    ApiClient client(server);
    return client.post(QStringLiteral("/api/v1/auth/login"),
                       QJsonObject{{"login", login}, {"password", password}});
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanupTestCase()
    {
        if (!m_connectionName.isEmpty())
            QSqlDatabase::removeDatabase(m_connectionName);
    }

    void addUser()
    {
        const CliResult r =
            m_server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
                             QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--tier"),
                             QStringLiteral("2"), QStringLiteral("--password-stdin")},
                            "s3cret\n");
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));

        // The running server sees the new account at once.
        ApiClient ann(m_server);
        QVERIFY(ann.login(QStringLiteral("ann"), QStringLiteral("s3cret")));
        QCOMPARE(ann.user().value(QLatin1String("login")).toString(), QStringLiteral("ann"));
        QCOMPARE(ann.user().value(QLatin1String("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(ann.user().value(QLatin1String("tier")).toInt(), 2);
        const ApiReply me = ann.get(MePath);
        QVERIFY2(me.status == 200, qPrintable(me.describe()));
        QCOMPARE(me.json().value(QLatin1String("login")).toString(), QStringLiteral("ann"));
        // The line break that ends the password on standard input is not part of it.
        QCOMPARE(loginReply(m_server, QStringLiteral("ann"), QStringLiteral("s3cret\n")).status, 401);
    }

    void listShowsUser()
    {
        const CliResult r = m_server.runCli({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QStringList ann = listedUser(r.standardOutput, QStringLiteral("ann"));
        QVERIFY2(!ann.isEmpty(), r.standardOutput.constData());
        QVERIFY2(ann.contains(QStringLiteral("agent")), qPrintable(ann.join(QLatin1Char(' '))));
        QVERIFY2(ann.contains(QStringLiteral("2")), qPrintable(ann.join(QLatin1Char(' '))));
        QVERIFY2(!ann.contains(QStringLiteral("customer")), qPrintable(ann.join(QLatin1Char(' '))));
        // The demo accounts are listed too, with their own roles.
        const QStringList vip = listedUser(r.standardOutput, QStringLiteral("vip1"));
        QVERIFY2(vip.contains(QStringLiteral("customer")), r.standardOutput.constData());
        QVERIFY2(vip.contains(QStringLiteral("vip")), r.standardOutput.constData());
        const QStringList agent3 = listedUser(r.standardOutput, QStringLiteral("agent3"));
        QVERIFY2(agent3.contains(QStringLiteral("agent")) && agent3.contains(QStringLiteral("3")),
                 r.standardOutput.constData());
        // Nothing secret in the listing.
        QVERIFY(!r.standardOutput.contains("$argon2"));
        QVERIFY(!r.standardOutput.contains("s3cret"));
    }

    void storedCredentials()
    {
        ApiClient ann(m_server);
        QVERIFY(ann.login(QStringLiteral("ann"), QStringLiteral("s3cret")));
        const QByteArray token = ann.token();
        QVERIFY(!token.isEmpty());

        QSqlDatabase db;
        QVERIFY(openDatabase(&db));

        QSqlQuery users(db);
        QVERIFY2(users.exec(QStringLiteral("SELECT login, password_hash FROM users")),
                 qPrintable(users.lastError().text()));
        int rows = 0;
        QString annHash;
        while (users.next()) {
            ++rows;
            const QString login = users.value(0).toString();
            const QString hash = users.value(1).toString();
            QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")),
                     qPrintable(QStringLiteral("%1: %2").arg(login, hash.left(20))));
            QVERIFY(!hash.contains(QLatin1String("s3cret")));
            if (login == QLatin1String("ann"))
                annHash = hash;
        }
        QVERIFY(rows >= 9);
        QVERIFY(!annHash.isEmpty());
        m_annHash = annHash;

        // Tokens are kept as SHA-256 digests only: the raw token is nowhere in the table, its digest is.
        QSqlQuery tokens(db);
        QVERIFY2(tokens.exec(QStringLiteral("SELECT * FROM tokens")), qPrintable(tokens.lastError().text()));
        const QString digest = sha256Hex(token);
        bool digestFound = false;
        int tokenRows = 0;
        while (tokens.next()) {
            ++tokenRows;
            for (int i = 0; i < tokens.record().count(); ++i) {
                const QString value = tokens.value(i).toString();
                QVERIFY2(
                    !value.contains(QString::fromLatin1(token)),
                    qPrintable(
                        QStringLiteral("column %1 holds the raw token").arg(tokens.record().fieldName(i))));
                if (value.compare(digest, Qt::CaseInsensitive) == 0)
                    digestFound = true;
            }
        }
        QVERIFY(tokenRows >= 1);
        QVERIFY2(digestFound, "the SHA-256 hex digest of the login token is not in the tokens table");
    }

    void changePassword()
    {
        ApiClient before(m_server);
        QVERIFY(before.login(QStringLiteral("ann"), QStringLiteral("s3cret")));
        QCOMPARE(before.get(MePath).status, 200);

        const CliResult r = m_server.runCli({QStringLiteral("user"), QStringLiteral("passwd"),
                                             QStringLiteral("ann"), QStringLiteral("--password-stdin")},
                                            "n3w-Passw0rd\n");
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));

        const ApiReply oldPassword = loginReply(m_server, QStringLiteral("ann"), QStringLiteral("s3cret"));
        QVERIFY2(oldPassword.status == 401, qPrintable(oldPassword.describe()));
        QCOMPARE(oldPassword.errorCode(), QStringLiteral("unauthorized"));
        const ApiReply newPassword =
            loginReply(m_server, QStringLiteral("ann"), QStringLiteral("n3w-Passw0rd"));
        QVERIFY2(newPassword.status == 200, qPrintable(newPassword.describe()));
        QVERIFY(!newPassword.json().value(QLatin1String("token")).toString().isEmpty());

        // The session opened with the old password has ended.
        const ApiReply stale = before.get(MePath);
        QVERIFY2(stale.status == 401, qPrintable(stale.describe()));

        // A new Argon2id hash replaced the old one.
        if (!m_annHash.isEmpty()) {
            QSqlDatabase db;
            QVERIFY(openDatabase(&db));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'ann'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
            QVERIFY(q.value(0).toString() != m_annHash);
        }
    }

    void passwdUnknownUser()
    {
        const CliResult r =
            m_server.runCli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody-here"),
                             QStringLiteral("--password-stdin")},
                            "whatever\n");
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.standardError.contains("nobody-here"), qPrintable(r.describe()));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("mentions"); // the message names at least one of these
        const QString add = QStringLiteral("add");
        const QString role = QStringLiteral("--role");
        const QString stdinFlag = QStringLiteral("--password-stdin");
        QTest::newRow("unknown role")
            << QStringList{add, QStringLiteral("bob"), role, QStringLiteral("wizard"), stdinFlag}
            << QStringLiteral("bob") << QStringList{QStringLiteral("wizard"), QStringLiteral("role")};
        QTest::newRow("agent without tier")
            << QStringList{add, QStringLiteral("carl"), role, QStringLiteral("agent"), stdinFlag}
            << QStringLiteral("carl") << QStringList{QStringLiteral("tier")};
        QTest::newRow("tier out of range") << QStringList{add,
                                                          QStringLiteral("dora"),
                                                          role,
                                                          QStringLiteral("agent"),
                                                          QStringLiteral("--tier"),
                                                          QStringLiteral("7"),
                                                          stdinFlag}
                                           << QStringLiteral("dora") << QStringList{QStringLiteral("tier")};
        QTest::newRow("duplicate login")
            << QStringList{add, QStringLiteral("ann"), role, QStringLiteral("customer"), stdinFlag}
            << QStringLiteral("ann")
            << QStringList{QStringLiteral("taken"), QStringLiteral("exists"), QStringLiteral("already")};
        QTest::newRow("duplicate demo login")
            << QStringList{add,
                           QStringLiteral("agent1"),
                           role,
                           QStringLiteral("agent"),
                           QStringLiteral("--tier"),
                           QStringLiteral("1"),
                           stdinFlag}
            << QStringLiteral("agent1")
            << QStringList{QStringLiteral("taken"), QStringLiteral("exists"), QStringLiteral("already")};
        QTest::newRow("login with space")
            << QStringList{add, QStringLiteral("eve smith"), role, QStringLiteral("customer"), stdinFlag}
            << QStringLiteral("eve smith") << QStringList{QStringLiteral("login")};
        QTest::newRow("login with slash")
            << QStringList{add, QStringLiteral("../frank"), role, QStringLiteral("customer"), stdinFlag}
            << QStringLiteral("../frank") << QStringList{QStringLiteral("login")};
        QTest::newRow("login with quote")
            << QStringList{add, QStringLiteral("gina'; --"), role, QStringLiteral("customer"), stdinFlag}
            << QStringLiteral("gina'; --") << QStringList{QStringLiteral("login")};
        QTest::newRow("login with non-ASCII")
            << QStringList{add, QStringLiteral("хакер"), role, QStringLiteral("customer"), stdinFlag}
            << QStringLiteral("хакер") << QStringList{QStringLiteral("login")};
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, login);
        QFETCH(QStringList, mentions);

        const CliResult r = m_server.runCli(QStringList{QStringLiteral("user")} + arguments, "pw-123456\n");
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        const QString message = QString::fromUtf8(r.standardError).trimmed();
        QVERIFY2(!message.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(
            std::any_of(mentions.cbegin(), mentions.cend(),
                        [&message](const QString &m) { return message.contains(m, Qt::CaseInsensitive); }),
            qPrintable(QStringLiteral("the message should mention %1:\n%2")
                           .arg(mentions.join(QLatin1String(" or ")), r.describe())));
        // No crash, no stack trace, no database dump: one short explanation.
        QVERIFY2(message.size() < 2000, qPrintable(r.describe()));

        // Nothing was created or changed: the password given does not open any account of that name.
        QCOMPARE(loginReply(m_server, login, QStringLiteral("pw-123456")).status, 401);
        if (login == QLatin1String("agent1")) {
            ApiClient demo(m_server);
            QVERIFY(demo.login(QStringLiteral("agent1"), QStringLiteral("demo")));
            QCOMPARE(demo.user().value(QLatin1String("role")).toString(), QStringLiteral("agent"));
        }
    }

    void badInputCreatedNobody()
    {
        const CliResult r = m_server.runCli({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        for (const char *login : {"bob", "carl", "dora", "frank", "../frank", "eve", "gina"})
            QVERIFY2(listedUser(r.standardOutput, QString::fromUtf8(login)).isEmpty(), login);
        // ann exists once, still an agent of tier 2.
        int annLines = 0;
        for (const QString &line : QString::fromUtf8(r.standardOutput).split(QLatin1Char('\n'))) {
            if (line.simplified().split(QLatin1Char(' ')).contains(QStringLiteral("ann")))
                ++annLines;
        }
        QCOMPARE(annLines, 1);
        const QStringList ann = listedUser(r.standardOutput, QStringLiteral("ann"));
        QVERIFY(ann.contains(QStringLiteral("agent")));
    }

    void help()
    {
        QProcess process;
        process.start(TestServer::serverBinary(), {QStringLiteral("--help")});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QVERIFY2(process.waitForFinished(30000), "tierdesk-server --help did not finish");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option : {"--listen", "--data", "--db", "--demo", "--tls-cert", "--tls-key"})
            QVERIFY2(help.contains(QLatin1String(option)),
                     qPrintable(QStringLiteral("%1 missing in:\n%2").arg(QLatin1String(option), help)));
        for (const char *command :
             {"user add", "user passwd", "user list", "--password-stdin", "--role", "--tier"})
            QVERIFY2(help.contains(QLatin1String(command)),
                     qPrintable(QStringLiteral("%1 missing in:\n%2").arg(QLatin1String(command), help)));
    }

    // Help for a subcommand is help: it must not open (and so create) a database, nor fail.
    void subcommandHelpTouchesNoDatabase_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("generate") << QStringList{QStringLiteral("generate"), QStringLiteral("--help")};
        QTest::newRow("user add") << QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                 QStringLiteral("-h")};
    }

    void subcommandHelpTouchesNoDatabase()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess process;
        process.start(TestServer::serverBinary(),
                      QStringList{QStringLiteral("--data"), dir.path()} + command);
        QVERIFY2(process.waitForFinished(30000), "the help did not finish");
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QLatin1String("generate [--tickets N]")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void serverStillServes()
    {
        // All these command-line runs next to it did not disturb the running server.
        QVERIFY(m_server.isRunning());
        ApiClient agent(m_server);
        QVERIFY(agent.login(QStringLiteral("agent2"), QStringLiteral("demo")));
        QCOMPARE(agent.get(MePath).status, 200);
    }

private:
    // Opens the server's own database: <dataDir>/tierdesk.sqlite or the PostgreSQL test database.
    bool openDatabase(QSqlDatabase *db)
    {
        if (!m_connectionName.isEmpty() && QSqlDatabase::contains(m_connectionName)) {
            *db = QSqlDatabase::database(m_connectionName);
            return db->isOpen() || db->open();
        }
        m_connectionName = QStringLiteral("tst_cli-") + QUuid::createUuid().toString(QUuid::Id128);
        if (m_server.backend() == TestServer::Backend::Sqlite) {
            const QString path = QDir(m_server.dataDir()).filePath(QStringLiteral("tierdesk.sqlite"));
            if (!QFile::exists(path)) {
                qWarning().noquote() << "no SQLite database at" << path;
                return false;
            }
            *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db->setDatabaseName(path);
            db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            const QUrl url(m_server.databaseUrl(), QUrl::StrictMode);
            *db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
            if (!db->isValid()) {
                qWarning() << "no QPSQL driver; drivers:" << QSqlDatabase::drivers();
                return false;
            }
            const QUrlQuery query(url);
            db->setHostName(query.hasQueryItem(QStringLiteral("host"))
                                ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                                : url.host());
            db->setPort(url.port(5432));
            db->setUserName(url.userName(QUrl::FullyDecoded));
            db->setPassword(url.password(QUrl::FullyDecoded));
            db->setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
            db->setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db->open()) {
            qWarning().noquote() << "cannot open the server's database:" << db->lastError().text();
            return false;
        }
        return true;
    }

    QString m_connectionName;
    QString m_annHash;
    TestServer m_server{TestServerOptions{.demo = true}};
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
