#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QThread>

namespace tierdesk {

class ChangeLog;
class ChangeNotifier;
class Database;

// With several server instances on one PostgreSQL database, a change committed through one instance must
// reach the WebSocket clients of all. Each commit that appends to the change log sends NOTIFY
// tierdesk_changes; this listener LISTENs on its own connection, on its own thread with a Qt event loop (the
// QPSQL driver watches the socket with a QSocketNotifier), and feeds the sequence to the local notifier.
// A slow poll of the log's head covers notifications missed while the connection was being re-established.
class PgNotificationListener : public QObject
{
    Q_OBJECT
public:
    PgNotificationListener(Database &db, ChangeLog &changes, ChangeNotifier &notifier);
    ~PgNotificationListener() override;

    void start();
    void stop();

private:
    void subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void check();

    Database &m_db;
    ChangeLog &m_changes;
    ChangeNotifier &m_notifier;
    QThread m_thread;
    bool m_subscribed = false;
};

} // namespace tierdesk
