// `tierdesk --startup-probe --cache FILE` (what tierdesk-bench queue runs): the real program opens its window
// from a cache that a real sync filled, with the server already gone, prints one "startup_ms N" line once
// the first queue page is painted, and exits 0; a missing cache is an error, not a hang. The figure itself
// is a benchmark's business, not checked here.

#include "workstationtest.h"

#include "support/syncclient.h"

#include <QProcess>
#include <QRegularExpression>

using namespace tierdesk;
using tierdesk::test::TestServer;

class TestStartupProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareTestProgram(); }

    void printsStartupTimeFromACacheOffline()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("agent1.sqlite"));
        {
            TestServer server({.demo = true});
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            test::SyncClient client(server.baseUrl(), cache);
            QString error;
            QVERIFY2(client.login(QStringLiteral("agent1"), QStringLiteral("demo"), &error),
                     qPrintable(error));
            client.start();
            QVERIFY(client.engine().waitForIdle(30000));
            QVERIFY(client.store().count(QStringLiteral("ticket")) > 0);
            client.stop();
        } // the server is gone from here on

        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(TIERDESK_WORKSTATION_BINARY),
                    {QStringLiteral("--startup-probe"), QStringLiteral("--cache"), cache});
        QVERIFY(probe.waitForFinished(60000));
        const QString out = QString::fromUtf8(probe.readAllStandardOutput());
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QVERIFY2(probe.exitCode() == 0, qPrintable(QString::fromUtf8(probe.readAllStandardError())));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^startup_ms (\\d+)\\n$")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(m.captured(1).toLongLong() > 0);
        qInfo().noquote() << "probe said:" << out.trimmed();

        QProcess missing;
        missing.setProcessEnvironment(env);
        missing.start(QStringLiteral(TIERDESK_WORKSTATION_BINARY),
                      {QStringLiteral("--startup-probe"), QStringLiteral("--cache"),
                       dir.filePath(QStringLiteral("nothing.sqlite"))});
        QVERIFY(missing.waitForFinished(30000));
        QCOMPARE(missing.exitCode(), 1);
        QVERIFY(missing.readAllStandardOutput().isEmpty());
    }
};

QTEST_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
