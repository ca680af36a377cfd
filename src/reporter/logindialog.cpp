#include "reporter/logindialog.h"

#include "ui_logindialog.h"

#include "reporter/reportersession.h"
#include "reporter/reportersettings.h"

#include "client/credentialstore.h"

#include <QMessageBox>

namespace tierdesk {

LoginDialog::LoginDialog(CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    m_ui->statusLabel->hide();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toString());
}

void LoginDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

QString LoginDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

std::unique_ptr<ReporterSession> LoginDialog::takeSession()
{
    if (m_session)
        m_session->setParent(nullptr);
    return std::move(m_session);
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->signInButton->setEnabled(!busy);
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
}

void LoginDialog::signIn()
{
    const QUrl server = QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
    const QString login = m_ui->loginEdit->text().trimmed();
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        onFailed(tr("Enter the server's address, e.g. https://support.example.com."));
        return;
    }
    if (login.isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        onFailed(tr("Enter your login and password."));
        return;
    }
    if (m_session)
        m_session.release()->deleteLater();
    m_session = std::make_unique<ReporterSession>(server);
    if (!m_dataDirectory.isEmpty())
        m_session->setDataDirectory(m_dataDirectory);
    connect(m_session.get(), &ReporterSession::signedIn, this, &LoginDialog::onSignedIn);
    connect(m_session.get(), &ReporterSession::signInFailed, this,
            [this](const ClientError &, const QString &message) { onFailed(message); });
    setBusy(true);
    m_ui->statusLabel->setText(tr("Signing in…"));
    m_ui->statusLabel->show();
    m_session->signIn(login, m_ui->passwordEdit->text());
}

void LoginDialog::onFailed(const QString &message)
{
    setBusy(false);
    // Called from the session's own sign-in job: the session (which owns the job) goes later.
    if (m_session)
        m_session.release()->deleteLater();
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->show();
}

bool LoginDialog::askFileConsent()
{
    switch (m_consent) {
    case FileConsent::Allowed:
        return true;
    case FileConsent::Refused:
        return false;
    case FileConsent::Ask:
        break;
    }
    const auto answer = QMessageBox::question(
        this, tr("No keychain"),
        tr("This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in "
           "safe. Keep it in a file that only your user account can read instead? Otherwise you will be "
           "asked "
           "for your password at every start."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

bool LoginDialog::keepToken(const QByteArray &token)
{
    if (!m_credentials)
        return false;
    ReporterSettings settings;
    m_credentials->setFileFallbackAllowed(settings.fileFallbackAllowed());
    bool unavailable = false;
    const auto connection = connect(m_credentials, &CredentialStore::keychainUnavailable, this,
                                    [&unavailable](const QString &) { unavailable = true; });
    QString error;
    bool written = m_credentials->writeTokenBlocking(m_session->server(), m_session->login(), token, &error);
    disconnect(connection);
    if (!written && unavailable && !settings.fileFallbackAsked()) {
        const bool allowed = askFileConsent();
        settings.setFileFallbackAllowed(allowed);
        if (allowed) {
            m_credentials->setFileFallbackAllowed(true);
            written =
                m_credentials->writeTokenBlocking(m_session->server(), m_session->login(), token, &error);
        }
    }
    return written;
}

void LoginDialog::onSignedIn(const QByteArray &token)
{
    ReporterSettings settings;
    settings.setLastAccount(m_session->server(), m_session->login());
    if (m_ui->rememberCheck->isChecked())
        keepToken(token);
    m_ui->passwordEdit->clear();
    setBusy(false);
    accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace tierdesk
