#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

#ifndef TIERDESK_SERVER_BINARY
#define TIERDESK_SERVER_BINARY ""
#endif

namespace tierdesk::bench {

namespace {
void configure(QProcess *process)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Qt may log to journald when stderr is not a terminal; the benchmark wants the log in its file.
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}
} // namespace

ServerProcess::ServerProcess(const QString &binary)
    : m_binary(binary)
{}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::defaultBinary()
{
    return QStringLiteral(TIERDESK_SERVER_BINARY);
}

ServerProcess::CommandResult ServerProcess::runCommand(const QStringList &arguments, int timeoutMs)
{
    CommandResult result;
    QProcess process;
    configure(&process);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(m_binary, arguments);
    if (!process.waitForStarted()) {
        result.error = QStringLiteral("cannot start %1: %2").arg(m_binary, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.error = QStringLiteral("%1 %2 did not finish within %3 s")
                           .arg(m_binary, arguments.join(QLatin1Char(' ')))
                           .arg(timeoutMs / 1000);
        return result;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.standardOutput = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.error = QStringLiteral("%1 crashed").arg(m_binary);
        return result;
    }
    result.exitCode = process.exitCode();
    if (result.exitCode != 0)
        result.error = QStringLiteral("%1 %2 exited with code %3")
                           .arg(m_binary, arguments.join(QLatin1Char(' ')))
                           .arg(result.exitCode);
    return result;
}

bool ServerProcess::start(const QStringList &arguments, const QString &logFile, int timeoutMs, QString *error)
{
    stop();
    m_logFile = logFile;
    m_process = std::make_unique<QProcess>();
    configure(m_process.get());
    m_process->setStandardErrorFile(logFile, QIODevice::Append);
    m_process->start(m_binary, arguments);
    if (!m_process->waitForStarted()) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString());
        m_process.reset();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral(R"(^listening on https?://\S+:(\d+)$)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("the server exited (code %1) before listening:\n%2")
                         .arg(m_process->exitCode())
                         .arg(logTail());
            m_process.reset();
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    *error = QStringLiteral("no 'listening on' line within %1 ms:\n%2").arg(timeoutMs).arg(logTail());
    stop(0);
    return false;
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

std::optional<double> ServerProcess::cpuSeconds() const
{
#ifdef Q_OS_LINUX
    if (!m_process || m_process->state() != QProcess::Running)
        return std::nullopt;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "PID (COMM) STATE …": the name may hold spaces, so count fields after its closing parenthesis;
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
#else
    return std::nullopt;
#endif
}

bool ServerProcess::stop(int timeoutMs)
{
    if (!m_process)
        return false;
    bool clean = false;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished();
        } else {
            clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
        }
    }
    m_process.reset();
    m_port = 0;
    return clean;
}

QString ServerProcess::logTail(qsizetype maxBytes) const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    return QString::fromUtf8(file.readAll());
}

} // namespace tierdesk::bench
