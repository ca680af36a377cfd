#pragma once

#include <QCoreApplication>
#include <QString>

namespace tierdesk {

// Whether a subject is written mostly in capital letters, and the calm sentence the wizard shows then.
// Error codes ("ERR_SSL_PROTOCOL_ERROR", "SMTP-421") and short acronyms are not shouting: codes are left
// out of the count, and at least MinimumLetters letters must remain.
class CapitalsHint
{
    Q_DECLARE_TR_FUNCTIONS(CapitalsHint)

public:
    static constexpr int MinimumLetters = 8;
    static constexpr double UpperShare = 0.7;

    static bool isMostlyCapitals(const QString &text);
    static QString hintText();
};

} // namespace tierdesk
