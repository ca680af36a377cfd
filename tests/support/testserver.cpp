#include "testserver.h"

#include "pgtestdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtDebug>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#ifndef TIERDESK_SERVER_BINARY
#define TIERDESK_SERVER_BINARY ""
#endif

namespace tierdesk::test {

namespace {

bool keepTemporaryFiles()
{
    return qEnvironmentVariableIntValue("TIERDESK_TEST_KEEP") != 0;
}

void configureProcess(QProcess *process)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Qt may send log output to journald when stderr is not a terminal; the tests want it in the log file.
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // The server dies with the test program, even when a timeout or a crash kills the test.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

QString commandLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{program};
    for (const QString &argument : arguments)
        parts << (argument.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + argument + QLatin1Char('\'')
                                                      : argument);
    return parts.join(QLatin1Char(' '));
}

} // namespace

TestServer::TestServer(TestServerOptions options)
    : m_options(std::move(options))
{}

TestServer::TestServer(const QString &databaseUrl)
{
    m_options.databaseUrl = databaseUrl;
}

TestServer::~TestServer()
{
    if (m_process)
        stop();
    m_database.reset(); // drops the fresh database, warns on failure
    if (keepTemporaryFiles()) {
        if (m_dataDir)
            qInfo().noquote() << "TestServer: kept data folder" << m_dataDir->path();
        if (m_logDir)
            qInfo().noquote() << "TestServer: kept server log" << m_logFile;
    }
}

bool TestServer::backendFromEnvironment(Backend *backend, QString *error)
{
    const QString value = qEnvironmentVariable("TIERDESK_TEST_DB").trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("sqlite")) {
        *backend = Backend::Sqlite;
        return true;
    }
    if (value == QLatin1String("pg") || value == QLatin1String("postgres") ||
        value == QLatin1String("postgresql")) {
        *backend = Backend::Postgres;
        return true;
    }
    *error = QStringLiteral("TIERDESK_TEST_DB must be 'sqlite' or 'pg', not '%1'").arg(value);
    return false;
}

bool TestServer::usesPostgres()
{
    Backend backend = Backend::Sqlite;
    QString error;
    return backendFromEnvironment(&backend, &error) && backend == Backend::Postgres;
}

QString TestServer::serverBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("TIERDESK_TEST_SERVER_BINARY");
    return fromEnvironment.isEmpty() ? QStringLiteral(TIERDESK_SERVER_BINARY) : fromEnvironment;
}

QString TestServer::dataDir() const
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return m_dataDir ? m_dataDir->path() : QString();
}

qint64 TestServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

TestServerOptions TestServer::sharedStorageOptions() const
{
    TestServerOptions options;
    options.databaseUrl = m_databaseUrl;
    options.dataDir = dataDir();
    options.startTimeoutMs = m_options.startTimeoutMs;
    options.stopTimeoutMs = m_options.stopTimeoutMs;
    return options;
}

bool TestServer::prepareStorage()
{
    if (m_prepared)
        return true;
    if (!m_options.databaseUrl.isEmpty()) {
        m_backend = Backend::Postgres;
        m_databaseUrl = m_options.databaseUrl;
    } else {
        if (!backendFromEnvironment(&m_backend, &m_error))
            return false;
        if (m_backend == Backend::Postgres) {
            auto database = std::make_unique<PgTestDatabase>();
            QString error;
            if (!database->create(&error)) {
                m_error =
                    QStringLiteral("TestServer: cannot create a fresh PostgreSQL database: %1").arg(error);
                return false;
            }
            m_database = std::move(database);
            m_databaseUrl = m_database->url();
        }
    }
    const QString pattern = QDir::tempPath() + QStringLiteral("/tierdesk-test-%1-XXXXXX");
    if (m_options.dataDir.isEmpty()) {
        m_dataDir = std::make_unique<QTemporaryDir>(pattern.arg(QLatin1String("data")));
        if (!m_dataDir->isValid()) {
            m_error =
                QStringLiteral("TestServer: cannot make a data folder: %1").arg(m_dataDir->errorString());
            return false;
        }
        m_dataDir->setAutoRemove(!keepTemporaryFiles());
    }
    m_logDir = std::make_unique<QTemporaryDir>(pattern.arg(QLatin1String("log")));
    if (!m_logDir->isValid()) {
        m_error = QStringLiteral("TestServer: cannot make a log folder: %1").arg(m_logDir->errorString());
        return false;
    }
    m_logDir->setAutoRemove(!keepTemporaryFiles());
    m_logFile = m_logDir->filePath(QStringLiteral("server-stderr.log"));
    m_prepared = true;
    return true;
}

QStringList TestServer::storageArguments() const
{
    QStringList arguments{QStringLiteral("--data"), dataDir()};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--db") << m_databaseUrl;
    return arguments;
}

QByteArray TestServer::serverLog() const
{
    QFile file(m_logFile);
    if (m_logFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray TestServer::logTail(qsizetype maxBytes) const
{
    const QByteArray log = serverLog();
    if (log.size() <= maxBytes)
        return log;
    return "[... " + QByteArray::number(log.size() - maxBytes) + " bytes cut ...]\n" + log.right(maxBytes);
}

QByteArray TestServer::standardOutput()
{
    return m_process ? m_process->readAllStandardOutput() : QByteArray();
}

bool TestServer::start()
{
    m_error.clear();
    if (isRunning()) {
        m_error = QStringLiteral("TestServer::start(): the server is running already");
        return false;
    }
    if (!prepareStorage())
        return false;
    return launch(QStringLiteral("127.0.0.1:0"));
}

bool TestServer::launch(const QString &listen)
{
    const QString binary = serverBinary();
    if (binary.isEmpty()) {
        m_error =
            QStringLiteral("TestServer: no tierdesk-server binary: this test support library was built "
                           "without TIERDESK_SERVER_BINARY (no tierdesk-server target at configure time); "
                           "set TIERDESK_TEST_SERVER_BINARY");
        return false;
    }
    if (!QFileInfo(binary).isExecutable()) {
        m_error =
            QStringLiteral("TestServer: the server binary %1 does not exist or is not executable; build "
                           "the tierdesk-server target first (or set TIERDESK_TEST_SERVER_BINARY)")
                .arg(binary);
        return false;
    }

    m_arguments = QStringList{QStringLiteral("--listen"), listen} + storageArguments();
    if (m_options.demo)
        m_arguments << QStringLiteral("--demo");
    m_arguments += m_options.extraArgs;

    {
        QFile log(m_logFile);
        if (log.open(QIODevice::WriteOnly | QIODevice::Append))
            log.write("===== " + commandLine(binary, m_arguments).toUtf8() + '\n');
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary);
    m_process->setArguments(m_arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setReadChannel(QProcess::StandardOutput);
    m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
    configureProcess(m_process.get());
    m_port = 0;
    m_baseUrl.clear();
    m_exitCode = -1;

    const auto fail = [this, &binary](const QString &why, const QByteArray &output) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_error =
            QStringLiteral("tierdesk-server did not start: %1\ncommand: %2\nstdout:\n%3\nstderr (%4):\n%5")
                .arg(why, commandLine(binary, m_arguments), QString::fromUtf8(output), m_logFile,
                     QString::fromUtf8(logTail()));
        m_process.reset();
        return false;
    };

    m_process->start();
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("cannot run %1: %2").arg(binary, m_process->errorString()), {});

    static const QRegularExpression listening(QStringLiteral(R"(^listening on (https?)://(\S+):(\d+)$)"));
    QByteArray output;
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine();
            output += line;
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(line).trimmed());
            if (!match.hasMatch())
                continue;
            m_port = match.captured(3).toUShort();
            m_baseUrl =
                QUrl(QStringLiteral("%1://%2:%3").arg(match.captured(1), match.captured(2)).arg(m_port));
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            output += m_process->readAll();
            const QString how = m_process->exitStatus() == QProcess::CrashExit
                                    ? QStringLiteral("it crashed")
                                    : QStringLiteral("it exited with code %1").arg(m_process->exitCode());
            return fail(QStringLiteral("%1 before printing 'listening on http://HOST:PORT'").arg(how),
                        output);
        }
        const qint64 remaining = m_options.startTimeoutMs - elapsed.elapsed();
        if (remaining <= 0) {
            output += m_process->readAll();
            return fail(QStringLiteral("no 'listening on http://HOST:PORT' line on stdout within %1 ms")
                            .arg(m_options.startTimeoutMs),
                        output);
        }
        if (!m_process->waitForReadyRead(int(qMin<qint64>(remaining, 1000))))
            m_process->waitForFinished(20); // stdout closed or nothing yet: do not spin
    }
}

bool TestServer::stop()
{
    if (!m_process)
        return true;
    bool ok = true;
    if (m_process->state() == QProcess::NotRunning) {
        m_error = m_process->exitStatus() == QProcess::CrashExit
                      ? QStringLiteral("tierdesk-server had crashed before stop()")
                      : QStringLiteral("tierdesk-server had exited with code %1 before stop()")
                            .arg(m_process->exitCode());
        ok = false;
    } else {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(m_options.stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            m_error = QStringLiteral("tierdesk-server did not exit within %1 ms after SIGTERM; killed it")
                          .arg(m_options.stopTimeoutMs);
            ok = false;
        } else if (m_process->exitStatus() == QProcess::CrashExit) {
            m_error = QStringLiteral("tierdesk-server crashed on SIGTERM");
            ok = false;
        } else if (m_process->exitCode() != 0) {
            m_error = QStringLiteral("tierdesk-server exited with code %1 after SIGTERM")
                          .arg(m_process->exitCode());
            ok = false;
        }
    }
    m_exitCode = ok || m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    if (!ok)
        qWarning().noquote() << QStringLiteral("TestServer: %1\nserver stderr (%2):\n%3")
                                    .arg(m_error, m_logFile, QString::fromUtf8(logTail()));
    m_process.reset();
    return ok;
}

bool TestServer::restart(bool keepPort)
{
    const quint16 previousPort = m_port;
    stop();
    m_error.clear();
    if (!prepareStorage())
        return false;
    return launch(keepPort && previousPort != 0 ? QStringLiteral("127.0.0.1:%1").arg(previousPort)
                                                : QStringLiteral("127.0.0.1:0"));
}

CliResult TestServer::runCli(const QStringList &args, const QByteArray &standardInput, int timeoutMs)
{
    CliResult result;
    if (!prepareStorage()) {
        result.error = m_error;
        return result;
    }
    const QString binary = serverBinary();
    QProcess process;
    process.setProgram(binary);
    process.setArguments(storageArguments() + args);
    configureProcess(&process);
    process.start();
    if (!process.waitForStarted(10000)) {
        result.error = QStringLiteral("cannot run %1: %2")
                           .arg(commandLine(binary, process.arguments()), process.errorString());
        return result;
    }
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QStringLiteral("%1 did not finish within %2 ms; killed it")
                           .arg(commandLine(binary, process.arguments()))
                           .arg(timeoutMs);
    } else if (process.exitStatus() == QProcess::CrashExit) {
        result.error = QStringLiteral("%1 crashed").arg(commandLine(binary, process.arguments()));
    } else {
        result.finished = true;
        result.exitCode = process.exitCode();
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

} // namespace tierdesk::test
