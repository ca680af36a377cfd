#pragma once

#include "benchmark.h"

namespace tierdesk::bench {

// tierdesk-bench sync [--tickets N] [--messages M] [--edits E] [--server-binary PATH] [--keep DIR]
//
// Against a local tierdesk-server filled by `generate`: the first sync of a fresh client cache (seconds and
// the client's peak RSS), the same rows inserted straight into SQLite in one transaction as the limit, their
// ratio, and how long an edit by agent A takes to reach agent B's cache (p50/p95 over E edits).
//   first_sync_s, first_sync_peak_rss_mb, straight_insert_s, sync_vs_insert_ratio, propagation_p50_ms,
//   propagation_p95_ms
class BenchSync : public Benchmark
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString description() const override
    {
        return QStringLiteral("first sync of a large cache, straight-insert limit, edit propagation A → B");
    }
    int run(const QStringList &arguments) override;
};

} // namespace tierdesk::bench
