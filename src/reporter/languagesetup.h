#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace tierdesk {

// The program's language: the first of the system's UI languages that the program speaks (en, pl, uk, ru,
// id, ro), English otherwise; `--lang CODE` or the saved setting override. Installs the compiled
// translations embedded at :/i18n/tierdesk-report_<code>.qm, the capture library's
// (:/i18n/tierdesk-capture_<code>.qm, shared with the workstation) and Qt's own (qtbase_<code>.qm) when the
// system has them.
class LanguageSetup
{
public:
    static QStringList availableLanguages(); // the codes, "en" first
    // The language to use for a requested code ("" = follow the system) and the system's UI languages.
    static QString choose(const QString &requested,
                          const QStringList &uiLanguages = QLocale::system().uiLanguages());
    // Loads and installs the translators for `code` on the application; false when the program's
    // translation or the capture library's for it is missing (English needs none but is installed all the
    // same for plural forms).
    static bool install(QCoreApplication *application, const QString &code);
    // Takes "--lang CODE" / "--lang=CODE" out of arguments; "" when not given.
    static QString takeLanguageArgument(QStringList *arguments);
    // The native name of a language, e.g. "polski".
    static QString nativeName(const QString &code);
};

} // namespace tierdesk
