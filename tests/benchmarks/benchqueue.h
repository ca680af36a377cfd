#pragma once

#include "benchmark.h"

namespace tierdesk::bench {

// tierdesk-bench queue [--tickets N=1000000] [--cache FILE] [--startup-tickets M=100000] [--startup-cache
// FILE]
//                      [--workstation-binary PATH] [--rounds R=3]
//
// The agent workstation's queue over a local cache of N synthetic tickets (written through LocalStore's
// feed path; kept in --cache FILE and reused by later runs): time from creating the queue model and its
// QTableView to the first painted page, to re-sort (every column; the figure is the slowest) and to apply a
// filter (several kinds; the slowest), each until the table has repainted, and the peak RSS of all that.
// Then the startup of the `tierdesk` program itself (`tierdesk --startup-probe --cache FILE`) on a cache of
// M tickets, from launching the process to its "startup_ms" line (window shown, first queue page painted).
//   queue_first_page_ms, queue_sort_ms, queue_filter_ms, queue_peak_rss_mb, startup_ms
// plus one line per column and per filter (queue_sort_<column>_ms, queue_filter_<kind>_ms), and
// queue_filter_count_ms: a large filter's first page shows before its count (counted on another thread);
// this is the slowest time from typing it to the exact count.
class BenchQueue : public Benchmark
{
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString description() const override
    {
        return QStringLiteral(
            "queue view over 1,000,000 cached tickets: first page, re-sort, filter, RSS; startup");
    }
    int run(const QStringList &arguments) override;
};

} // namespace tierdesk::bench
