#include "reporter/errorcodeextractor.h"

#include <QList>
#include <QRegularExpression>

namespace tierdesk {

namespace {

struct Pattern
{
    QRegularExpression expression;
    // Builds the code from a match; empty to skip the match.
    QString (*code)(const QRegularExpressionMatch &match);
};

QString wholeMatch(const QRegularExpressionMatch &match)
{
    return match.captured(0);
}

QString firstGroup(const QRegularExpressionMatch &match)
{
    return match.captured(1);
}

QString httpStatus(const QRegularExpressionMatch &match)
{
    return QStringLiteral("HTTP ") + match.captured(1);
}

QString numberedError(const QRegularExpressionMatch &match)
{
    return QStringLiteral("Error ") + match.captured(1);
}

QString dashedCode(const QRegularExpressionMatch &match)
{
    static const QRegularExpression ticketNumber(QStringLiteral("^TD-[0-9]+$"));
    const QString code = match.captured(0);
    if (ticketNumber.match(code).hasMatch())
        return {}; // a ticket number, not an error
    return code;
}

const QList<Pattern> &patterns()
{
    using Options = QRegularExpression::PatternOptions;
    const Options unicode = QRegularExpression::UseUnicodePropertiesOption;
    const Options caseless = unicode | QRegularExpression::CaseInsensitiveOption;
    // Boundaries are spelled out instead of \b so that a code inside a longer word or path is not cut out.
    static const QString before = QStringLiteral("(?<![\\w-])");
    static const QString after = QStringLiteral("(?![\\w])");
    static const QList<Pattern> list = {
        {QRegularExpression(before +
                                QStringLiteral("(?:NET::)?((?:ERR|EXC|STATUS|NS_ERROR|SEC_ERROR|SSL_ERROR)"
                                               "_[A-Z0-9_]+)") +
                                after,
                            unicode),
         firstGroup},
        {QRegularExpression(before + QStringLiteral("0[xX][0-9A-Fa-f]{4,16}") + after, unicode), wholeMatch},
        {QRegularExpression(before + QStringLiteral("HTTP(?:/[0-9.]+)?[ :-]*([1-5][0-9]{2})") + after,
                            caseless),
         httpStatus},
        {QRegularExpression(before + QStringLiteral("[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,12})+") + after,
                            unicode),
         [](const QRegularExpressionMatch &match) {
             static const QRegularExpression digit(QStringLiteral("[0-9]"));
             return match.captured(0).contains(digit) ? dashedCode(match) : QString();
         }},
        {QRegularExpression(before + QStringLiteral("[A-Z]{1,10}[0-9]{3,10}") + after, unicode), wholeMatch},
        {QRegularExpression(
             before +
                 QStringLiteral("(?:error|err|code|fehler|b\u0142\u0105d|b\u0142\u0119du|kod|"
                                "eroare|eroarea|codul|\u043e\u0448\u0438\u0431\u043a\u0430|"
                                "\u043e\u0448\u0438\u0431\u043a\u0438|\u043a\u043e\u0434|"
                                "\u043f\u043e\u043c\u0438\u043b\u043a\u0430|"
                                "\u043f\u043e\u043c\u0438\u043b\u043a\u0438|kesalahan|galat)"
                                "\\s*(?:code|kod|\u043a\u043e\u0434|nr\\.?|no\\.?)?\\s*[:#]?\\s*"
                                "([0-9]{2,10})") +
                 after,
             caseless),
         numberedError},
    };
    return list;
}

} // namespace

QString ErrorCodeExtractor::normalise(const QString &code)
{
    QString text = code.simplified();
    if (text.startsWith(QLatin1String("NET::"), Qt::CaseInsensitive))
        text = text.mid(5);
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return QStringLiteral("0x") + text.mid(2).toUpper();
    static const QRegularExpression http(QStringLiteral("^HTTP\\s*([0-9]{3})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto match = http.match(text); match.hasMatch())
        return QStringLiteral("HTTP ") + match.captured(1);
    static const QRegularExpression error(QStringLiteral("^Error\\s*([0-9]+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto match = error.match(text); match.hasMatch())
        return QStringLiteral("Error ") + match.captured(1);
    return text.toUpper();
}

QStringList ErrorCodeExtractor::extract(const QString &text)
{
    struct Found
    {
        qsizetype start;
        qsizetype end;
        QString code;
    };
    QList<Found> found;
    for (const Pattern &pattern : patterns()) {
        auto it = pattern.expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart(0);
            const qsizetype end = match.capturedEnd(0);
            // An earlier (more specific) pattern already took this text: "TD-E1042" is not also "E1042".
            const bool overlaps = std::any_of(found.cbegin(), found.cend(),
                                              [&](const Found &f) { return start < f.end && f.start < end; });
            if (overlaps)
                continue;
            const QString code = pattern.code(match);
            if (!code.isEmpty())
                found.append({start, end, normalise(code)});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    QStringList codes;
    for (const Found &f : found) {
        if (!codes.contains(f.code))
            codes.append(f.code);
    }
    return codes;
}

QStringList ErrorCodeExtractor::common(const QStringList &a, const QStringList &b)
{
    QStringList normalisedB;
    for (const QString &code : b)
        normalisedB.append(normalise(code));
    QStringList shared;
    for (const QString &code : a) {
        const QString n = normalise(code);
        if (normalisedB.contains(n) && !shared.contains(n))
            shared.append(n);
    }
    return shared;
}

} // namespace tierdesk
