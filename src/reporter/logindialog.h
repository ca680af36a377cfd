#pragma once

#include "client/credentialstore.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace tierdesk {

class ReporterSession;
struct ClientError;

// Sign-in for customers. On success the session is running and, when "Keep me signed in" is ticked, its
// token is in the OS keychain — or, where no keychain service runs, in a file readable only by the user,
// but only after the person agreed to that (asked once, the answer kept in the settings).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class FileConsent { Ask, Allowed, Refused };

    LoginDialog(CredentialStore *credentials, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QUrl &server);
    void setLogin(const QString &login);
    // Where the session keeps its cache and send queue (tests); empty: the default.
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }
    // What to do when no keychain answers: ask (default), or a preset answer (tests, managed installs).
    void setFileConsent(FileConsent consent) { m_consent = consent; }

    Ui::LoginDialog *form() const { return m_ui.get(); }
    QString statusText() const;
    // The signed-in session, handed over after accept().
    std::unique_ptr<ReporterSession> takeSession();

public slots:
    void signIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSignedIn(const QByteArray &token);
    void onFailed(const QString &message);
    bool keepToken(const QByteArray &token);
    bool askFileConsent();
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QPointer<CredentialStore> m_credentials;
    std::unique_ptr<ReporterSession> m_session;
    QString m_dataDirectory;
    FileConsent m_consent = FileConsent::Ask;
};

} // namespace tierdesk
