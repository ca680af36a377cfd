#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace tierdesk {

// The languages the workstation speaks and the translators that make it so. The program's own catalogue
// (tierdesk_<code>.qm, built from translations/*.ts and embedded under :/i18n) covers the workstation and
// the client strings it shows; the capture library's catalogue (tierdesk-capture_<code>.qm, shared with the
// reporter) covers the annotator, the region picker and the capture errors; Qt's own catalogue (standard
// dialogs, context menus) is added when the system has it.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language
    {
        QString code;       // "pl"
        QString nativeName; // "Polski"
    };

    static QList<Language> available();
    static bool isAvailable(const QString &code);

    // The language to use: the override (--lang or the setting) when it is one we have, else the first of
    // the system's preferred UI languages we have, else English.
    static QString choose(const QString &override, const QLocale &system = QLocale::system());

    // Installs the translators for code on the application (replacing earlier ones) and sets the default
    // locale. false when a catalogue (ours or the capture library's) is missing (English needs none, but has
    // one for plural forms).
    static bool install(const QString &code);
    static QString installedLanguage();
};

} // namespace tierdesk
