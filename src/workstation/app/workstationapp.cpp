#include "workstation/app/workstationapp.h"

#include "capture/grab/captureresources.h"
#include "client/credentialstore.h"
#include "client/localstore.h"
#include "workstation/app/appsettings.h"
#include "workstation/login/logindialog.h"
#include "workstation/mainwindow/mainwindow.h"
#include "workstation/session/session.h"

#include <QApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "tierdesk.workstation.app")

namespace tierdesk {

WorkstationApp::WorkstationApp(const CommandLineOptions &options, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
{
    setCredentialStore(new CredentialStore(this));
}

WorkstationApp::~WorkstationApp()
{
    delete m_login;
    delete m_window;
    delete m_session;
}

MainWindow *WorkstationApp::mainWindow() const
{
    return m_window.data();
}

LoginDialog *WorkstationApp::loginDialog() const
{
    return m_login.data();
}

Session *WorkstationApp::session() const
{
    return m_session.data();
}

void WorkstationApp::setCredentialStore(CredentialStore *store)
{
    if (m_credentials)
        disconnect(m_credentials, nullptr, this, nullptr);
    m_credentials = store;
}

QString WorkstationApp::cachePathFor(const QUrl &server, const QString &login) const
{
    return m_options.cachePathFor(server, login);
}

bool WorkstationApp::start()
{
    // The composer's first screenshot and region overlay as fast as later ones: made ready in idle time
    // (setting "capture/keepReady" in tierdesk.conf, TIERDESK_CAPTURE_KEEP_READY=0 turns it off).
    CaptureResources::setUpForProgram(this, &m_settings->raw());
    const QUrl server = !m_options.server.isEmpty() ? m_options.server : m_settings->lastServer();
    const QString login = !m_options.user.isEmpty() ? m_options.user : m_settings->lastLogin();

    if (m_options.passwordFromStdin) {
        LoginDialog *dialog = showLogin({}, false);
        dialog->setPassword(m_password);
        m_password.clear();
        // Non-interactive: no question about the keychain, so nothing is remembered.
        dialog->setRemember(false);
        connect(
            dialog, &LoginDialog::signInFailed, dialog, [dialog] { dialog->show(); },
            Qt::SingleShotConnection);
        dialog->submit();
        return true;
    }

    if (!server.isEmpty() && !login.isEmpty() && QFileInfo::exists(cachePathFor(server, login))) {
        QString error;
        if (openSession(server, login, &error)) {
            showMainWindow();
            resumeWithStoredToken();
            return true;
        }
        qCWarning(lcApp) << "cannot open the cache:" << error;
    }
    showLogin({});
    return true;
}

LoginDialog *WorkstationApp::showLogin(const QString &information, bool visible)
{
    if (m_login) {
        m_login->setInformation(information);
        m_login->show();
        m_login->raise();
        return m_login;
    }
    auto *dialog = new LoginDialog(m_settings, m_window);
    m_login = dialog;
    dialog->setCredentialStore(m_credentials);
    const QUrl server = m_session
                            ? m_session->serverUrl()
                            : (!m_options.server.isEmpty() ? m_options.server : m_settings->lastServer());
    const QString login = m_session ? m_session->login()
                                    : (!m_options.user.isEmpty() ? m_options.user : m_settings->lastLogin());
    if (!server.isEmpty())
        dialog->setServer(server);
    dialog->setLogin(login);
    dialog->setInformation(information);
    if (m_window)
        dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LoginDialog::signedIn, this, &WorkstationApp::onSignedIn);
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        dialog->deleteLater();
        if (!m_window)
            quit(0); // nothing else open: cancelling the sign-in ends the program
    });
    if (visible)
        dialog->show();
    emit loginShown(dialog);
    return dialog;
}

void WorkstationApp::onSignedIn()
{
    LoginDialog *dialog = m_login;
    if (!dialog)
        return;
    const QUrl server = dialog->server();
    const QString login = dialog->login();
    const QByteArray token = dialog->token();
    const QJsonObject user = dialog->user();
    const QList<QSslCertificate> trusted = dialog->trustedCertificates();
    dialog->deleteLater();
    m_login = nullptr;

    // Another account or server than the open window's: start over with that one.
    if (m_session && (m_session->serverUrl() != server || m_session->login() != login))
        closeSession();
    QString error;
    if (!m_session && !openSession(server, login, &error)) {
        QMessageBox::critical(nullptr, tr("Tierdesk"), error);
        quit(1);
        return;
    }
    m_session->addTrustedCertificates(trusted);
    m_session->setToken(token);
    m_session->setCurrentUser(user);
    if (!m_window)
        showMainWindow();
    m_session->start();
}

bool WorkstationApp::openSession(const QUrl &server, const QString &login, QString *error)
{
    auto *session = new Session(server, login, this);
    if (!session->openCache(cachePathFor(server, login), error)) {
        delete session;
        return false;
    }
    QList<QSslCertificate> trusted;
    for (const QString &file : m_settings->trustedCertificateFiles())
        trusted += QSslCertificate::fromPath(file);
    session->addTrustedCertificates(trusted);
    connect(session, &Session::authenticationRequired, this, &WorkstationApp::onAuthenticationRequired);
    m_session = session;
    return true;
}

void WorkstationApp::showMainWindow()
{
    auto *window = new MainWindow(m_session, m_settings);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window = window;
    connect(window, &MainWindow::signOutRequested, this, &WorkstationApp::signOut);
    connect(window, &MainWindow::closed, this, [this] { quit(0); });
    window->show();
    emit mainWindowShown(window);
}

void WorkstationApp::resumeWithStoredToken()
{
    m_credentials->setFileFallbackAllowed(m_settings->fileFallbackAllowed());
    connect(m_credentials, &CredentialStore::tokenRead, this, &WorkstationApp::onTokenRead,
            Qt::SingleShotConnection);
    connect(
        m_credentials, &CredentialStore::keychainUnavailable, this, [this] { onTokenRead({}); },
        Qt::SingleShotConnection);
    connect(
        m_credentials, &CredentialStore::failed, this,
        [this](const QString &message) {
            qCWarning(lcApp) << "the sign-in token could not be read:" << message;
            onTokenRead({});
        },
        Qt::SingleShotConnection);
    m_credentials->readToken(m_session->serverUrl(), m_session->login());
}

void WorkstationApp::onTokenRead(const QByteArray &token)
{
    // Whichever answer came first, the other connections must not fire later.
    disconnect(m_credentials, &CredentialStore::tokenRead, this, nullptr);
    disconnect(m_credentials, &CredentialStore::keychainUnavailable, this, nullptr);
    disconnect(m_credentials, &CredentialStore::failed, this, nullptr);
    if (!m_session)
        return;
    if (token.isEmpty()) {
        showLogin(tr("Sign in to sync with the server. Until then you see the copy kept on this computer."));
        return;
    }
    m_session->setToken(token);
    m_session->start();
}

void WorkstationApp::onAuthenticationRequired()
{
    if (m_login)
        return;
    if (m_session)
        m_session->stop();
    showLogin(tr("The server ended your session. Sign in again; your unsent changes are kept."));
}

void WorkstationApp::signOut()
{
    if (!m_session)
        return;
    const QUrl server = m_session->serverUrl();
    const QString login = m_session->login();
    m_session->stop();
    m_credentials->removeToken(server, login);
    closeSession();
    showLogin(tr("You are signed out."));
}

void WorkstationApp::closeSession()
{
    // Later: this may run inside a signal of the window or of a dialog that belongs to it.
    if (m_window) {
        disconnect(m_window, nullptr, this, nullptr);
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    if (m_session) {
        m_session->stop();
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
}

void WorkstationApp::quit(int code)
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_exitCode = code;
    if (m_session)
        m_session->stop();
    emit finished(code);
}

} // namespace tierdesk
