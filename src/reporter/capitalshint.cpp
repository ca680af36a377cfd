#include "reporter/capitalshint.h"

#include <QRegularExpression>

namespace tierdesk {

bool CapitalsHint::isMostlyCapitals(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    int letters = 0;
    int upper = 0;
    for (const QString &token : text.split(whitespace, Qt::SkipEmptyParts)) {
        // A token with a digit or an underscore is a code or a name (SMTP-421, ERR_CERT_DATE_INVALID,
        // AADSTS50011), written in capitals because that is how it is spelled.
        const bool code = std::any_of(token.cbegin(), token.cend(),
                                      [](QChar c) { return c.isDigit() || c == QLatin1Char('_'); });
        if (code)
            continue;
        for (const QChar c : token) {
            if (!c.isLetter())
                continue;
            ++letters;
            // Letters without case (CJK…) count as not shouting.
            if (c.isUpper())
                ++upper;
        }
    }
    return letters >= MinimumLetters && double(upper) >= UpperShare * double(letters);
}

QString CapitalsHint::hintText()
{
    return tr(
        "Capitals don't make a ticket faster: how soon it is handled depends on the severity you choose "
        "and your account's priority. A calm subject is easier to find later.");
}

} // namespace tierdesk
