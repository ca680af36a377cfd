#pragma once

#include <QSet>
#include <QString>

namespace tierdesk {

// The words of a text that say what it is about, in a form that lets "exporting invoices" meet "invoice
// export" and "faktury"/"faktur": lower-case, letters and digits only, at least three characters, without
// the most common filler words of the six languages the program speaks, cut to their first five
// characters (a deliberately crude stem that works without a dictionary for every language alike).
class SignificantWords
{
public:
    static QSet<QString> of(const QString &text);
    // |a ∩ b| / min(|a|, |b|): 1 when the shorter text's words all occur in the longer one; 0 when either
    // is empty.
    static double overlap(const QSet<QString> &a, const QSet<QString> &b);
    static constexpr int StemLength = 5;
};

} // namespace tierdesk
