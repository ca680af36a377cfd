#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace tierdesk {

class ApiClient;
class AttachmentLoader;
class Directory;
class LocalStore;
class SyncEngine;

// One signed-in account on one server, as the workstation holds it: the API client, the local cache and the
// sync engine over them (the client library does all the syncing), plus the lookups and the attachment
// loader the views share. The cache opens without the network, so the window can show before any request.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(const QUrl &server, const QString &login, QObject *parent = nullptr);
    ~Session() override;

    bool openCache(const QString &path, QString *error);
    QString cachePath() const;

    QUrl serverUrl() const { return m_server; }
    QString login() const { return m_login; }

    ApiClient *api() const { return m_api; }
    LocalStore *store() const { return m_store; }
    SyncEngine *engine() const { return m_engine; }
    Directory *directory() const { return m_directory; }
    AttachmentLoader *attachments() const { return m_attachments; }

    void addTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setToken(const QByteArray &token);
    bool hasToken() const;
    // Stores the account's user object in the cache (after a sign-in).
    void setCurrentUser(const QJsonObject &user);

    // The signed-in user as the cache knows it (empty until the first sign-in wrote it).
    QJsonObject currentUser() const;
    qint64 currentUserId() const;
    int currentTier() const;
    bool isStaff() const;

    // Starts syncing (needs a token); stop() goes offline. The cache stays open either way.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

signals:
    // The server no longer accepts the token: the person must sign in again.
    void authenticationRequired();
    void currentUserChanged();

private:
    QUrl m_server;
    QString m_login;
    ApiClient *m_api = nullptr;
    LocalStore *m_store = nullptr;
    SyncEngine *m_engine = nullptr;
    Directory *m_directory = nullptr;
    AttachmentLoader *m_attachments = nullptr;
    mutable QJsonObject m_user;
    bool m_started = false;
};

} // namespace tierdesk
