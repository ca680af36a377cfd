#pragma once

// Counts the rows of a queue condition on a thread and a read-only SQLite connection of its own, so that
// the table can show a filter's first page while a large count (a common word among a million tickets takes
// a few hundred milliseconds) is still running. The cache is in WAL mode: this reader neither blocks nor is
// blocked by the sync writing.
//
//     QueueCounter counter(store->path());
//     connect(&counter, &QueueCounter::counted, this, [](quint64 ticket, const QList<qint64> &rows) { ... });
//     const quint64 ticket = counter.count("SELECT COUNT(*) FROM tickets t WHERE ...", values);
//
// A request is one statement or several (the saved views are counted together); each request gets a
// ticket, and answers come only for the latest: requests still waiting when a newer one arrives are
// skipped (their answers would be thrown away anyway), so typing fast does not queue up counts.

#include <QObject>
#include <QString>
#include <QVariantList>
#include <atomic>
#include <memory>

class QThread;

namespace tierdesk {

class QueueCounter : public QObject
{
    Q_OBJECT
public:
    explicit QueueCounter(const QString &databasePath, QObject *parent = nullptr);
    ~QueueCounter() override; // waits for a count under way to end

    struct Statement
    {
        QString sql; // SELECT COUNT(*) ...
        QVariantList values;
    };
    quint64 count(const QString &sql, const QVariantList &values);
    quint64 count(const QList<Statement> &statements); // rows in the same order
    quint64 latestTicket() const { return m_latest->load(); }

    // Whether a second connection can read the database at this path (a file, not an in-memory one).
    static bool canCount(const QString &databasePath);

signals:
    void counted(quint64 ticket, const QList<qint64> &rows);
    void failed(quint64 ticket, const QString &error);

private:
    class Worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace tierdesk
