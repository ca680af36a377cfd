#pragma once

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace tierdesk::test {

// One complete client as a program has it — ApiClient, LocalStore in a file, SyncEngine — logged in as one
// account, for tests. The cache file lives where the caller says (a QTemporaryDir), so a test can reopen it.
class SyncClient
{
public:
    SyncClient(const QUrl &server, const QString &cachePath);
    ~SyncClient();

    // Logs in (blocking) and stores the user in the cache. false with *error on failure.
    bool login(const QString &login, const QString &password, QString *error = nullptr);
    // Reuses a token from an earlier login (a restart of the program).
    void setToken(const QByteArray &token) { m_api->setToken(token); }
    void start() { m_engine->start(); }
    void stop() { m_engine->stop(); }
    // Points the client at another address (a fault proxy in front of the server, or a restarted server).
    void setServer(const QUrl &server);

    ApiClient &api() { return *m_api; }
    LocalStore &store() { return *m_store; }
    SyncEngine &engine() { return *m_engine; }
    QString cachePath() const { return m_cachePath; }

private:
    void build(const QUrl &server);

    QString m_cachePath;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

// Everything `api` (the server, as this user) lists of tickets, as id → JSON, paging through all of them.
QHash<qint64, QJsonObject> serverTickets(ApiClient &api, QString *error = nullptr);

} // namespace tierdesk::test
