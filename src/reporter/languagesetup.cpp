#include "reporter/languagesetup.h"

#include "capture/capturetranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "tierdesk.reporter.language")

namespace tierdesk {

QStringList LanguageSetup::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk"),
            QStringLiteral("ru"), QStringLiteral("id"), QStringLiteral("ro")};
}

QString LanguageSetup::choose(const QString &requested, const QStringList &uiLanguages)
{
    const QStringList available = availableLanguages();
    auto codeOf = [](const QString &name) {
        // "pl-PL", "pl_PL", "uk" → "pl", "uk"; Indonesian is also known by its old code "in".
        QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        return code == QLatin1String("in") ? QStringLiteral("id") : code;
    };
    if (!requested.isEmpty()) {
        const QString code = codeOf(requested);
        if (available.contains(code))
            return code;
        qCWarning(lcLanguage) << "no translation for" << requested << "- following the system";
    }
    for (const QString &language : uiLanguages) {
        const QString code = codeOf(language);
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageSetup::install(QCoreApplication *application, const QString &code)
{
    // Owned by the application: translators must outlive every tr() call.
    auto *own = new QTranslator(application);
    const bool loaded = own->load(QStringLiteral(":/i18n/tierdesk-report_%1.qm").arg(code));
    if (loaded)
        application->installTranslator(own);
    else
        qCWarning(lcLanguage) << "the translation" << code << "is missing from this build";
    // The annotator, the steps recorder and the capture errors speak from the capture library's catalogue.
    const bool captureLoaded = CaptureTranslations::install(application, code);
    auto *qt = new QTranslator(application);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application->installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(code));
    return loaded && captureLoaded;
}

QString LanguageSetup::takeLanguageArgument(QStringList *arguments)
{
    QString code;
    for (int i = 0; i < arguments->size(); ++i) {
        const QString &argument = arguments->at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments->size()) {
            code = arguments->at(i + 1);
            arguments->remove(i, 2);
            --i;
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            code = argument.mid(7);
            arguments->removeAt(i);
            --i;
        }
    }
    return code;
}

QString LanguageSetup::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace tierdesk
