#include "reporter/significantwords.h"

#include <QStringList>

namespace tierdesk {

namespace {

// Filler words of at least three letters in English, Polish, Ukrainian, Russian, Indonesian and Romanian,
// plus the words every problem report has ("error", "problem"), which say nothing about which problem.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QStringList list =
            QStringLiteral(
                // English
                "the and for with that this was were are not but have has had when what from after before "
                "into "
                "our you your all any can cannot can't does doesn't did didn't get got just then than there "
                "which "
                "will would should could also some more very only again still now how why who its it's they "
                "them "
                "their been being about over each every other same one two please hello thanks thank error "
                "errors "
                "problem problems issue message "
                // Polish
                "nie jest się dla przy oraz ale lub jak już tak ten czy gdy kiedy mamy mam są było bardzo "
                "tylko "
                "tym tego który która które proszę dzień dobry błąd błędu błędem problem "
                // Ukrainian
                "не що для при як вже так це або але коли від після нас наш наші було дуже тільки який яка "
                "які "
                "будь ласка помилка помилки помилкою проблема "
                // Russian
                "что как уже это или когда после есть очень только который которая которые пожалуйста ошибка "
                "ошибки ошибкой проблема "
                // Indonesian
                "dan yang untuk dengan ini itu tidak ada dari pada saat ketika kami kita sudah belum juga "
                "bisa "
                "akan atau tetapi mohon tolong setelah sebelum error masalah kesalahan "
                // Romanian
                "și nu este sunt pentru cu la de din pe că care când după înainte mai foarte doar noi nostru "
                "noastră sau dar vă rog avem fost eroare eroarea erori problema")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

} // namespace

QSet<QString> SignificantWords::of(const QString &text)
{
    QSet<QString> words;
    QString word;
    auto flush = [&] {
        if (word.size() >= 3 && !stopWords().contains(word))
            words.insert(word.left(StemLength));
        word.clear();
    };
    const QString lower = text.toLower();
    for (const QChar c : lower) {
        if (c.isLetterOrNumber() || c == QLatin1Char('\''))
            word.append(c);
        else
            flush();
    }
    flush();
    return words;
}

double SignificantWords::overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QSet<QString> &smaller = a.size() <= b.size() ? a : b;
    const QSet<QString> &larger = a.size() <= b.size() ? b : a;
    int shared = 0;
    for (const QString &word : smaller) {
        if (larger.contains(word))
            ++shared;
    }
    return double(shared) / double(smaller.size());
}

} // namespace tierdesk
