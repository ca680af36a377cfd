// CredentialStore: without a keychain service it says so in plain words and stores nothing unless the user
// agreed to the file fallback; with the fallback a real sign-in token (from a real tierdesk-server)
// round-trips through a file that only its owner may read and that never holds the password; removal removes
// it.
//
// The keychain must be certainly absent for these cases, whatever desktop the developer runs the tests on:
// the test drops the session bus address (and DISPLAY, which D-Bus autolaunch would use) before QtKeychain
// first looks for a service. realKeychain() then starts a private session bus with an unlocked temporary
// GNOME Keyring in a child process of this same program, where the keychain path itself is tested; it is
// skipped, saying what to install, where dbus-run-session or gnome-keyring-daemon are missing.

#include "client/apiclient.h"
#include "client/credentialstore.h"
#include "support/testserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using tierdesk::CredentialStore;
using tierdesk::test::TestServer;
using Backend = CredentialStore::Backend;

namespace {

const char ChildModeVariable[] = "TIERDESK_CREDENTIALSTORE_KEYCHAIN_CHILD";

// The permission bits of a file as the kernel has them (QFile::permissions() mixes in the owner/user view).
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the keychain round trip against whatever keychain this process can reach (the child of
// realKeychain()). Prints "KEYCHAIN-OK" or the failure; returns the exit code.
int keychainChild()
{
    CredentialStore store;
    store.setServiceName(QStringLiteral("tierdesk-test-%1").arg(QCoreApplication::applicationPid()));
    QTemporaryDir dir;
    store.setFallbackDirectory(dir.path());
    store.setFileFallbackAllowed(false);
    const QUrl server(QStringLiteral("https://desk.example.com"));
    const QByteArray token = "keychain-token-" + QByteArray::number(QCoreApplication::applicationPid());
    QString error;
    const auto fail = [](const QString &why) {
        std::printf("KEYCHAIN-FAIL %s\n", qPrintable(why));
        return 1;
    };
    if (!store.writeTokenBlocking(server, QStringLiteral("ann"), token, &error))
        return fail(QStringLiteral("write: ") + error);
    if (store.lastBackend() != Backend::Keychain)
        return fail(QStringLiteral("write did not use the keychain"));
    if (QFile::exists(dir.filePath(QStringLiteral("credentials.json"))))
        return fail(QStringLiteral("a file was written although the keychain works"));
    const QByteArray read = store.readTokenBlocking(server, QStringLiteral("ann"), &error);
    if (read != token || !error.isEmpty() || store.lastBackend() != Backend::Keychain)
        return fail(QStringLiteral("read back '%1' (%2)").arg(QString::fromLatin1(read), error));
    if (!store.readTokenBlocking(server, QStringLiteral("bob"), &error).isEmpty() || !error.isEmpty())
        return fail(QStringLiteral("an unknown account has a token (%1)").arg(error));
    QSignalSpy removed(&store, &CredentialStore::tokenRemoved);
    store.removeToken(server, QStringLiteral("ann"));
    if (!removed.wait(30000))
        return fail(QStringLiteral("removeToken did not finish"));
    if (!store.readTokenBlocking(server, QStringLiteral("ann"), &error).isEmpty() || !error.isEmpty())
        return fail(QStringLiteral("the token is still there after removeToken (%1)").arg(error));
    std::printf("KEYCHAIN-OK\n");
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QUrl m_serverUrl{QStringLiteral("https://desk.example.com:8443/")};

    QString fallbackPath() const { return m_dir.filePath(QStringLiteral("credentials.json")); }

    void configure(CredentialStore &store, bool fallback)
    {
        store.setServiceName(QStringLiteral("tierdesk-test"));
        store.setFallbackDirectory(m_dir.path());
        store.setFileFallbackAllowed(fallback);
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("tierdesk.client.credentials.info=false\ntierdesk.client.api.debug=false"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(fallbackPath()); }

    void entryKeys()
    {
        const QString key = CredentialStore::entryKey(QUrl(QStringLiteral("https://Desk.Example.com/")),
                                                      QStringLiteral("ann"));
        QCOMPARE(key, QStringLiteral("ann@https://desk.example.com:443"));
        QCOMPARE(CredentialStore::entryKey(QUrl(QStringLiteral("https://desk.example.com:443")),
                                           QStringLiteral("ann")),
                 key);
        QVERIFY(CredentialStore::entryKey(QUrl(QStringLiteral("https://desk.example.com:8443")),
                                          QStringLiteral("ann")) != key);
        QVERIFY(CredentialStore::entryKey(QUrl(QStringLiteral("http://desk.example.com")),
                                          QStringLiteral("ann")) != key);
        QVERIFY(CredentialStore::entryKey(QUrl(QStringLiteral("https://desk.example.com")),
                                          QStringLiteral("bob")) != key);
        // Credentials in a URL never become part of the entry.
        QCOMPARE(CredentialStore::entryKey(QUrl(QStringLiteral("https://ann:secret@desk.example.com")),
                                           QStringLiteral("ann")),
                 key);
    }

    void keychainUnavailableWithoutConsent()
    {
        CredentialStore store;
        configure(store, false);
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        QSignalSpy written(&store, &CredentialStore::tokenWritten);
        QSignalSpy failed(&store, &CredentialStore::failed);

        store.writeToken(m_serverUrl, QStringLiteral("ann"), "token-that-must-not-be-kept");
        QVERIFY(unavailable.wait(30000));
        QCOMPARE(written.count(), 0);
        QCOMPARE(failed.count(), 0);
        const QString message = unavailable.first().first().toString();
        QVERIFY2(message.startsWith(QLatin1String(
                     "No keychain service is running (install and unlock GNOME Keyring or KWallet).")),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("file readable only by you")));
        qInfo().noquote() << "the message:" << message;
        QCOMPARE(store.lastBackend(), Backend::None);
        QVERIFY2(!QFile::exists(fallbackPath()), "nothing may be written without consent");
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        store.readToken(m_serverUrl, QStringLiteral("ann"));
        QVERIFY(unavailable.wait(30000));
        QCOMPARE(unavailable.count(), 2);

        QString error;
        QVERIFY(!store.writeTokenBlocking(m_serverUrl, QStringLiteral("ann"), "x", &error));
        QVERIFY(error.startsWith(QLatin1String("No keychain service is running")));
        QVERIFY(store.readTokenBlocking(m_serverUrl, QStringLiteral("ann"), &error).isEmpty());
        QVERIFY(error.startsWith(QLatin1String("No keychain service is running")));
        QVERIFY(!QFile::exists(fallbackPath()));

        store.removeToken(m_serverUrl, QStringLiteral("ann"));
        QVERIFY(unavailable.wait(30000));
    }

    void fileFallbackRoundTrip()
    {
        // A real token from a real server, for an account with a password that is easy to look for.
        const QString password =
            QStringLiteral("Correct-Horse-Battery-%1").arg(QCoreApplication::applicationPid());
        TestServer server;
        const tierdesk::test::CliResult added =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
                           QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--tier"),
                           QStringLiteral("1"), QStringLiteral("--password-stdin")},
                          password.toUtf8() + '\n');
        QVERIFY2(added.finished && added.exitCode == 0,
                 qPrintable(QString::fromUtf8(added.standardError) + added.error));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        tierdesk::ApiClient client(server.baseUrl());
        tierdesk::LoginJob *login = client.login(QStringLiteral("ann"), password);
        login->setAutoDelete(false);
        std::unique_ptr<tierdesk::LoginJob> loginOwner(login);
        QVERIFY(login->waitForFinished());
        QVERIFY2(login->ok(), qPrintable(login->error().message));
        const QByteArray token = login->token();

        CredentialStore store;
        configure(store, true);
        QSignalSpy written(&store, &CredentialStore::tokenWritten);
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        store.writeToken(server.baseUrl(), QStringLiteral("ann"), token);
        QVERIFY(written.wait(30000));
        QCOMPARE(written.first().first().value<Backend>(), Backend::File);
        QCOMPARE(store.lastBackend(), Backend::File);
        QCOMPARE(unavailable.count(), 0); // the user agreed already: no question again

        QVERIFY(QFile::exists(fallbackPath()));
        QCOMPARE(modeOf(fallbackPath()), 0600);
        const QByteArray contents = fileContents(fallbackPath());
        QVERIFY(!contents.contains(password.toUtf8()));
        QVERIFY(!contents.contains(QUrl::toPercentEncoding(password)));
        QVERIFY(!contents.contains(password.toUtf8().toBase64()));
        // No temporary file is left next to it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("credentials.json")});

        // A second account on the same server is kept beside the first.
        QString error;
        QVERIFY2(store.writeTokenBlocking(server.baseUrl(), QStringLiteral("bob"), "bobs-token", &error),
                 qPrintable(error));

        // A new store (the next start of the program) reads it back, and the token still opens the session.
        CredentialStore later;
        configure(later, true);
        QSignalSpy read(&later, &CredentialStore::tokenRead);
        later.readToken(server.baseUrl(), QStringLiteral("ann"));
        QVERIFY(read.wait(30000));
        QCOMPARE(read.first().at(0).toByteArray(), token);
        QCOMPARE(read.first().at(1).value<Backend>(), Backend::File);
        QCOMPARE(later.readTokenBlocking(server.baseUrl(), QStringLiteral("bob"), &error),
                 QByteArray("bobs-token"));
        QVERIFY(error.isEmpty());
        // An account never stored: empty, no error.
        QVERIFY(later.readTokenBlocking(server.baseUrl(), QStringLiteral("carol"), &error).isEmpty());
        QVERIFY(error.isEmpty());

        tierdesk::ApiClient resumed(server.baseUrl());
        resumed.setToken(later.readTokenBlocking(server.baseUrl(), QStringLiteral("ann"), &error));
        tierdesk::ApiJob *me = resumed.me();
        me->setAutoDelete(false);
        std::unique_ptr<tierdesk::ApiJob> meOwner(me);
        QVERIFY(me->waitForFinished());
        QVERIFY2(me->ok(), qPrintable(me->error().message));
        QCOMPARE(me->json().value(QLatin1String("login")).toString(), QStringLiteral("ann"));

        // Removing one account keeps the other; removing the last removes the file.
        QSignalSpy removed(&later, &CredentialStore::tokenRemoved);
        later.removeToken(server.baseUrl(), QStringLiteral("ann"));
        QVERIFY(removed.wait(30000));
        QVERIFY(later.readTokenBlocking(server.baseUrl(), QStringLiteral("ann"), &error).isEmpty());
        QVERIFY(!fileContents(fallbackPath()).contains(token.toBase64()));
        QCOMPARE(modeOf(fallbackPath()), 0600);
        QCOMPARE(later.readTokenBlocking(server.baseUrl(), QStringLiteral("bob"), &error),
                 QByteArray("bobs-token"));
        later.removeToken(server.baseUrl(), QStringLiteral("bob"));
        QVERIFY(removed.wait(30000));
        QVERIFY(!QFile::exists(fallbackPath()));
    }

    void withdrawnConsentIsRespected()
    {
        CredentialStore store;
        configure(store, true);
        QString error;
        QVERIFY2(store.writeTokenBlocking(m_serverUrl, QStringLiteral("ann"), "t1", &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(fallbackPath()));

        // The user withdrew the consent: the file is no longer read...
        store.setFileFallbackAllowed(false);
        QVERIFY(store.readTokenBlocking(m_serverUrl, QStringLiteral("ann"), &error).isEmpty());
        QVERIFY(error.startsWith(QLatin1String("No keychain service is running")));
        // ...and signing out still removes the copy in it.
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        store.removeToken(m_serverUrl, QStringLiteral("ann"));
        QVERIFY(unavailable.wait(30000));
        QVERIFY(!QFile::exists(fallbackPath()));
    }

    void widenedPermissionsAreNarrowed()
    {
        CredentialStore store;
        configure(store, true);
        QString error;
        QVERIFY(store.writeTokenBlocking(m_serverUrl, QStringLiteral("ann"), "t2", &error));
        QVERIFY(QFile::setPermissions(fallbackPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ReadOther | QFileDevice::ReadGroup));
        QCOMPARE(modeOf(fallbackPath()), 0644);
        QCOMPARE(store.readTokenBlocking(m_serverUrl, QStringLiteral("ann"), &error), QByteArray("t2"));
        QCOMPARE(modeOf(fallbackPath()), 0600);
        // Rewriting keeps it private too.
        QVERIFY(QFile::setPermissions(fallbackPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ReadOther));
        QVERIFY(store.writeTokenBlocking(m_serverUrl, QStringLiteral("bob"), "t3", &error));
        QCOMPARE(modeOf(fallbackPath()), 0600);
    }

    void damagedFileIsReported()
    {
        {
            QFile file(fallbackPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{ this is not json");
        }
        QFile::setPermissions(fallbackPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        CredentialStore store;
        configure(store, true);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.readToken(m_serverUrl, QStringLiteral("ann"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("damaged")),
                 qPrintable(failed.first().first().toString()));
    }

    void realKeychain()
    {
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        QLibrary libsecret(QStringLiteral("secret-1"),
                           0); // QtKeychain loads it at run time for GNOME Keyring
        if (runSession.isEmpty() || keyring.isEmpty() || !libsecret.load())
            QSKIP("The keychain path needs dbus-run-session (Debian: dbus-daemon) and gnome-keyring-daemon "
                  "(Debian: "
                  "gnome-keyring, with libsecret-1-0 for QtKeychain); not installed here");
        // A private session bus with a fresh keyring in a temporary home, created and unlocked with a
        // throwaway password read from stdin; this program runs again inside it as the client.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString script = QStringLiteral(
            "set -e\n"
            "printf 'tierdesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
            "exec \"$0\"\n");
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        environment.insert(QString::fromLatin1(ChildModeVariable), QStringLiteral("1"));
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QDir(home.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(runSession, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                 QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForFinished(120000), "the keychain child did not finish");
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0 && output.contains("KEYCHAIN-OK"), output.constData());
    }
};

int main(int argc, char *argv[])
{
    const bool keychainChildMode = qEnvironmentVariableIsSet(ChildModeVariable);
    if (!keychainChildMode) {
        // No keychain for the fallback tests, on any desktop: QtKeychain finds its services over the session
        // bus, which D-Bus may also autolaunch through X11.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
    QCoreApplication app(argc, argv);
    if (keychainChildMode)
        return keychainChild();
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
