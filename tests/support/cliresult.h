#pragma once

#include <QByteArray>
#include <QString>

namespace tierdesk::test {

// Outcome of one tierdesk-server command-line run (TestServer::runCli()).
struct CliResult
{
    bool finished = false; // false: could not start, or timed out and was killed (see error)
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString error;

    bool succeeded() const { return finished && exitCode == 0; }
    QString describe() const
    {
        return QStringLiteral("exit code %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error),
                 QString::fromUtf8(standardOutput), QString::fromUtf8(standardError));
    }
};

} // namespace tierdesk::test
