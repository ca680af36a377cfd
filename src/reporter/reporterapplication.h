#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

namespace tierdesk {

class CredentialStore;
class LoginDialog;
class MainWindow;
class ReporterSession;

// The program's course: sign in (with the token kept from last time when there is one, else the login
// dialog), then the main window until the person signs out or closes it.
class ReporterApplication : public QObject
{
    Q_OBJECT

public:
    explicit ReporterApplication(QObject *parent = nullptr);
    ~ReporterApplication() override;

    // server: from --server, else the last one used, else http://127.0.0.1:8080.
    void setServer(const QUrl &server) { m_server = server; }
    // false when the person cancelled the sign-in.
    bool start();

    MainWindow *mainWindow() const { return m_window.get(); }
    ReporterSession *session() const { return m_session.get(); }

private:
    bool resumeFromKeychain();
    bool signInInteractively();
    void openMainWindow();
    void signOut();

    QUrl m_server;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ReporterSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tierdesk
