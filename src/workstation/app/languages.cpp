#include "workstation/app/languages.h"

#include "capture/capturetranslations.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <memory>

Q_LOGGING_CATEGORY(lcLanguages, "tierdesk.workstation.languages")

namespace tierdesk {

namespace {
std::unique_ptr<QTranslator> g_ours;
std::unique_ptr<QTranslator> g_qt;
QString g_installed;
} // namespace

QList<Languages::Language> Languages::available()
{
    // Native names are not translated on purpose: a person looks for their own language by its own name.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("pl"), QStringLiteral("Polski")},
            {QStringLiteral("uk"), QStringLiteral("Українська")},
            {QStringLiteral("ru"), QStringLiteral("Русский")},
            {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
            {QStringLiteral("ro"), QStringLiteral("Română")}};
}

bool Languages::isAvailable(const QString &code)
{
    for (const Language &l : available())
        if (l.code == code)
            return true;
    return false;
}

QString Languages::choose(const QString &override, const QLocale &system)
{
    const QString wanted = override.trimmed().toLower();
    if (!wanted.isEmpty() && isAvailable(wanted))
        return wanted;
    if (!wanted.isEmpty())
        qCWarning(lcLanguages) << "no translation for" << wanted << "- following the system";
    for (const QString &ui : system.uiLanguages()) {
        // "pl-PL", "pl_PL", "uk" …; Indonesian also appears under its old code "in".
        QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("in"))
            code = QStringLiteral("id");
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Languages::install(const QString &code)
{
    if (g_ours)
        QCoreApplication::removeTranslator(g_ours.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_ours = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    const bool loaded = g_ours->load(QStringLiteral(":/i18n/tierdesk_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(g_ours.get());
    else
        qCWarning(lcLanguages) << "the catalogue for" << code << "is missing";
    // The annotator, the region picker and the capture errors speak from the capture library's catalogue.
    const bool captureLoaded = CaptureTranslations::install(QCoreApplication::instance(), code);
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(code));
    g_installed = code;
    return loaded && captureLoaded;
}

QString Languages::installedLanguage()
{
    return g_installed;
}

} // namespace tierdesk
