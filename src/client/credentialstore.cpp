#include "credentialstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <functional>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "tierdesk.client.credentials")

namespace tierdesk {

namespace {

const QLatin1String FallbackFileName("credentials.json");
const QLatin1String TokensKey("tokens");

// How long the blocking conveniences wait for the keychain: long enough for a person to type the password
// of a locked keyring into its prompt, short enough that a hung service does not freeze start-up for good.
constexpr int BlockingTimeoutMs = 120000;

// "No secret service runs" looks like NoBackendAvailable, or — with libsecret or D-Bus failing to reach
// or activate org.freedesktop.secrets — like OtherError.
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

QString unavailableMessage(const QString &detail)
{
    QString message =
        QStringLiteral("No keychain service is running (install and unlock GNOME Keyring or KWallet). "
                       "Tierdesk can keep the sign-in token in a file readable only by you instead.");
    // QtKeychain's "Unknown error" adds nothing for the reader.
    if (!detail.trimmed().isEmpty() && detail.trimmed() != QLatin1String("Unknown error"))
        message += QStringLiteral(" (The keychain said: %1)").arg(detail.trimmed());
    return message;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::entryKey(const QUrl &server, const QString &login)
{
    // One entry per account per server; the default port is written out so that https://host and
    // https://host:443 are the same server.
    QUrl normalised = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                      QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    normalised.setScheme(normalised.scheme().toLower());
    normalised.setHost(normalised.host().toLower());
    if (normalised.path() == QLatin1String("/"))
        normalised.setPath(QString());
    if (normalised.port() < 0)
        normalised.setPort(normalised.scheme() == QLatin1String("https") ? 443 : 80);
    return login + QLatin1Char('@') + normalised.toString(QUrl::FullyEncoded);
}

QString CredentialStore::fallbackFile() const
{
    const QString dir = m_fallbackDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : m_fallbackDir;
    return QDir(dir).filePath(FallbackFileName);
}

void CredentialStore::writeToken(const QUrl &server, const QString &login, const QByteArray &token)
{
    const QString key = entryKey(server, login);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, key, token](QKeychain::Job *job) {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            m_lastBackend = Backend::Keychain;
            // Once the keychain holds the token, no copy may linger in the fallback file.
            removeFromFile(key);
            emit tokenWritten(Backend::Keychain);
            return;
        }
        if (!isUnavailable(error)) {
            m_lastBackend = Backend::None;
            emit failed(
                QStringLiteral("The keychain did not store the sign-in token: %1").arg(job->errorString()));
            return;
        }
        qCInfo(lcCredentials) << "keychain unavailable for writing:" << job->errorString();
        if (!m_fileFallbackAllowed) {
            m_lastBackend = Backend::None;
            emit keychainUnavailable(unavailableMessage(job->errorString()));
            return;
        }
        QString fileError;
        if (!writeFile(key, token, &fileError)) {
            m_lastBackend = Backend::None;
            emit failed(fileError);
            return;
        }
        m_lastBackend = Backend::File;
        emit tokenWritten(Backend::File);
    });
    job->start();
}

void CredentialStore::readToken(const QUrl &server, const QString &login)
{
    const QString key = entryKey(server, login);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *job) {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            m_lastBackend = Backend::Keychain;
            emit tokenRead(static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData(), Backend::Keychain);
            return;
        }
        const bool unavailable = isUnavailable(error);
        if (error != QKeychain::EntryNotFound && !unavailable) {
            m_lastBackend = Backend::None;
            emit failed(QStringLiteral("The keychain did not give out the sign-in token: %1")
                            .arg(job->errorString()));
            return;
        }
        if (unavailable && !m_fileFallbackAllowed) {
            m_lastBackend = Backend::None;
            emit keychainUnavailable(unavailableMessage(job->errorString()));
            return;
        }
        if (m_fileFallbackAllowed) {
            // Either no keychain, or the token was kept in the file while the keychain was away.
            bool found = false;
            QString fileError;
            const QByteArray token = readFile(key, &found, &fileError);
            if (!fileError.isEmpty()) {
                m_lastBackend = Backend::None;
                emit failed(fileError);
                return;
            }
            if (found || unavailable) {
                m_lastBackend = Backend::File;
                emit tokenRead(token, Backend::File);
                return;
            }
        }
        m_lastBackend = Backend::Keychain;
        emit tokenRead({}, Backend::Keychain); // nothing stored
    });
    job->start();
}

void CredentialStore::removeToken(const QUrl &server, const QString &login)
{
    const QString key = entryKey(server, login);
    // The file copy goes in any case, even when the user has since withdrawn the consent to the file.
    removeFromFile(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            m_lastBackend = Backend::Keychain;
            emit tokenRemoved();
            return;
        }
        if (isUnavailable(error)) {
            if (m_fileFallbackAllowed) {
                m_lastBackend = Backend::File;
                emit tokenRemoved();
            } else {
                m_lastBackend = Backend::None;
                emit keychainUnavailable(unavailableMessage(job->errorString()));
            }
            return;
        }
        m_lastBackend = Backend::None;
        emit failed(
            QStringLiteral("The keychain did not remove the sign-in token: %1").arg(job->errorString()));
    });
    job->start();
}

namespace {

// Asks the keychain through `start` and waits in a nested loop (user input excluded) for its one answer:
// the success signal that `connectSuccess` connects to `succeed`, keychainUnavailable or failed — or the
// timeout. Returns whether it succeeded; *error says why not.
bool waitForKeychain(
    CredentialStore *store,
    const std::function<QMetaObject::Connection(const std::function<void()> &succeed)> &connectSuccess,
    const std::function<void()> &start, QString *error)
{
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QString message;
    const auto end = [&](bool success, const QString &text) {
        done = true;
        ok = success;
        message = text;
        loop.quit();
    };
    const QList<QMetaObject::Connection> connections{
        connectSuccess([&] { end(true, {}); }),
        QObject::connect(store, &CredentialStore::keychainUnavailable, &loop,
                         [&](const QString &text) { end(false, text); }),
        QObject::connect(store, &CredentialStore::failed, &loop,
                         [&](const QString &text) { end(false, text); }),
    };
    start();
    if (!done) {
        QTimer::singleShot(BlockingTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    if (!done)
        message =
            QStringLiteral("The keychain did not answer within %1 seconds.").arg(BlockingTimeoutMs / 1000);
    if (error)
        *error = message;
    return ok;
}

} // namespace

bool CredentialStore::writeTokenBlocking(const QUrl &server, const QString &login, const QByteArray &token,
                                         QString *error)
{
    return waitForKeychain(
        this,
        [this](const std::function<void()> &succeed) {
            return connect(this, &CredentialStore::tokenWritten, this, succeed);
        },
        [&] { writeToken(server, login, token); }, error);
}

QByteArray CredentialStore::readTokenBlocking(const QUrl &server, const QString &login, QString *error)
{
    QByteArray result;
    waitForKeychain(
        this,
        [this, &result](const std::function<void()> &succeed) {
            return connect(this, &CredentialStore::tokenRead, this,
                           [&result, succeed](const QByteArray &token) {
                               result = token;
                               succeed();
                           });
        },
        [&] { readToken(server, login); }, error);
    return result;
}

bool CredentialStore::writeFile(const QString &key, const QByteArray &token, QString *error)
{
    const QString path = fallbackFile();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("Cannot create the folder %1 for the sign-in token.")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QJsonObject tokens;
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly))
            tokens = QJsonDocument::fromJson(existing.readAll()).object().value(TokensKey).toObject();
    }
    tokens.insert(key, QString::fromLatin1(token.toBase64()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write the sign-in token to %1: %2").arg(path, file.errorString());
        return false;
    }
    // Owner-only before a single byte is written: the temporary file becomes the real one on commit().
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = QStringLiteral("Cannot make %1 private to you: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject document{{QStringLiteral("version"), 1}, {TokensKey, tokens}};
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write the sign-in token to %1: %2").arg(path, file.errorString());
        return false;
    }
    // In case the file system or an old file kept wider permissions.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcCredentials).noquote() << "sign-in token kept in" << path << "(no keychain)";
    return true;
}

QByteArray CredentialStore::readFile(const QString &key, bool *found, QString *error)
{
    *found = false;
    error->clear();
    QFile file(fallbackFile());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the sign-in token from %1: %2")
                     .arg(file.fileName(), file.errorString());
        return {};
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                              QFileDevice::WriteOther)) {
        // Somebody widened the permissions: narrow them again, the token inside may already be known.
        qCWarning(lcCredentials).noquote() << file.fileName() << "was readable by others; made private again";
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("The sign-in token file %1 is damaged (%2); log in again.")
                     .arg(file.fileName(), parseError.errorString());
        return {};
    }
    const QJsonValue value = document.object().value(TokensKey).toObject().value(key);
    if (!value.isString())
        return {};
    *found = true;
    return QByteArray::fromBase64(value.toString().toLatin1());
}

void CredentialStore::removeFromFile(const QString &key)
{
    const QString path = fallbackFile();
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly))
        return;
    QJsonObject tokens = QJsonDocument::fromJson(existing.readAll()).object().value(TokensKey).toObject();
    existing.close();
    if (!tokens.contains(key))
        return;
    tokens.remove(key);
    if (tokens.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        qCWarning(lcCredentials).noquote() << "cannot rewrite" << path << file.errorString();
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {TokensKey, tokens}}).toJson());
    if (!file.commit())
        qCWarning(lcCredentials).noquote() << "cannot rewrite" << path << file.errorString();
}

} // namespace tierdesk
