#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QProcess;

namespace tierdesk::bench {

// The tierdesk-server program under measurement: its one-shot commands (generate, user …) and the running
// server. The binary is the one built with the benchmark (TIERDESK_SERVER_BINARY) unless one is given.
// Children die with the benchmark (Linux: PR_SET_PDEATHSIG), so an interrupted run leaves no server behind.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &binary);
    ~ServerProcess(); // stop()
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    static QString defaultBinary();

    struct CommandResult
    {
        int exitCode = -1; // -1: did not start, crashed or timed out
        QByteArray standardOutput;
        QString error;
        double seconds = 0; // wall time, start to exit
    };
    // Runs "tierdesk-server ARGUMENTS…" to its end; its stderr (progress) goes straight to ours.
    CommandResult runCommand(const QStringList &arguments, int timeoutMs);

    // Starts "tierdesk-server ARGUMENTS…" (which should contain --listen HOST:0) with stderr written to
    // `logFile`, and waits for its "listening on http://HOST:PORT" line. false with *error otherwise.
    bool start(const QStringList &arguments, const QString &logFile, int timeoutMs, QString *error);
    quint16 port() const { return m_port; }
    qint64 processId() const;
    // CPU time (user + system) the running server has used so far, in seconds; nullopt where the system
    // does not tell (read from /proc on Linux). Differences between two calls give a phase's CPU cost,
    // which unlike a rate does not depend on what else the machine is doing meanwhile.
    std::optional<double> cpuSeconds() const;
    // SIGTERM (QProcess::terminate), then SIGKILL after timeoutMs. true when the server exited by itself
    // with code 0.
    bool stop(int timeoutMs = 15000);
    QString logTail(qsizetype maxBytes = 4000) const;

private:
    QString m_binary;
    std::unique_ptr<QProcess> m_process;
    QString m_logFile;
    quint16 m_port = 0;
};

} // namespace tierdesk::bench
