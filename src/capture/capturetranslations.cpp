#include "capture/capturetranslations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcCaptureTranslations, "tierdesk.capture.translations")

namespace tierdesk {

namespace {
// A QPointer: the application owns the translator, and may delete it (with itself, or a test may remove
// and delete all its translators) before the next install().
QPointer<QTranslator> g_installed;
} // namespace

QString CaptureTranslations::resourcePath(const QString &code)
{
    return QStringLiteral(":/i18n/tierdesk-capture_%1.qm").arg(code);
}

bool CaptureTranslations::install(QCoreApplication *application, const QString &code)
{
    if (g_installed) {
        QCoreApplication::removeTranslator(g_installed);
        delete g_installed;
    }
    auto *translator = new QTranslator(application);
    if (!translator->load(resourcePath(code))) {
        qCWarning(lcCaptureTranslations)
            << "the capture catalogue for" << code << "is missing from this build";
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    g_installed = translator;
    return true;
}

} // namespace tierdesk
