#pragma once

#include "benchmark.h"

namespace tierdesk::bench {

// tierdesk-bench capture [--runs N=10] [--size 3840x2160] [--captures 100] [--report-binary PATH]
//                        [--flameshot PATH] [--keep DIR]
//
// Screen capture on a display of its own: starts `Xvfb :D -screen 0 WxHx24` on a free display D, shows a
// window with known pixels on it, and measures (medians of N runs, the two programs' runs interleaved):
//   capture_full_ms    `tierdesk-report capture --full -o new.png`, from starting the process to its exit
//                      with the file written (the PNG is checked for the window's pixels)
//   flameshot_full_ms  `flameshot full -p DIR` on the same display, the same way (Debian's flameshot); a note
//                      instead of a figure when it is missing or fails
//   overlay_ms         from asking for a region capture (CaptureService, full desktop) to the frozen
//                      RegionPicker overlay (CaptureService::createRegionPicker, as the reporter and the
//                      workstation make it) being on the X server's screen: a probe square, a different
//                      colour each run, shows that run's colour dimmed (an earlier frame does not count).
//                      Median of all runs, the first included; one CaptureService for all of them
//   overlay_first_ms   the first of those runs alone: cold (new shared memory segment, new overlay windows;
//                      no CaptureResources prepared ahead, as in a program that does not keep them ready)
//   overlay_after_idle_ms  the first overlay of a *fresh process* (one per run: a fresh heap) that set up
//                      its CaptureResources as tierdesk-report and the workstation do at start
//                      (CaptureResources::setUpForProgram, keep-ready unless TIERDESK_CAPTURE_KEEP_READY=0),
//                      waited for ready() and half a second more: the user's first capture after the
//                      program started, or minutes after the last one. Median of N processes;
//                      overlay_after_idle_grab_ms its grab part
//   prepare_ms         the preparation itself (in idle time, after the programs' 1 s delay), wall time;
//                      prepare_cpu_ms the CPU time of the process from start-up of the resources to ready()
//   prepare_rss_mb     the resident set the preparation added (shared segment + backing store)
//   overlay_grab_ms    the part of overlay_ms spent grabbing the desktop (before the overlay is shown);
//                      overlay_first_grab_ms the same for the first run
//   overlay_hide_ms    the same with a window of ours on screen that has to step aside first (what the
//                      wizard's "Region…" button does: unmap + the CaptureService's settle time)
//   *_cpu_ms           next to capture_full_ms, flameshot_full_ms and export_4k_ms: the CPU time (user +
//                      system, all threads) the same work took; on a busy machine the steadier comparison
//   export_4k_ms       AnnotationExporter::exportTo of SampleDocument::create(3840×2160, 20 items) with the
//                      benchmark options (PNG + sealed document JSON, as new files)
//   rss_after_100_mb   resident set after 100 in-process captures (CaptureService → QtScreenBackend), and
//   rss_growth_10_to_100_mb  its growth from capture 10 to capture 100
// The measuring happens in a child `tierdesk-bench capture --worker` on the Xvfb display (a QApplication on
// xcb); this process only runs Xvfb and passes the figures on.
class BenchCapture : public Benchmark
{
public:
    QString name() const override { return QStringLiteral("capture"); }
    QString description() const override
    {
        return QStringLiteral("4K Xvfb: capture to PNG vs flameshot, region overlay, 4K export, RSS");
    }
    int run(const QStringList &arguments) override;

private:
    int runWorker(const QStringList &arguments);
    int runPreparedOverlayWorker(const QStringList &arguments);
};

} // namespace tierdesk::bench
