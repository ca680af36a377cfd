#pragma once

#include <QString>

namespace tierdesk::bench {

// The benchmark's output channel. Figures go to stdout as "name value unit" lines, one per figure and
// flushed at once, so that scripts can read stdout and a run that fails half-way still shows what it
// measured. Progress and notes go to stderr, where they never mix with the figures.
class FigurePrinter
{
public:
    static void figure(const QString &name, double value, const QString &unit, int decimals = 1);
    static void count(const QString &name, qint64 value, const QString &unit);
    static void note(const QString &text);
};

} // namespace tierdesk::bench
