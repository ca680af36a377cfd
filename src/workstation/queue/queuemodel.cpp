#include "queuemodel.h"

#include "agingscale.h"
#include "queuecolumns.h"
#include "queuepagecache.h"

#include "client/localstore.h"
#include "client/query/ticketcounter.h"
#include "client/query/ticketqueryrow.h"
#include "core/domaintypes.h"
#include "core/ticket.h"
#include "core/timestamp.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFont>
#include <QLocale>
#include <QMap>
#include <QScopeGuard>
#include <algorithm>
#include <optional>

namespace tierdesk {
namespace {

// Remapping the selection after a change asks SQL for the new row of tickets not in the cached pages; this
// bounds what one refresh spends on that (the rest of the selection is dropped).
constexpr int MaxPositionQueries = 8;
constexpr qint64 PositionQueryBudgetMs = 60;
constexpr int TickIntervalMs = 30000;
} // namespace

QueueModel::QueueModel(LocalStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_engine(store)
    , m_pages(std::make_unique<QueuePageCache>(DefaultCachedPages))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { requery(Keep::Lookups); });
    m_tickTimer.setInterval(TickIntervalMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &QueueModel::onTick);
    m_tickTimer.start();
    if (store)
        connect(store, &LocalStore::changed, this, &QueueModel::onStoreChanged);
    rebuildQuery();
}

void QueueModel::settle() const
{
    if (m_settled)
        return;
    m_settled = true;
    bool ok = false;
    m_rowCount = m_engine.count(&ok);
}

QueueModel::~QueueModel() = default;

// --- configuration
// ------------------------------------------------------------------------------------------

void QueueModel::setCurrentUser(const QueueUser &user)
{
    if (user == m_user)
        return;
    m_user = user;
    rebuildQuery();
    requery(Keep::Nothing);
}

void QueueModel::setSavedView(SavedView view)
{
    const int column = SavedViews::defaultSortColumn(view);
    const Qt::SortOrder order = SavedViews::defaultSortOrder(view);
    if (view == m_view && column == m_sortColumn && order == m_sortOrder)
        return;
    m_view = view;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildQuery();
    requery(Keep::Nothing); // another list: the old selection means nothing there
}

void QueueModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    const QStringList oldWarnings = m_filter.warnings();
    m_filterText = text;
    m_filter = TicketFilter::parse(text);
    rebuildQuery();
    requery(Keep::Lookups); // keeps the current ticket selected while it still matches
    if (m_filter.warnings() != oldWarnings)
        emit filterWarningsChanged(m_filter.warnings());
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        column = SavedViews::defaultSortColumn(m_view);
        order = SavedViews::defaultSortOrder(m_view);
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_engine.setSortOrder(QueueColumns::sortKeyOf(column), order);
    requery(Keep::CachedRows);
}

void QueueModel::setRefreshDelay(int ms)
{
    m_refreshTimer.setInterval(qMax(0, ms));
}

int QueueModel::refreshDelay() const
{
    return m_refreshTimer.interval();
}

void QueueModel::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    rebuildQuery();
    requery(Keep::Lookups);
}

qint64 QueueModel::now() const
{
    return m_clock ? m_clock() : Timestamp::nowMs();
}

void QueueModel::setPageSize(int rows)
{
    rows = qMax(1, rows);
    if (rows == m_pageSize)
        return;
    beginResetModel();
    m_pageSize = rows;
    m_engine.setPageSize(rows);
    m_pages->clear();
    endResetModel();
}

void QueueModel::setBackgroundCounting(bool on)
{
    m_backgroundCounting = on;
}

void QueueModel::setCachedPages(int pages)
{
    m_pages->setCapacity(pages);
}

void QueueModel::refresh()
{
    rebuildQuery(); // "now" may have moved (SLA at risk)
    requery(Keep::Lookups);
}

// --- reading
// ------------------------------------------------------------------------------------------------

void QueueModel::rebuildQuery()
{
    TicketQuery query;
    query.view = m_view;
    query.userId = m_user.id;
    query.userTier = m_user.tier;
    query.filter = m_filter;
    query.nowMs = now();
    query.sortKey = QueueColumns::sortKeyOf(m_sortColumn);
    query.sortOrder = m_sortOrder;
    m_engine.setQuery(query);
}

QList<TicketQueryRow> QueueModel::fetchPage(int page, const QueuePageCache &neighbours, bool *ok) const
{
    return m_engine.page(qint64(page) * m_pageSize, page > 0 ? neighbours.peek(page - 1) : nullptr, ok);
}

bool QueueModel::countsInBackground() const
{
    return m_backgroundCounting && !m_filter.isEmpty() && m_store && m_store->isOpen() &&
           TicketCounter::canCount(m_store->path());
}

void QueueModel::startBackgroundCount()
{
    if (!m_counter) {
        m_counter = std::make_unique<TicketCounter>(m_store->path());
        connect(m_counter.get(), &TicketCounter::counted, this, &QueueModel::onCounted);
        connect(m_counter.get(), &TicketCounter::failed, this, [this](quint64 ticket, const QString &error) {
            if (ticket != m_countTicket)
                return;
            m_countTicket = 0;
            m_engine.setMatches(m_rowCount);
            m_engine.setLastError(error);
            emit countPendingChanged(false);
            emit queryFailed(error);
        });
    }
    m_engine.setMatches(-1);
    m_countTicket = m_counter->count({m_engine.query()}, m_engine.hasSearchIndex());
}

void QueueModel::onCounted(quint64 ticket, const QList<qint64> &rows)
{
    if (ticket != m_countTicket || rows.isEmpty())
        return; // an older filter's, or one the first page already answered
    m_countTicket = 0;
    const int count = int(qMin<qint64>(rows.first(), std::numeric_limits<int>::max()));
    m_engine.setMatches(count);
    if (count > m_rowCount) {
        beginInsertRows({}, m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    } else if (count < m_rowCount) {
        // Fewer than the first page showed: the cache changed in between; a re-read sets it right.
        m_refreshTimer.start();
    }
    emit countChanged(m_rowCount);
    emit countPendingChanged(false);
}

const TicketQueryRow *QueueModel::cachedRowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<TicketQueryRow> *page = m_pages->peek(row / m_pageSize);
    const int offset = row % m_pageSize;
    return page && offset < page->size() ? &page->at(offset) : nullptr;
}

const TicketQueryRow *QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount || (m_fetchLimit >= 0 && row >= m_fetchLimit))
        return nullptr;
    if (m_frozen)
        return cachedRowAt(row);
    const int pageNumber = row / m_pageSize;
    const QList<TicketQueryRow> *page = m_pages->page(pageNumber);
    if (!page) {
        bool ok = false;
        QList<TicketQueryRow> rows = fetchPage(pageNumber, *m_pages, &ok);
        if (!ok)
            return nullptr;
        m_pages->insert(pageNumber, std::move(rows));
        page = m_pages->peek(pageNumber);
    }
    const int offset = row % m_pageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

int QueueModel::cachedRowOf(const QueuePageCache &cache, qint64 id) const
{
    for (int pageNumber : cache.pages()) {
        const QList<TicketQueryRow> *page = cache.peek(pageNumber);
        for (int i = 0; i < page->size(); ++i)
            if (page->at(i).id == id)
                return pageNumber * m_pageSize + i;
    }
    return -1;
}

int QueueModel::rowOfTicket(qint64 id) const
{
    settle();
    const int cached = cachedRowOf(*m_pages, id);
    const int row = cached >= 0 ? cached : m_engine.rowOf(id);
    return row < m_rowCount ? row : -1;
}

qint64 QueueModel::ticketId(int row) const
{
    settle();
    const TicketQueryRow *r = rowAt(row);
    return r ? r->id : 0;
}

QList<qint64> QueueModel::ticketIds(const QModelIndexList &indexes) const
{
    QMap<int, qint64> byRow;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this || byRow.contains(index.row()))
            continue;
        const qint64 id = index.internalId() ? qint64(qintptr(index.internalId())) : ticketId(index.row());
        if (id != 0)
            byRow.insert(index.row(), id);
    }
    QList<qint64> ids;
    for (qint64 id : byRow)
        if (!ids.contains(id))
            ids << id;
    return ids;
}

// --- refresh
// ------------------------------------------------------------------------------------------------

void QueueModel::onStoreChanged(const StoreChange &change)
{
    static const QSet<QString> shown{QStringLiteral("ticket"), QStringLiteral("user"),
                                     QStringLiteral("group")};
    if (!change.reset && !change.entities.intersects(shown))
        return;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(); // not restarted by later changes: a steady stream still refreshes
}

void QueueModel::onTick()
{
    if (m_view == SavedView::SlaAtRisk) {
        refresh(); // membership moves with the clock
        return;
    }
    if (m_rowCount > 0)
        emit dataChanged(indexNoFetch(0, 0), indexNoFetch(m_rowCount - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole,
                          SlaRemainingRole, AgingLevelRole});
}

void QueueModel::requery(Keep keep)
{
    const bool storeChanged = m_refreshTimer.isActive();
    m_refreshTimer.stop();
    if (!m_settled)
        return; // nobody has seen a row yet: the first look counts

    const int oldCount = m_rowCount;
    const bool wasPending = isCountPending();
    const auto announcePending = qScopeGuard([this, wasPending] {
        if (isCountPending() != wasPending)
            emit countPendingChanged(isCountPending());
    });
    bool ok = false;
    int newCount = 0;
    std::optional<QList<TicketQueryRow>> firstPage; // read already (while counting in the background)
    if (keep == Keep::CachedRows && !storeChanged) {
        newCount = m_rowCount; // the same rows in another order (a count under way goes on)
        ok = true;
    } else if (countsInBackground()) {
        // The first page first (the count would compete with it for the disk and a core), and a count only
        // when that page is full.
        m_countTicket = 0;
        QList<TicketQueryRow> rows = m_engine.firstPageUncounted(&ok);
        newCount = int(rows.size());
        m_engine.setMatches(newCount);
        if (ok && newCount == m_pageSize)
            startBackgroundCount();
        firstPage = std::move(rows);
    } else {
        m_countTicket = 0;
        newCount = m_engine.count(&ok);
    }
    if (!ok) {
        emit queryFailed(m_engine.lastError());
        return;
    }
    if (keep == Keep::Nothing) {
        beginResetModel();
        m_pages->clear();
        if (firstPage)
            m_pages->insert(0, std::move(*firstPage));
        m_rowCount = newCount;
        endResetModel();
        if (newCount != oldCount)
            emit countChanged(newCount);
        emit refreshed();
        return;
    }

    // From here until the new pages replace the old ones, the SQL already describes the new state while the
    // rows announced are still the old ones: reading a page now would mix the two, so only cached rows are
    // served (views and listeners of the signals below see the old rows, then the new ones).
    m_frozen = true;
    const auto thaw = qScopeGuard([this] {
        m_frozen = false;
        m_fetchLimit = -1;
    });

    // Re-read the pages that were cached (the ones on screen among them), in order so keysets chain.
    QueuePageCache fresh(m_pages->capacity());
    QList<int> pageNumbers = m_pages->pages();
    std::sort(pageNumbers.begin(), pageNumbers.end());
    QMap<int, QList<TicketQueryRow>> reread;
    for (int pageNumber : pageNumbers) {
        if (qint64(pageNumber) * m_pageSize >= newCount)
            continue;
        QList<TicketQueryRow> rows =
            pageNumber == 0 && firstPage ? *firstPage : fetchPage(pageNumber, fresh, &ok);
        if (!ok) {
            emit queryFailed(m_engine.lastError());
            return;
        }
        reread.insert(pageNumber, rows);
        fresh.insert(pageNumber, std::move(rows));
    }
    // Keep the old recency order.
    QList<int> recency = m_pages->pages();
    std::reverse(recency.begin(), recency.end());
    for (int pageNumber : recency)
        if (reread.contains(pageNumber))
            fresh.insert(pageNumber, reread.value(pageNumber));

    // Where did the tickets of the persistent indexes (selection, current row) go?
    QHash<qint64, int> newRowOf;
    int positionQueries = 0;
    QElapsedTimer budget;
    budget.start();
    const auto locate = [&](qint64 id) -> int {
        if (id == 0)
            return -1;
        auto it = newRowOf.constFind(id);
        if (it != newRowOf.constEnd())
            return *it;
        int row = cachedRowOf(fresh, id);
        if (row < 0 && keep == Keep::Lookups && positionQueries < MaxPositionQueries &&
            budget.elapsed() < PositionQueryBudgetMs) {
            ++positionQueries;
            row = m_engine.rowOf(id);
        }
        if (row >= newCount)
            row = -1;
        newRowOf.insert(id, row);
        return row;
    };
    bool moved = newCount != oldCount;
    if (!moved) {
        for (const QModelIndex &p : persistentIndexList()) {
            const int row = locate(qint64(qintptr(p.internalId())));
            if (row != p.row()) {
                moved = true;
                break;
            }
        }
    }
    if (!moved) {
        for (auto it = reread.cbegin(); it != reread.cend() && !moved; ++it) {
            const QList<TicketQueryRow> *old = m_pages->peek(it.key());
            if (!old || old->size() != it.value().size()) {
                moved = true;
                break;
            }
            for (int i = 0; i < old->size(); ++i)
                if (old->at(i).id != it.value().at(i).id) {
                    moved = true;
                    break;
                }
        }
    }

    if (!moved) {
        // Same tickets in the same places: only their contents may differ.
        QList<QPair<int, int>> changedRanges;
        for (auto it = reread.cbegin(); it != reread.cend(); ++it) {
            const QList<TicketQueryRow> *old = m_pages->peek(it.key());
            for (int i = 0; i < it.value().size(); ++i) {
                if (old->at(i).sameContent(it.value().at(i)))
                    continue;
                const int row = it.key() * m_pageSize + i;
                if (!changedRanges.isEmpty() && changedRanges.last().second == row - 1)
                    changedRanges.last().second = row;
                else
                    changedRanges.append({row, row});
            }
        }
        *m_pages = std::move(fresh);
        m_frozen = false;
        for (const auto &range : changedRanges)
            emit dataChanged(index(range.first, 0), index(range.second, ColumnCount - 1));
        emit refreshed();
        return;
    }

    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rowCount = newCount;
        endInsertRows();
    }
    // While the rows beyond the new count are still announced, they have nothing to read (and asking SQL
    // for them would scan for rows that are not there).
    m_fetchLimit = newCount;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Collected after the signal: listeners may have made persistent indexes of their own in it.
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &p : from) {
        const qint64 id = qint64(qintptr(p.internalId()));
        const int row = locate(id);
        to << (row >= 0 ? createIndex(row, p.column(), quintptr(qintptr(id))) : QModelIndex());
    }
    *m_pages = std::move(fresh);
    m_frozen = false;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rowCount = newCount;
        endRemoveRows();
    }
    if (newCount != oldCount)
        emit countChanged(newCount);
    emit refreshed();
}

// --- QAbstractItemModel
// -------------------------------------------------------------------------------------

QModelIndex QueueModel::index(int row, int column, const QModelIndex &parent) const
{
    settle();
    if (parent.isValid() || row < 0 || row >= m_rowCount || column < 0 || column >= ColumnCount)
        return {};
    // The ticket id rides in the index, so that persistent indexes (selection, current row) can follow their
    // ticket when the rows are re-read.
    const TicketQueryRow *r = rowAt(row);
    return createIndex(row, column, quintptr(qintptr(r ? r->id : 0)));
}

QModelIndex QueueModel::indexNoFetch(int row, int column) const
{
    const TicketQueryRow *r = cachedRowAt(row);
    return createIndex(row, column, quintptr(qintptr(r ? r->id : 0)));
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    settle();
    return parent.isValid() ? 0 : m_rowCount;
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return QueueColumns::headerData(section, role);
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TicketIdRole, "ticketId");
    names.insert(TicketNumberRole, "ticketNumber");
    names.insert(SubjectRole, "subject");
    names.insert(IsVipRole, "isVip");
    names.insert(SeverityRole, "severity");
    names.insert(PriorityRole, "priority");
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(OwnerIdRole, "ownerId");
    names.insert(TierRole, "tier");
    names.insert(SlaDueRole, "slaDue");
    names.insert(SlaMetRole, "slaMet");
    names.insert(SlaRemainingRole, "slaRemaining");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(AgingLevelRole, "agingLevel");
    names.insert(PendingRole, "pending");
    names.insert(SortKeyRole, "sortKey");
    return names;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    settle();
    if (!index.isValid() || index.model() != this || index.row() >= m_rowCount)
        return {};
    const TicketQueryRow *r = rowAt(index.row());
    if (!r)
        return {};
    const int column = index.column();
    const bool waiting = QueueColumns::isWaiting(r->status);
    const qint64 age = now() - r->updatedAt;
    // Aging tints: the whole row in "Waiting on others", elsewhere the status cell of waiting tickets.
    const bool tinted = waiting && (m_view == SavedView::WaitingOnOthers || column == StatusColumn);
    switch (role) {
    case Qt::DisplayRole:
        return QueueColumns::displayText(*r, column, now());
    case Qt::ToolTipRole:
        switch (column) {
        case SubjectColumn:
            return r->subject;
        case RequesterColumn:
            return r->vip ? tr("%1 — VIP customer").arg(r->requesterName) : r->requesterName;
        case SlaColumn:
            return r->slaDueAt > 0 ? tr("First response due %1").arg(QueueColumns::dateTimeText(r->slaDueAt))
                                   : QVariant();
        case StatusColumn:
        case LastActivityColumn:
            return waiting ? tr("Waiting for %1").arg(AgingScale::describeAge(age)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (column == SlaColumn && !QueueColumns::isFinished(r->status) && r->firstResponseAt <= 0 &&
            r->slaDueAt > 0) {
            const qint64 remaining = r->slaDueAt - now();
            if (remaining < 0)
                return QColor(0xc6, 0x28, 0x28);
            if (remaining < SavedViews::SlaRiskWindowMs)
                return QColor(0xc7, 0x7c, 0x02);
        }
        return {};
    case Qt::BackgroundRole:
        return tinted ? QVariant(AgingScale::colourFor(age)) : QVariant();
    case Qt::FontRole:
        if (tinted && AgingScale::isLoud(age)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case TicketIdRole:
        return r->id;
    case TicketNumberRole:
        return r->number;
    case SubjectRole:
        return r->subject;
    case IsVipRole:
        return r->vip;
    case SeverityRole:
        return r->severity;
    case PriorityRole:
        return r->priority;
    case StatusRole: {
        const auto s = ticketStatusFromString(r->status);
        return s ? QVariant(int(*s)) : QVariant();
    }
    case StatusNameRole:
        return r->status;
    case OwnerIdRole:
        return r->ownerId;
    case TierRole:
        return r->tier;
    case SlaDueRole:
        return r->slaDueAt;
    case SlaMetRole:
        return r->firstResponseAt > 0;
    case SlaRemainingRole:
        if (QueueColumns::isFinished(r->status) || r->firstResponseAt > 0 || r->slaDueAt <= 0)
            return {};
        return r->slaDueAt - now();
    case LastActivityRole:
        return r->updatedAt;
    case WaitingSinceRole:
        return waiting ? QVariant(r->updatedAt) : QVariant();
    case AgingLevelRole:
        return waiting ? QVariant(int(AgingScale::levelFor(age))) : QVariant();
    case PendingRole:
        return r->pending > 0;
    case SortKeyRole:
        return QueueColumns::sortKey(*r, column);
    }
    return {};
}

} // namespace tierdesk
