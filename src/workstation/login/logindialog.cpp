#include "workstation/login/logindialog.h"

#include "ui_logindialog.h"

#include "client/apiclient.h"
#include "client/credentialstore.h"
#include "core/domaintypes.h"
#include "workstation/app/appsettings.h"
#include "workstation/common/icons.h"
#include "workstation/login/loginerrortext.h"

#include <QFileDialog>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLogin, "tierdesk.workstation.login")

namespace tierdesk {

namespace {
constexpr int LoginTimeoutMs = 15000;

QList<QSslCertificate> certificatesFrom(const QStringList &files)
{
    QList<QSslCertificate> all;
    for (const QString &file : files)
        all += QSslCertificate::fromPath(file);
    return all;
}
} // namespace

LoginDialog::LoginDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoginDialog>())
    , m_settings(settings)
{
    ui->setupUi(this);
    setWindowIcon(Icons::application());
    ui->pages->setCurrentWidget(ui->formPage);
    ui->errorLabel->hide();
    ui->busyLabel->hide();
    ui->trustCertificateButton->hide();
    ui->infoLabel->hide();
    setCredentialStore(new CredentialStore(this));

    if (settings->lastServer().isValid())
        ui->serverEdit->setText(settings->lastServer().toString());
    ui->loginEdit->setText(settings->lastLogin());

    connect(ui->signInButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->trustCertificateButton, &QPushButton::clicked, this, &LoginDialog::trustCertificate);
    connect(ui->keepInFileButton, &QPushButton::clicked, this, [this] {
        m_settings->setFileFallbackAllowed(true);
        m_credentials->setFileFallbackAllowed(true);
        m_credentials->writeToken(m_server, m_login, m_token);
    });
    connect(ui->dontRememberButton, &QPushButton::clicked, this, [this] {
        m_settings->setFileFallbackAllowed(false);
        finishSignIn();
    });
    for (QLineEdit *edit : {ui->serverEdit, ui->loginEdit, ui->passwordEdit})
        connect(edit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl &server)
{
    ui->serverEdit->setText(server.toString());
}

void LoginDialog::setLogin(const QString &login)
{
    ui->loginEdit->setText(login);
    if (!login.isEmpty())
        ui->passwordEdit->setFocus();
}

void LoginDialog::setPassword(const QString &password)
{
    ui->passwordEdit->setText(password);
}

void LoginDialog::setInformation(const QString &text)
{
    ui->infoLabel->setText(text);
    ui->infoLabel->setVisible(!text.isEmpty());
}

void LoginDialog::setRemember(bool remember)
{
    ui->rememberCheck->setChecked(remember);
}

void LoginDialog::setCredentialStore(CredentialStore *store)
{
    if (m_credentials)
        disconnect(m_credentials, nullptr, this, nullptr);
    m_credentials = store;
    m_credentials->setFileFallbackAllowed(m_settings->fileFallbackAllowed());
    connect(m_credentials, &CredentialStore::tokenWritten, this, [this](CredentialStore::Backend backend) {
        qCInfo(lcLogin) << "sign-in token kept in"
                        << (backend == CredentialStore::Backend::File ? "a file" : "the keychain");
        m_remembered = true;
        finishSignIn();
    });
    connect(m_credentials, &CredentialStore::keychainUnavailable, this, &LoginDialog::onKeychainUnavailable);
    connect(m_credentials, &CredentialStore::failed, this, [this](const QString &message) {
        // Signing in worked; only remembering failed. Say so and go on.
        qCWarning(lcLogin) << "the token could not be stored:" << message;
        finishSignIn();
    });
}

QList<QSslCertificate> LoginDialog::trustedCertificates() const
{
    return certificatesFrom(m_settings->trustedCertificateFiles());
}

QString LoginDialog::errorText() const
{
    return ui->errorLabel->isVisible() || !ui->errorLabel->text().isEmpty() ? ui->errorLabel->text()
                                                                            : QString();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui->busyLabel->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{ui->serverEdit, ui->loginEdit, ui->passwordEdit,
                                                       ui->rememberCheck, ui->signInButton})
        w->setEnabled(!busy);
}

void LoginDialog::showError(const QString &text)
{
    ui->errorLabel->setText(text);
    ui->errorLabel->setVisible(!text.isEmpty());
    setBusy(false);
    emit signInFailed(text);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    ui->errorLabel->hide();
    ui->errorLabel->clear();
    ui->trustCertificateButton->hide();
    m_lastError = {};
    QString text = ui->serverEdit->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("Enter the address of your help desk server."));
        ui->serverEdit->setFocus();
        return;
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl server(text, QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        showError(tr("\"%1\" is not a server address. It looks like https://help.example.com.")
                      .arg(ui->serverEdit->text().trimmed()));
        ui->serverEdit->setFocus();
        return;
    }
    const QString login = ui->loginEdit->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Enter your account name."));
        ui->loginEdit->setFocus();
        return;
    }
    if (ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter your password."));
        ui->passwordEdit->setFocus();
        return;
    }
    m_server = server.adjusted(QUrl::StripTrailingSlash);
    m_login = login;
    setBusy(true);
    if (m_api)
        m_api->deleteLater();
    m_api = new ApiClient(m_server, this);
    m_api->connection()->setTimeoutMs(LoginTimeoutMs);
    m_api->connection()->addTrustedCertificates(trustedCertificates());
    LoginJob *job = m_api->login(login, ui->passwordEdit->text());
    connect(job, &ApiJob::finished, this, [this, job] { onLoginFinished(job); });
}

void LoginDialog::onLoginFinished(LoginJob *job)
{
    m_lastError = job->error();
    if (!job->ok()) {
        qCInfo(lcLogin) << "sign-in failed:" << ClientError::kindName(m_lastError.kind)
                        << m_lastError.message;
        ui->trustCertificateButton->setVisible(m_lastError.kind == ClientError::Kind::Tls);
        showError(LoginErrorText::describe(m_lastError, m_server));
        if (m_lastError.kind == ClientError::Kind::Unauthorized) {
            ui->passwordEdit->selectAll();
            ui->passwordEdit->setFocus();
        }
        return;
    }
    if (!isStaff(job->user().role)) {
        m_lastError.kind = ClientError::Kind::Forbidden;
        showError(tr("The workstation is for support staff. Customers report and follow their problems with "
                     "Tierdesk Report."));
        return;
    }
    m_token = job->token();
    m_user = job->user().toJson();
    ui->passwordEdit->clear();
    m_settings->setLastAccount(m_server, m_login);
    if (ui->rememberCheck->isChecked())
        rememberToken();
    else
        finishSignIn();
}

void LoginDialog::rememberToken()
{
    m_credentials->setFileFallbackAllowed(m_settings->fileFallbackAllowed());
    m_credentials->writeToken(m_server, m_login, m_token);
}

void LoginDialog::onKeychainUnavailable()
{
    if (m_settings->hasFileFallbackAnswer()) {
        // Asked before and the answer was no: sign in without remembering.
        finishSignIn();
        return;
    }
    ui->keychainMessage->setText(
        tr("No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk "
           "cannot keep your sign-in there.\n\nIt can keep the sign-in token in a file that only your user "
           "account can read, so that it opens straight away next time, even offline. Your password is never "
           "stored. Without it you sign in again at every start."));
    ui->pages->setCurrentWidget(ui->keychainPage);
    setBusy(false);
    ui->keepInFileButton->setFocus();
}

void LoginDialog::finishSignIn()
{
    setBusy(false);
    ui->pages->setCurrentWidget(ui->formPage);
    emit signedIn();
    accept();
}

void LoginDialog::trustCertificate()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate to trust"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QSslCertificate::fromPath(file).isEmpty()) {
        showError(tr("%1 holds no certificate in PEM format.").arg(file));
        return;
    }
    m_settings->addTrustedCertificateFile(file);
    submit();
}

} // namespace tierdesk
