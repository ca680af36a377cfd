#pragma once

#include "client/clienterror.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace tierdesk {

class ApiClient;
class AppSettings;
class CredentialStore;
class LoginJob;

// Sign-in: server address, account and password. Signs in against the server itself (POST /auth/login), so
// a wrong password, an unreachable server or an untrusted certificate each get their own sentence, and
// only staff accounts get through (customers have the reporter). When "Remember me" is on, the token — never
// the password — goes to the keychain through CredentialStore; where no keychain answers, the dialog asks
// once whether a file readable only by the user may hold it instead, and remembers the answer.
//
// Accepted: server(), login(), token() and user() hold the session to open.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QUrl &server);
    void setLogin(const QString &login);
    void setPassword(const QString &password);
    // A line above the form, e.g. "Your session has ended".
    void setInformation(const QString &text);
    // "Remember me on this computer" (on by default).
    void setRemember(bool remember);
    // Where the token goes; the dialog makes its own (service "Tierdesk") unless told otherwise.
    void setCredentialStore(CredentialStore *store);
    CredentialStore *credentialStore() const { return m_credentials; }

    QUrl server() const { return m_server; }
    QString login() const { return m_login; }
    QByteArray token() const { return m_token; }
    QJsonObject user() const { return m_user; }
    QList<QSslCertificate> trustedCertificates() const;
    // The error of the last attempt (Kind::None after a success).
    ClientError lastError() const { return m_lastError; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // Whether the token ended up stored (keychain or file).
    bool tokenRemembered() const { return m_remembered; }

public slots:
    // Signs in with what the fields hold (the Sign in button).
    void submit();

signals:
    // Each attempt ends with one of these (tests and the --password-stdin path wait for them).
    void signInFailed(const QString &message);
    void signedIn();

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    void onLoginFinished(LoginJob *job);
    void rememberToken();
    void onKeychainUnavailable();
    void finishSignIn();
    void trustCertificate();

    std::unique_ptr<Ui::LoginDialog> ui;
    AppSettings *m_settings;
    CredentialStore *m_credentials = nullptr;
    QPointer<ApiClient> m_api;
    QUrl m_server;
    QString m_login;
    QByteArray m_token;
    QJsonObject m_user;
    ClientError m_lastError;
    bool m_busy = false;
    bool m_remembered = false;
};

} // namespace tierdesk
