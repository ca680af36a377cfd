#include "figureprinter.h"

#include <QTextStream>

namespace tierdesk::bench {

namespace {
void writeFigure(const QString &name, const QString &value, const QString &unit)
{
    QTextStream out(stdout);
    out << name << ' ' << value << ' ' << unit << Qt::endl; // endl flushes
}
} // namespace

void FigurePrinter::figure(const QString &name, double value, const QString &unit, int decimals)
{
    writeFigure(name, QString::number(value, 'f', decimals), unit);
}

void FigurePrinter::count(const QString &name, qint64 value, const QString &unit)
{
    writeFigure(name, QString::number(value), unit);
}

void FigurePrinter::note(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

} // namespace tierdesk::bench
