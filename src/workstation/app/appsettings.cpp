#include "workstation/app/appsettings.h"

namespace tierdesk {

namespace {
const QString ServerKey = QStringLiteral("account/server");
const QString LoginKey = QStringLiteral("account/login");
const QString LanguageKey = QStringLiteral("ui/language");
const QString FallbackKey = QStringLiteral("credentials/fileFallback");
const QString CertificatesKey = QStringLiteral("tls/trustedCertificateFiles");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("Tierdesk"), QStringLiteral("tierdesk")))
{}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QUrl AppSettings::lastServer() const
{
    return QUrl(m_settings->value(ServerKey).toString());
}

QString AppSettings::lastLogin() const
{
    return m_settings->value(LoginKey).toString();
}

void AppSettings::setLastAccount(const QUrl &server, const QString &login)
{
    m_settings->setValue(ServerKey, server.toString());
    m_settings->setValue(LoginKey, login);
    m_settings->sync();
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, code);
    m_settings->sync();
}

bool AppSettings::hasFileFallbackAnswer() const
{
    return m_settings->contains(FallbackKey);
}

bool AppSettings::fileFallbackAllowed() const
{
    return m_settings->value(FallbackKey, false).toBool();
}

void AppSettings::setFileFallbackAllowed(bool allowed)
{
    m_settings->setValue(FallbackKey, allowed);
    m_settings->sync();
}

QStringList AppSettings::trustedCertificateFiles() const
{
    return m_settings->value(CertificatesKey).toStringList();
}

void AppSettings::addTrustedCertificateFile(const QString &path)
{
    QStringList files = trustedCertificateFiles();
    if (!files.contains(path))
        files << path;
    m_settings->setValue(CertificatesKey, files);
    m_settings->sync();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(GeometryKey, geometry);
    m_settings->setValue(StateKey, state);
}

} // namespace tierdesk
