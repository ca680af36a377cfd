#pragma once

#include "client/clienterror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

namespace tierdesk {

class ApiClient;
class LocalStore;
class SendQueue;
class SyncEngine;

// One customer signed in to one server, as the reporter works with it: the API client, the local cache with
// its outbox (LocalStore), the SyncEngine that keeps both in step, and the SendQueue for attachments. The
// cache and the queue live under dataDirectory() (AppDataLocation by default) per server and login, so the
// program works offline from the last sync and sends what was written offline once the server is back.
class ReporterSession : public QObject
{
    Q_OBJECT

public:
    explicit ReporterSession(const QUrl &server, QObject *parent = nullptr);
    ~ReporterSession() override;

    QUrl server() const { return m_server; }
    // Where the cache and the send queue go; empty means QStandardPaths::AppDataLocation.
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }
    QString dataDirectory() const;

    // Asynchronous; ends in signedIn() or signInFailed(). A staff account is refused: this program is for
    // customers (agents use the workstation).
    void signIn(const QString &login, const QString &password);
    // A token kept from an earlier sign-in: opens the cache and starts at once (also offline); the server
    // is asked who the token belongs to, and authenticationRequired() follows if it has expired.
    bool resume(const QString &login, const QByteArray &token, QString *error);
    // Revokes the token on the server (best effort) and stops syncing; the cache stays for the next time.
    void signOut();

    bool isActive() const { return m_engine != nullptr; }
    QString login() const { return m_login; }
    QByteArray token() const;
    qint64 userId() const;
    QJsonObject currentUser() const;

    ApiClient *api() const { return m_api.get(); }
    LocalStore *store() const { return m_store.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    SendQueue *queue() const { return m_queue.get(); }

    // The customer's own tickets from the cache (also those written offline), newest activity first.
    QList<QJsonObject> myTickets() const;
    // A ticket's conversation as the customer may see it: public messages only, oldest first. The server
    // already leaves internal notes out of a customer's feed; this is the second lock on that door.
    QList<QJsonObject> visibleMessages(qint64 ticketId) const;
    // The opening text of each ticket (for duplicate detection): ticket id → first visible message body.
    QHash<qint64, QString> openingTexts() const;
    QList<QJsonObject> incidents() const;

    QString cachePath(const QString &login) const;
    QString queueDirectory(const QString &login) const;

signals:
    void signedIn(const QByteArray &token);
    void signInFailed(const tierdesk::ClientError &error, const QString &message);
    void authenticationRequired();
    void incidentsChanged();

private:
    bool open(const QString &login, const QJsonObject &user, QString *error);
    void refreshIncidents();

    QUrl m_server;
    QString m_dataDirectory;
    QString m_login;
    QList<QJsonObject> m_fetchedIncidents;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SendQueue> m_queue;
};

} // namespace tierdesk
