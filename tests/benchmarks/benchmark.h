#pragma once

#include <QString>
#include <QStringList>

namespace tierdesk::bench {

// One subcommand of tierdesk-bench ("server", later "sync", "queue", "capture"). A subcommand is one class
// derived from this plus one registration line in main.cpp. It prints its figures through FigurePrinter
// (stdout, one "name value unit" line each) and everything else to stderr.
class Benchmark
{
public:
    // What run() returns: 0 when the figures are valid; 1 when the benchmark ran but what it measured is not
    // (errors under load, a failed check); 2 when it could not run at all (bad arguments, missing tools).
    enum ExitCode { Measured = 0, Invalid = 1, CannotRun = 2 };

    virtual ~Benchmark() = default;

    virtual QString name() const = 0;        // the subcommand word
    virtual QString description() const = 0; // one line for the overview
    // `arguments` are the words after the subcommand; "--help" should print the subcommand's options.
    virtual int run(const QStringList &arguments) = 0;
};

} // namespace tierdesk::bench
