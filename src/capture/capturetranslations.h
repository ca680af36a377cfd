#pragma once

#include <QString>

class QCoreApplication;

namespace tierdesk {

// The translations of the capture library's own strings (annotation editor and tools, region picker, steps
// recorder, capture errors). They are one catalogue, translations/tierdesk-capture_<code>.ts, compiled by the
// build and embedded in the library under :/i18n, so that both programs show the same words for the same
// tool; each program installs it next to its own catalogue, for the language it chose.
class CaptureTranslations
{
public:
    // ":/i18n/tierdesk-capture_<code>.qm"
    static QString resourcePath(const QString &code);

    // Loads the catalogue for code ("pl") and installs it on application, replacing the one an earlier call
    // installed. false (and nothing installed) when the library has no catalogue for code.
    static bool install(QCoreApplication *application, const QString &code);
};

} // namespace tierdesk
