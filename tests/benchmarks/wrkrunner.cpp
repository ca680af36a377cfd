#include "wrkrunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tierdesk::bench {

WrkRunner::WrkRunner(const QString &binary)
    : m_binary(binary)
{}

QString WrkRunner::findBinary()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (!onPath.isEmpty())
        return onPath;
    const QString debian = QStringLiteral("/usr/bin/wrk");
    return QFileInfo(debian).isExecutable() ? debian : QString();
}

std::optional<WrkReport> WrkRunner::run(const Options &options, QString *error) const
{
    if (m_binary.isEmpty()) {
        *error = QStringLiteral("wrk is not installed (Debian: apt-get install wrk, or scripts/deps bench)");
        return std::nullopt;
    }
    const QStringList arguments{QStringLiteral("-t%1").arg(options.threads),
                                QStringLiteral("-c%1").arg(options.connections),
                                QStringLiteral("-d%1s").arg(options.seconds),
                                QStringLiteral("--latency"),
                                QStringLiteral("-s"),
                                options.script,
                                options.url};
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    process.start(m_binary, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, process.errorString());
        return std::nullopt;
    }
    // wrk stops by itself after the duration; the margin covers start-up and its final report.
    if (!process.waitForFinished((options.seconds + 30) * 1000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("wrk did not finish");
        return std::nullopt;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("wrk failed (exit code %1):\n%2").arg(process.exitCode()).arg(output);
        return std::nullopt;
    }
    return WrkReport::parse(output, error);
}

} // namespace tierdesk::bench
