#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace tierdesk {

// The workstation's few remembered choices (QSettings: ~/.config/Tierdesk/tierdesk.conf on Linux): the last
// account, the language override, whether the person agreed to keep the sign-in token in a file when no
// keychain answers, and certificate files they chose to trust. Never a password or a token.
class AppSettings
{
public:
    AppSettings();                                // the user's settings
    explicit AppSettings(const QString &iniFile); // a file of its own (tests)

    QUrl lastServer() const;
    QString lastLogin() const;
    void setLastAccount(const QUrl &server, const QString &login);

    QString language() const; // empty: follow the system
    void setLanguage(const QString &code);

    // The person's answer to "keep the token in a file?": unset means not asked yet.
    bool hasFileFallbackAnswer() const;
    bool fileFallbackAllowed() const;
    void setFileFallbackAllowed(bool allowed);

    QStringList trustedCertificateFiles() const;
    void addTrustedCertificateFile(const QString &path);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tierdesk
