#include "server/storage/pgnotificationlistener.h"

#include "server/storage/changelog.h"
#include "server/storage/changenotifier.h"
#include "server/storage/database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNotify, "tierdesk.server.notify")

namespace tierdesk {
namespace {
const QString Channel = QStringLiteral("tierdesk_changes");
}

PgNotificationListener::PgNotificationListener(Database &db, ChangeLog &changes, ChangeNotifier &notifier)
    : m_db(db)
    , m_changes(changes)
    , m_notifier(notifier)
{
    m_thread.setObjectName(QStringLiteral("pg-listen"));
}

PgNotificationListener::~PgNotificationListener()
{
    stop();
}

void PgNotificationListener::start()
{
    moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, this, [this] {
        subscribe();
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &PgNotificationListener::check);
        timer->start(2000);
    });
    connect(
        &m_thread, &QThread::finished, this,
        [this] {
            qDeleteAll(findChildren<QTimer *>());
            m_db.closeThreadConnection();
        },
        Qt::DirectConnection);
    m_thread.start();
}

void PgNotificationListener::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

void PgNotificationListener::subscribe()
{
    try {
        QSqlDatabase connection = m_db.connection();
        QSqlDriver *driver = connection.driver();
        if (!driver->subscribedToNotifications().contains(Channel)) {
            // A member function, not a lambda: Qt::UniqueConnection works only with those, and a re-subscribe
            // on the same driver must not deliver every notification twice.
            connect(driver, &QSqlDriver::notification, this, &PgNotificationListener::onNotification,
                    Qt::UniqueConnection);
            m_subscribed = driver->subscribeToNotification(Channel);
            qCInfo(lcNotify) << "listening for changes of other instances:" << m_subscribed;
        }
    } catch (const DatabaseError &e) {
        m_subscribed = false;
        qCWarning(lcNotify) << "cannot listen yet:" << e.what();
    }
}

void PgNotificationListener::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                            const QVariant &payload)
{
    if (name == Channel)
        m_notifier.publish(payload.toLongLong());
}

void PgNotificationListener::check()
{
    try {
        m_notifier.publish(m_changes.head());
    } catch (const DatabaseError &e) {
        // The connection broke: drop it so the next subscribe() opens and listens on a fresh one.
        qCWarning(lcNotify) << "lost the database:" << e.what();
        m_db.closeThreadConnection();
        m_subscribed = false;
    }
    if (!m_subscribed)
        subscribe();
}

} // namespace tierdesk
