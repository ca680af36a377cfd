#include "reporter/reporterapplication.h"

#include "reporter/logindialog.h"
#include "reporter/mainwindow.h"
#include "reporter/reportersession.h"
#include "reporter/reportersettings.h"

#include "capture/grab/captureresources.h"
#include "client/credentialstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace tierdesk {

ReporterApplication::ReporterApplication(QObject *parent)
    : QObject(parent)
    , m_credentials(std::make_unique<CredentialStore>())
{
    m_credentials->setServiceName(QStringLiteral("Tierdesk"));
}

ReporterApplication::~ReporterApplication()
{
    m_window.reset();
    m_session.reset();
}

bool ReporterApplication::start()
{
    // The first screenshot and region overlay as fast as later ones: made ready while the person signs in
    // and looks around (setting "capture/keepReady", TIERDESK_CAPTURE_KEEP_READY=0 turns it off).
    CaptureResources::setUpForProgram(this);
    ReporterSettings settings;
    if (m_server.isEmpty())
        m_server = settings.lastServer();
    if (m_server.isEmpty())
        m_server = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    if (resumeFromKeychain() || signInInteractively()) {
        openMainWindow();
        return true;
    }
    return false;
}

bool ReporterApplication::resumeFromKeychain()
{
    ReporterSettings settings;
    const QString login = settings.lastLogin();
    if (login.isEmpty() || settings.lastServer() != m_server)
        return false;
    m_credentials->setFileFallbackAllowed(settings.fileFallbackAllowed());
    QString error;
    const QByteArray token = m_credentials->readTokenBlocking(m_server, login, &error);
    if (token.isEmpty())
        return false;
    auto session = std::make_unique<ReporterSession>(m_server);
    if (!session->resume(login, token, &error))
        return false;
    m_session = std::move(session);
    return true;
}

bool ReporterApplication::signInInteractively()
{
    LoginDialog dialog(m_credentials.get());
    dialog.setServer(m_server);
    dialog.setLogin(ReporterSettings().lastLogin());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_session = dialog.takeSession();
    return m_session != nullptr;
}

void ReporterApplication::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get());
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ReporterApplication::signOut);
    connect(m_session.get(), &ReporterSession::authenticationRequired, this, [this] {
        // The token expired or was revoked: ask for the password again, keep everything written meanwhile.
        QTimer::singleShot(0, this, [this] {
            QMessageBox::information(
                m_window.get(), tr("Signed out"),
                tr("Your sign-in has expired. Please sign in again; nothing you wrote is lost."));
            signOut();
        });
    });
    m_window->show();
}

void ReporterApplication::signOut()
{
    if (m_session) {
        m_credentials->removeToken(m_session->server(), m_session->login());
        m_session->signOut();
    }
    m_window.reset();
    m_session.reset();
    if (signInInteractively())
        openMainWindow();
    else
        QApplication::quit();
}

} // namespace tierdesk
