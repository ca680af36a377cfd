#pragma once

// Counts the rows of ticket queries on a thread and a read-only SQLite connection of its own, so that the
// queue can show a filter's first page while a large count (a common word among a million tickets takes a
// few hundred milliseconds) is still running. The cache is in WAL mode: this reader neither blocks nor is
// blocked by the sync writing.
//
//     TicketCounter counter(store->path());
//     connect(&counter, &TicketCounter::counted, this, [](quint64 ticket, const QList<qint64> &rows) { ...
//     }); const quint64 ticket = counter.count({query}, engine.hasSearchIndex());
//
// A request is one query or several (the saved views are counted together); each request gets a ticket,
// and answers come only for the latest: requests still waiting when a newer one arrives are skipped (their
// answers would be thrown away anyway), so typing fast does not queue up counts.

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace tierdesk {

struct TicketQuery;

class TicketCounter : public QObject
{
    Q_OBJECT
public:
    explicit TicketCounter(const QString &databasePath, QObject *parent = nullptr);
    ~TicketCounter() override; // waits for a count under way to end

    // Counts the rows each query matches (its view and filter; the order does not matter), answered in the
    // same order. searchIndex: as TicketQueryEngine::hasSearchIndex() of the same cache.
    quint64 count(const QList<TicketQuery> &queries, bool searchIndex = false);
    quint64 latestTicket() const { return m_latest->load(); }

    // Whether a second connection can read the database at this path (a file, not an in-memory one).
    static bool canCount(const QString &databasePath);

signals:
    void counted(quint64 ticket, const QList<qint64> &rows);
    void failed(quint64 ticket, const QString &error);

private:
    struct Statement;
    class Worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace tierdesk
