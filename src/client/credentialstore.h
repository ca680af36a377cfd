#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace tierdesk {

// Keeps the session token of one account on one server in the OS keychain (QtKeychain: Secret Service /
// KWallet on Linux, Keychain on macOS, Credential Manager on Windows). Where no keychain service answers
// (a headless Linux box without a secret service), it says so in plain words and, only if the user agreed
// (setFileFallbackAllowed(true)), keeps the token in a file readable by the user alone in the app-data
// folder. The password itself is never stored: the token is what a later start needs.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Keychain, File, None };

    explicit CredentialStore(QObject *parent = nullptr);

    // Service name for the keychain entries ("Tierdesk" by default; tests use their own).
    void setServiceName(const QString &name) { m_service = name; }
    // The user agreed to a file when the keychain is unavailable.
    void setFileFallbackAllowed(bool allowed) { m_fileFallbackAllowed = allowed; }
    bool isFileFallbackAllowed() const { return m_fileFallbackAllowed; }
    // Folder for the file fallback (default: QStandardPaths::AppDataLocation).
    void setFallbackDirectory(const QString &dir) { m_fallbackDir = dir; }

    // Asynchronous; each ends with exactly one of the signals below.
    void writeToken(const QUrl &server, const QString &login, const QByteArray &token);
    void readToken(const QUrl &server, const QString &login);
    void removeToken(const QUrl &server, const QString &login);

    // Synchronous conveniences (local event loop) for start-up code and tests.
    bool writeTokenBlocking(const QUrl &server, const QString &login, const QByteArray &token,
                            QString *error);
    QByteArray readTokenBlocking(const QUrl &server, const QString &login, QString *error);

    // Which backend answered last.
    Backend lastBackend() const { return m_lastBackend; }

    static QString entryKey(const QUrl &server, const QString &login);

signals:
    void tokenWritten(tierdesk::CredentialStore::Backend backend);
    void tokenRead(const QByteArray &token, tierdesk::CredentialStore::Backend backend); // empty: none stored
    void tokenRemoved();
    // The keychain is unavailable and no fallback is allowed: message says what to install or allow.
    void keychainUnavailable(const QString &message);
    void failed(const QString &message);

private:
    QString fallbackFile() const;
    bool writeFile(const QString &key, const QByteArray &token, QString *error);
    QByteArray readFile(const QString &key, bool *found, QString *error);
    void removeFromFile(const QString &key);

    QString m_service = QStringLiteral("Tierdesk");
    QString m_fallbackDir;
    bool m_fileFallbackAllowed = false;
    Backend m_lastBackend = Backend::None;
};

} // namespace tierdesk
