// tierdesk-bench: performance figures for Tierdesk, one subcommand per area.
//
//   tierdesk-bench                      lists the subcommands
//   tierdesk-bench SUBCOMMAND --help    a subcommand's options
//   tierdesk-bench server [--tickets N=100000] [--messages M=300000] [--connections 64] [--duration 10]
//                         [--threads 2] [--keep DIR] [--server-binary PATH] ...
//
// Figures go to stdout, one "name value unit" line each (e.g. "get_ticket_rps 12345 req/s"); progress and
// notes go to stderr. Exit code 0: the figures are valid; 1: it ran, but errors under load or a failed check
// make the figures meaningless; 2: it could not run. Measure with a Release build; the load generators
// (wrk, the benchmark's own clients) run on the same machine and share its cores with the server. Not run by
// CTest: timings are figures, not pass/fail tests.
//
// Adding a subcommand: a class derived from Benchmark (benchmark.h) and one line in benchmarks() below.

#include "benchmark.h"
#include "benchserver.h"
#include "benchsync.h"
#include "figureprinter.h"
#ifdef TIERDESK_HAVE_CAPTURE
#include "benchcapture.h"
#endif
#ifdef TIERDESK_HAVE_WORKSTATION
#include "benchqueue.h"
#endif

#include <QCoreApplication>
#if defined(TIERDESK_HAVE_WORKSTATION) || defined(TIERDESK_HAVE_CAPTURE)
#include <QApplication>
#endif
#include <memory>
#include <vector>

using namespace tierdesk::bench;

namespace {

std::vector<std::unique_ptr<Benchmark>> benchmarks()
{
    std::vector<std::unique_ptr<Benchmark>> list;
    list.push_back(std::make_unique<BenchServer>());
    list.push_back(std::make_unique<BenchSync>());
#ifdef TIERDESK_HAVE_CAPTURE
    list.push_back(std::make_unique<BenchCapture>());
#endif
#ifdef TIERDESK_HAVE_WORKSTATION
    list.push_back(std::make_unique<BenchQueue>());
#endif
    return list;
}

void printOverview(const std::vector<std::unique_ptr<Benchmark>> &list)
{
    QString text =
        QStringLiteral("Usage: tierdesk-bench SUBCOMMAND [options]   (SUBCOMMAND --help for its options)\n\n"
                       "Subcommands:");
    for (const auto &benchmark : list)
        text += QStringLiteral("\n  %1  %2").arg(benchmark->name(), -8).arg(benchmark->description());
    FigurePrinter::note(text);
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(TIERDESK_HAVE_WORKSTATION) || defined(TIERDESK_HAVE_CAPTURE)
    // The queue and capture subcommands measure widgets; without a display they paint offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("tierdesk-bench"));
    const QStringList arguments = QCoreApplication::arguments();
    const auto list = benchmarks();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") ||
        arguments.at(1) == QLatin1String("-h")) {
        printOverview(list);
        return arguments.size() < 2 ? Benchmark::CannotRun : Benchmark::Measured;
    }
    for (const auto &benchmark : list) {
        if (benchmark->name() == arguments.at(1))
            return benchmark->run(arguments.mid(2));
    }
    FigurePrinter::note(QStringLiteral("tierdesk-bench: no subcommand '%1'.").arg(arguments.at(1)));
    printOverview(list);
    return Benchmark::CannotRun;
}
