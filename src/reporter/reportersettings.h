#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace tierdesk {

// What the reporter remembers between starts (QSettings of "Tierdesk/tierdesk-report"): the last server and
// login, the chosen language, and whether the person agreed to keep the sign-in in a file when no keychain
// is available. Never a password or a token.
class ReporterSettings
{
public:
    ReporterSettings();

    QUrl lastServer() const;
    QString lastLogin() const;
    void setLastAccount(const QUrl &server, const QString &login);
    void forgetLastLogin();

    QString language() const; // "" = follow the system
    void setLanguage(const QString &code);

    bool fileFallbackAsked() const;
    bool fileFallbackAllowed() const;
    void setFileFallbackAllowed(bool allowed);

private:
    QSettings m_settings;
};

} // namespace tierdesk
