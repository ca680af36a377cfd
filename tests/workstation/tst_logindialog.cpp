// The real LoginDialog against real servers: each way a sign-in fails gets its own sentence (wrong password,
// server not reachable, untrusted certificate, a customer account, empty fields); a certificate the person
// chose to trust lets the same server in; and "Remember me" without a keychain asks once whether a file may
// hold the token, keeps the answer and acts on it.

#include "workstationtest.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSslSocket>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>

using namespace tierdesk;
using tierdesk::test::TestServer;

namespace {
bool makeCertificate(const QString &dir, QString *certificate, QString *key, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("the openssl command is not installed");
        return false;
    }
    *certificate = dir + QStringLiteral("/server.crt");
    *key = dir + QStringLiteral("/server.key");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-keyout"), *key, QStringLiteral("-out"),
                            *certificate});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1").arg(QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}
} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<LoginDialog> dialog(AppSettings *settings, const QString &credentialsDir)
    {
        auto d = std::make_unique<LoginDialog>(settings);
        auto *store = new CredentialStore(d.get());
        store->setServiceName(QStringLiteral("tierdesk-logindialog-test"));
        store->setFallbackDirectory(credentialsDir);
        d->setCredentialStore(store);
        d->show();
        return d;
    }

    // Submits and waits for the attempt to end; true when it signed in.
    bool attempt(LoginDialog *d, const QUrl &server, const QString &login, const QString &password)
    {
        QSignalSpy ok(d, &LoginDialog::signedIn);
        QSignalSpy failed(d, &LoginDialog::signInFailed);
        test::fillAndSubmit(d, server, login, password);
        (void)QTest::qWaitFor(
            [&] {
                return ok.count() + failed.count() > 0 ||
                       d->findChild<QStackedWidget *>()->currentIndex() == 1;
            },
            30000);
        return ok.count() == 1;
    }

private slots:
    void initTestCase()
    {
        test::prepareTestProgram();
        m_server = std::make_unique<TestServer>(test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void emptyFieldsSaySo()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("empty.conf")));
        auto d = dialog(&settings, m_dir.filePath(QStringLiteral("c0")));
        QVERIFY(!attempt(d.get(), QUrl(), QStringLiteral("agent1"), QStringLiteral("demo")));
        QCOMPARE(d->errorText(), QStringLiteral("Enter the address of your help desk server."));
        QVERIFY(!attempt(d.get(), m_server->baseUrl(), QString(), QStringLiteral("demo")));
        QCOMPARE(d->errorText(), QStringLiteral("Enter your account name."));
        QVERIFY(!attempt(d.get(), m_server->baseUrl(), QStringLiteral("agent1"), QString()));
        QCOMPARE(d->errorText(), QStringLiteral("Enter your password."));
    }

    void wrongPassword()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("wrong.conf")));
        auto d = dialog(&settings, m_dir.filePath(QStringLiteral("c1")));
        QVERIFY(!attempt(d.get(), m_server->baseUrl(), QStringLiteral("agent1"), QStringLiteral("wrong")));
        QCOMPARE(d->lastError().kind, ClientError::Kind::Unauthorized);
        QCOMPARE(d->errorText(), QStringLiteral("Wrong account or password."));
        QVERIFY(d->token().isEmpty());
        QVERIFY(d->isVisible());
    }

    void unreachableServer()
    {
        // A port that was free a moment ago: nobody listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        AppSettings settings(m_dir.filePath(QStringLiteral("unreachable.conf")));
        auto d = dialog(&settings, m_dir.filePath(QStringLiteral("c2")));
        QVERIFY(!attempt(d.get(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                         QStringLiteral("agent1"), QStringLiteral("demo")));
        QCOMPARE(d->lastError().kind, ClientError::Kind::Network);
        QVERIFY2(
            d->errorText().startsWith(QStringLiteral("Cannot reach the server at 127.0.0.1:%1.").arg(port)),
            qPrintable(d->errorText()));
    }

    void customersUseTheReporter()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("customer.conf")));
        auto d = dialog(&settings, m_dir.filePath(QStringLiteral("c3")));
        QVERIFY(!attempt(d.get(), m_server->baseUrl(), QStringLiteral("customer1"), QStringLiteral("demo")));
        QVERIFY2(d->errorText().startsWith(QStringLiteral("The workstation is for support staff.")),
                 qPrintable(d->errorText()));
    }

    void untrustedCertificateThenTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QString certificate, key, error;
        if (!makeCertificate(m_dir.path(), &certificate, &key, &error))
            QSKIP(qPrintable(error));
        TestServer tls(
            {.demo = true,
             .extraArgs = {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}});
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

        AppSettings settings(m_dir.filePath(QStringLiteral("tls.conf")));
        settings.setFileFallbackAllowed(false);
        auto d = dialog(&settings, m_dir.filePath(QStringLiteral("c4")));
        d->setRemember(false);
        QVERIFY(!attempt(d.get(), tls.baseUrl(), QStringLiteral("agent1"), QStringLiteral("demo")));
        QCOMPARE(d->lastError().kind, ClientError::Kind::Tls);
        QVERIFY2(d->errorText().startsWith(QStringLiteral(
                     "The server's certificate is not trusted, so Tierdesk did not send your password.")),
                 qPrintable(d->errorText()));
        QVERIFY(d->errorText().contains(QStringLiteral("self-signed")));
        QVERIFY(d->findChild<QPushButton *>(QStringLiteral("trustCertificateButton"))->isVisible());

        // What "Trust a certificate…" stores after the file dialog: the certificate file.
        settings.addTrustedCertificateFile(certificate);
        QVERIFY(attempt(d.get(), tls.baseUrl(), QStringLiteral("agent1"), QStringLiteral("demo")));
        QVERIFY(!d->token().isEmpty());
        QCOMPARE(d->user().value(QLatin1String("login")).toString(), QStringLiteral("agent1"));
    }

    void keychainMissingAsksOnceAndKeepsTheAnswer()
    {
        const QString credentials = m_dir.filePath(QStringLiteral("c5"));
        const QString tokenFile = credentials + QStringLiteral("/credentials.json");
        AppSettings settings(m_dir.filePath(QStringLiteral("consent.conf")));
        QVERIFY(!settings.hasFileFallbackAnswer());

        auto d = dialog(&settings, credentials);
        QSignalSpy ok(d.get(), &LoginDialog::signedIn);
        QVERIFY(!attempt(d.get(), m_server->baseUrl(), QStringLiteral("agent1"), QStringLiteral("demo")));
        auto *pages = d->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("keychainPage"));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("keychainMessage"))
                    ->text()
                    .startsWith(QStringLiteral("No keychain service is running")));
        QVERIFY(!QFile::exists(tokenFile));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("keepInFileButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 30000);
        QVERIFY(d->tokenRemembered());
        QVERIFY(settings.hasFileFallbackAnswer() && settings.fileFallbackAllowed());
        QVERIFY(QFile::exists(tokenFile));
        CredentialStore reader;
        reader.setServiceName(QStringLiteral("tierdesk-logindialog-test"));
        reader.setFallbackDirectory(credentials);
        reader.setFileFallbackAllowed(true);
        QString error;
        QCOMPARE(reader.readTokenBlocking(d->server(), QStringLiteral("agent1"), &error), d->token());

        // Another person on another machine says no: nothing is written, and the question is not asked again.
        const QString credentials2 = m_dir.filePath(QStringLiteral("c6"));
        AppSettings settings2(m_dir.filePath(QStringLiteral("noconsent.conf")));
        auto d2 = dialog(&settings2, credentials2);
        QSignalSpy ok2(d2.get(), &LoginDialog::signedIn);
        QVERIFY(!attempt(d2.get(), m_server->baseUrl(), QStringLiteral("agent2"), QStringLiteral("demo")));
        QTest::mouseClick(d2->findChild<QPushButton *>(QStringLiteral("dontRememberButton")), Qt::LeftButton);
        QCOMPARE(ok2.count(), 1);
        QVERIFY(!d2->tokenRemembered());
        QVERIFY(settings2.hasFileFallbackAnswer() && !settings2.fileFallbackAllowed());
        QVERIFY(!QFile::exists(credentials2 + QStringLiteral("/credentials.json")));
        auto d3 = dialog(&settings2, credentials2);
        QVERIFY(attempt(d3.get(), m_server->baseUrl(), QStringLiteral("agent2"), QStringLiteral("demo")));
        QVERIFY(!d3->tokenRemembered());
        QVERIFY(!QFile::exists(credentials2 + QStringLiteral("/credentials.json")));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
