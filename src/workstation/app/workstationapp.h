#pragma once

#include "workstation/app/commandline.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace tierdesk {

class AppSettings;
class CredentialStore;
class LoginDialog;
class MainWindow;
class Session;

// How the program starts and what it shows: with a remembered account whose cache exists, the main window
// opens straight from the cache (no network needed) while the token is read from the keychain and the sync
// starts behind it; otherwise the sign-in comes first. A session the server ends (401) brings the sign-in
// back over the window; "Sign out" forgets the token. --password-stdin signs in without the dialog (and
// shows it with the error when that fails).
class WorkstationApp : public QObject
{
    Q_OBJECT

public:
    WorkstationApp(const CommandLineOptions &options, AppSettings *settings, QObject *parent = nullptr);
    ~WorkstationApp() override;

    // Tests give a store with their own service name and fallback folder.
    void setCredentialStore(CredentialStore *store);
    CredentialStore *credentialStore() const { return m_credentials; }
    // The password for --password-stdin (main reads it before start()).
    void setPassword(const QString &password) { m_password = password; }

    // Shows the first window. false: nothing to show, quit with exitCode().
    bool start();
    int exitCode() const { return m_exitCode; }

    MainWindow *mainWindow() const;
    LoginDialog *loginDialog() const;
    Session *session() const;

    QString cachePathFor(const QUrl &server, const QString &login) const;

public slots:
    void signOut();

signals:
    void mainWindowShown(tierdesk::MainWindow *window);
    void loginShown(tierdesk::LoginDialog *dialog);
    // The program is done (main window closed, or the sign-in cancelled with nothing else open).
    void finished(int exitCode);

private:
    LoginDialog *showLogin(const QString &information, bool visible = true);
    void closeSession();
    void onSignedIn();
    bool openSession(const QUrl &server, const QString &login, QString *error);
    void showMainWindow();
    void resumeWithStoredToken();
    void onTokenRead(const QByteArray &token);
    void onAuthenticationRequired();
    void quit(int code);

    CommandLineOptions m_options;
    AppSettings *m_settings;
    CredentialStore *m_credentials = nullptr;
    QString m_password;
    QPointer<Session> m_session;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_login;
    int m_exitCode = 0;
    bool m_quitting = false;
};

} // namespace tierdesk
