#pragma once

// The queue table: tickets of the local cache (LocalStore) in one saved view, filtered and sorted by SQL,
// read in pages of rows on demand, so that a cache of a million tickets opens at once.
//
//     auto *model = new QueueModel(store, this);          // store: an open LocalStore that outlives it
//     model->setCurrentUser(QueueUser::fromStore(store));
//     model->setSavedView(SavedView::MyTickets);           // applies the view's default order
//     model->setFilterText(filterEdit->text());           // as the user types; warnings in filterWarnings()
//     tableView->setModel(model);
//     // Tell the header the model's order first, or setSortingEnabled() re-sorts by column 0. Do it again
//     // after setSavedView(), which restores that view's default order.
//     tableView->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
//     tableView->setSortingEnabled(true);                  // header clicks call sort(), SQL re-orders
//     const qint64 id = model->ticketId(row);             // or index.data(QueueModel::TicketIdRole)
//
// Nothing is read until a view (or rowCount(), index(), data() …) first asks, so configuring a new model
// costs no query. It follows LocalStore::changed() by itself (bursts coalesced into one re-read): rows are
// remapped by ticket id so that the current row and the selection stay on the same tickets (after a
// re-sort only if the ticket lands in the re-read pages near the top; elsewhere they are let go rather
// than pointing at another ticket); when nothing the model shows changed, it emits nothing. Display texts
// are translated; the roles below give raw values for delegates (SLA countdown, aging colours, VIP mark).
// The model also gives Qt::ForegroundRole for the SLA column (red when breached, amber within the risk
// window), Qt::BackgroundRole/Qt::FontRole aging tints for waiting tickets, and Qt::ToolTipRole.
//
// Column order: number (TD-n), subject, requester (★ for VIP), severity, priority, status, owner,
// tier/group, SLA (countdown), last activity. Sorting by a column orders by it, then by ticket id (the
// priority column orders by priority, then SLA due, then id — the default order of the queue). Names and
// subjects sort case-insensitively for ASCII letters (SQLite NOCASE), otherwise by code point.
//
// The rows are read by the client's query engine (client/query/ticketqueryengine.h), which plans each page
// query; speed on big caches comes from the indexes and the full-text table of the cache's schema
// (LocalStore, client/storeschema.h); without the full-text table text filters still work, scanning.

#include "queueuser.h"
#include "savedview.h"

#include "client/query/ticketfilter.h"
#include "client/query/ticketqueryengine.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace tierdesk {

class LocalStore;
struct StoreChange;
class QueuePageCache;
class TicketCounter;
struct TicketQueryRow;

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        RequesterColumn,
        SeverityColumn,
        PriorityColumn,
        StatusColumn,
        OwnerColumn,
        TierColumn,
        SlaColumn,
        LastActivityColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TicketIdRole = Qt::UserRole + 1, // qint64 (negative for tickets created offline, not yet sent)
        TicketNumberRole,                // qint64, 0 for a ticket not yet numbered by the server
        SubjectRole,                     // QString
        IsVipRole,                       // bool: the requester is a VIP customer
        SeverityRole,                    // int 1..4
        PriorityRole,                    // int 1..8 (1 most urgent)
        StatusRole,                      // int: a tierdesk::TicketStatus
        StatusNameRole,                  // QString: the API's status word ("waiting_internal")
        OwnerIdRole,                     // qint64, 0 when unassigned
        TierRole,                        // int
        SlaDueRole,                      // qint64 ms since epoch, 0 when none
        SlaMetRole,                      // bool: first response given (the SLA no longer runs)
        SlaRemainingRole,                // qint64 ms until due (negative: breached); invalid when met/none
        LastActivityRole,                // qint64 ms since epoch (the ticket's last change)
        WaitingSinceRole,                // qint64 ms since epoch for waiting tickets, invalid otherwise
        AgingLevelRole,                  // int AgingScale::Level for waiting tickets, invalid otherwise
        PendingRole,                     // bool: my edits of this ticket are not yet on the server
        SortKeyRole,                     // the raw value the column sorts by (tests, delegates)
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = TicketQueryEngine::DefaultPageSize;
    static constexpr int DefaultCachedPages = 16;
    static constexpr int DefaultUncountedWalkBound = TicketQueryEngine::DefaultUncountedWalkBound;

    explicit QueueModel(LocalStore *store, QObject *parent = nullptr);
    ~QueueModel() override;

    // --- what to show ---
    void setCurrentUser(const QueueUser &user);
    QueueUser currentUser() const { return m_user; }
    void setSavedView(SavedView view); // also restores the view's default order
    SavedView savedView() const { return m_view; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    QStringList filterWarnings() const { return m_filter.warnings(); }

    // --- counting a filter ---
    // A filter's rows are counted on a thread of their own (TicketCounter) while its first page is shown:
    // until then rowCount() is the rows of that page, isCountPending() is true, and the count arrives as
    // rows inserted at the end (countChanged, countPendingChanged). Without a filter, and with background
    // counting off, the count is exact at once.
    bool isCountPending() const { return m_countTicket != 0; }
    void setBackgroundCounting(bool on); // default on
    bool backgroundCounting() const { return m_backgroundCounting; }

    // --- order ---
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // --- rows ---
    qint64 ticketId(int row) const;   // 0 if out of range
    int rowOfTicket(qint64 id) const; // -1 if the ticket is not in the view (may run one COUNT query)
    QList<qint64> ticketIds(const QModelIndexList &indexes) const; // distinct, in row order (bulk actions)

    // --- refresh ---
    // Re-reads now (normally done by itself after LocalStore::changed, coalesced by refreshDelay()).
    void refresh();
    void setRefreshDelay(int ms); // default 50
    int refreshDelay() const;

    // --- clock and tuning (tests, benchmark) ---
    // The time SLA countdowns and "at risk" count from; by default the real clock, read when needed.
    void setClock(std::function<qint64()> nowMs);
    qint64 now() const;
    void setPageSize(int rows); // rows per SQL window (default 200); clears the cache
    int pageSize() const { return m_pageSize; }
    void setCachedPages(int pages); // pages kept (LRU, default 16)
    // While a filter is being counted, its first page walks at most this many rows of the order before it
    // lets SQLite collect the matches instead (default DefaultUncountedWalkBound).
    void setUncountedWalkBound(int rows) { m_engine.setUncountedWalkBound(rows); }
    int queryCount() const { return m_engine.queryCount(); } // SQL statements run so far (tests of windowing)
    QString lastError() const { return m_engine.lastError(); }

    // --- QAbstractItemModel ---
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterWarningsChanged(const QStringList &warnings);
    void countChanged(int rows);
    void countPendingChanged(bool pending);
    void refreshed(); // after every re-read, whether or not anything changed (tests, benchmark)
    void queryFailed(const QString &error);

private:
    void onStoreChanged(const StoreChange &change);
    void onTick();
    void rebuildQuery();
    // How a re-read treats the rows the views hold (selection, current row):
    enum class Keep {
        Nothing,    // a model reset (another view, another user)
        CachedRows, // follow tickets found in the re-read pages (a re-sort: finding others would cost a scan)
        Lookups,    // also ask SQL for the new row of the others, within a budget (filter, store change)
    };
    // Re-reads the count and the cached pages; emits nothing when nothing shown changed.
    void requery(Keep keep);
    QList<TicketQueryRow> fetchPage(int page, const QueuePageCache &neighbours, bool *ok) const;
    bool countsInBackground() const;
    void startBackgroundCount();
    void onCounted(quint64 ticket, const QList<qint64> &rows);
    const TicketQueryRow *rowAt(int row) const; // fetches its page when needed
    const TicketQueryRow *cachedRowAt(int row) const;
    int cachedRowOf(const QueuePageCache &cache, qint64 id) const;
    QModelIndex indexNoFetch(int row, int column) const;

    QPointer<LocalStore> m_store;
    QueueUser m_user;
    SavedView m_view = SavedView::AllOpen;
    QString m_filterText;
    TicketFilter m_filter;
    // The query of view, user, filter and order (made again by rebuildQuery(), re-ordered by sort()); it
    // also keeps the number of matches its page plans go by (-1 while a count runs in the background).
    TicketQueryEngine m_engine;
    int m_sortColumn = PriorityColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Counted on first use (rowCount(), index(), data() …), so that configuring a new model (user, view,
    // filter, order) runs no query until a view asks for rows.
    void settle() const;
    mutable bool m_settled = false;
    mutable int m_rowCount = 0;
    int m_fetchLimit = -1; // >= 0 while a re-read shrinks the rows: no row from here on is read
    bool m_frozen = false; // during a re-read: serve cached rows only (see requery)
    int m_pageSize = DefaultPageSize;
    std::unique_ptr<QueuePageCache> m_pages;
    std::function<qint64()> m_clock;
    QTimer m_refreshTimer;
    QTimer m_tickTimer;
    std::unique_ptr<TicketCounter> m_counter; // made on first use
    quint64 m_countTicket = 0;                // the background count awaited (0: none)
    bool m_backgroundCounting = true;
};

} // namespace tierdesk
