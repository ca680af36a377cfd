#include "ticketcounter.h"

#include "ticketquery.h"
#include "ticketsql.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTicketCounter, "tierdesk.client.ticketcount", QtInfoMsg)

namespace tierdesk {

struct TicketCounter::Statement
{
    QString sql; // SELECT COUNT(*) ...
    QVariantList values;
};

// Lives on the counting thread; the connection is made, used and closed there (QtSql connections belong
// to the thread that opened them).
class TicketCounter::Worker : public QObject
{
    Q_OBJECT
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {}
    ~Worker() override
    {
        if (m_connection.isEmpty())
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void count(quint64 ticket, const QList<TicketCounter::Statement> &statements)
    {
        if (ticket != m_latest->load())
            return; // superseded while waiting
        QString error;
        if (!open(&error)) {
            emit failed(ticket, error);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QList<qint64> counts;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        for (const TicketCounter::Statement &statement : statements) {
            if (ticket != m_latest->load())
                return; // superseded between two statements
            if (!q.prepare(statement.sql)) {
                emit failed(ticket, q.lastError().text());
                return;
            }
            for (int i = 0; i < statement.values.size(); ++i)
                q.bindValue(i, statement.values.at(i));
            if (!q.exec() || !q.next()) {
                emit failed(ticket, q.lastError().text());
                return;
            }
            counts << q.value(0).toLongLong();
            q.finish();
        }
        qCDebug(lcTicketCounter) << "counted" << counts << "in" << timer.elapsed() << "ms";
        emit counted(ticket, counts);
    }

signals:
    void counted(quint64 ticket, const QList<qint64> &rows);
    void failed(quint64 ticket, const QString &error);

private:
    bool open(QString *error)
    {
        if (!m_connection.isEmpty())
            return true;
        const QString name =
            QStringLiteral("tierdesk-ticket-count-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-16000"));
        m_connection = name;
        return true;
    }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QString m_connection;
};

TicketCounter::TicketCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_thread(new QThread(this))
    , m_worker(new Worker(databasePath, m_latest))
{
    m_thread->setObjectName(QStringLiteral("tierdesk-ticket-count"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::counted, this, [this](quint64 ticket, const QList<qint64> &rows) {
        if (ticket == m_latest->load())
            emit counted(ticket, rows);
    });
    connect(m_worker, &Worker::failed, this, [this](quint64 ticket, const QString &error) {
        if (ticket == m_latest->load())
            emit failed(ticket, error);
    });
    m_thread->start();
}

TicketCounter::~TicketCounter()
{
    m_latest->store(0); // nothing waiting is worth starting now
    m_thread->quit();
    m_thread->wait();
}

bool TicketCounter::canCount(const QString &databasePath)
{
    return !databasePath.isEmpty() && databasePath != QLatin1String(":memory:");
}

quint64 TicketCounter::count(const QList<TicketQuery> &queries, bool searchIndex)
{
    QList<Statement> statements;
    statements.reserve(queries.size());
    for (const TicketQuery &query : queries) {
        const ticketsql::QueryConditions c = ticketsql::conditionsOf(query, searchIndex);
        const ticketsql::Condition where = c.where && c.check;
        statements.append({ticketsql::countSelect(where), where.values});
    }
    const quint64 ticket = m_latest->load() + 1;
    m_latest->store(ticket);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, statements] { worker->count(ticket, statements); },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace tierdesk

#include "ticketcounter.moc"
