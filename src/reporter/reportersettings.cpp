#include "reporter/reportersettings.h"

namespace tierdesk {

ReporterSettings::ReporterSettings()
    : m_settings(QStringLiteral("Tierdesk"), QStringLiteral("tierdesk-report"))
{}

QUrl ReporterSettings::lastServer() const
{
    return m_settings.value(QStringLiteral("account/server")).toUrl();
}

QString ReporterSettings::lastLogin() const
{
    return m_settings.value(QStringLiteral("account/login")).toString();
}

void ReporterSettings::setLastAccount(const QUrl &server, const QString &login)
{
    m_settings.setValue(QStringLiteral("account/server"), server);
    m_settings.setValue(QStringLiteral("account/login"), login);
}

void ReporterSettings::forgetLastLogin()
{
    m_settings.remove(QStringLiteral("account/login"));
}

QString ReporterSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void ReporterSettings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

bool ReporterSettings::fileFallbackAsked() const
{
    return m_settings.contains(QStringLiteral("credentials/fileFallbackAllowed"));
}

bool ReporterSettings::fileFallbackAllowed() const
{
    return m_settings.value(QStringLiteral("credentials/fileFallbackAllowed"), false).toBool();
}

void ReporterSettings::setFileFallbackAllowed(bool allowed)
{
    m_settings.setValue(QStringLiteral("credentials/fileFallbackAllowed"), allowed);
}

} // namespace tierdesk
