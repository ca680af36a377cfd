#pragma once

#include "wrkreport.h"

#include <QString>
#include <optional>

namespace tierdesk::bench {

// Runs the HTTP load generator wrk (Debian package wrk) and parses its report. wrk runs on the same machine
// as the server and competes with it for the CPU: the figures are for "server plus load generator".
class WrkRunner
{
public:
    struct Options
    {
        QString url; // http://127.0.0.1:PORT/ (the Lua script picks each request's path)
        QString script;
        int connections = 64;
        int threads = 2;
        int seconds = 10;
    };

    explicit WrkRunner(const QString &binary = findBinary());
    static QString findBinary(); // "wrk" on the PATH, else /usr/bin/wrk; empty when there is none

    // nullopt with *error when wrk cannot run or its output cannot be read. wrk's stderr goes to ours.
    std::optional<WrkReport> run(const Options &options, QString *error) const;

private:
    QString m_binary;
};

} // namespace tierdesk::bench
