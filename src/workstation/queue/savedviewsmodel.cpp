#include "savedviewsmodel.h"

#include "client/localstore.h"
#include "client/query/ticketcounter.h"
#include "client/query/ticketqueryengine.h"
#include "core/timestamp.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSavedViews, "tierdesk.workstation.savedviews", QtInfoMsg)

namespace tierdesk {

SavedViewsModel::SavedViewsModel(LocalStore *store, QObject *parent)
    : SavedViewsModel(store, QueueUser(), parent)
{}

SavedViewsModel::SavedViewsModel(LocalStore *store, const QueueUser &user, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_user(user)
    , m_views(SavedViews::all())
{
    m_counts.fill(-1, m_views.size());
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SavedViewsModel::refresh);
    m_minuteTimer.setInterval(60000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &SavedViewsModel::refresh);
    m_minuteTimer.start();
    if (store) {
        connect(store, &LocalStore::changed, this, [this](const StoreChange &change) {
            static const QSet<QString> counted{QStringLiteral("ticket"), QStringLiteral("user")};
            if ((change.reset || change.entities.intersects(counted)) && !m_refreshTimer.isActive())
                m_refreshTimer.start();
        });
    }
    refresh();
}

SavedViewsModel::~SavedViewsModel() = default;

void SavedViewsModel::setBackgroundCounting(bool on)
{
    m_backgroundCounting = on;
}

void SavedViewsModel::setCurrentUser(const QueueUser &user)
{
    if (user == m_user)
        return;
    m_user = user;
    refresh();
}

void SavedViewsModel::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    refresh();
}

void SavedViewsModel::setRefreshDelay(int ms)
{
    m_refreshTimer.setInterval(qMax(0, ms));
}

SavedView SavedViewsModel::viewAt(int row) const
{
    return m_views.value(row, SavedView::AllOpen);
}

int SavedViewsModel::rowOf(SavedView view) const
{
    return int(m_views.indexOf(view));
}

int SavedViewsModel::count(SavedView view) const
{
    const int row = rowOf(view);
    return row >= 0 ? m_counts.at(row) : -1;
}

void SavedViewsModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_store || !m_store->isOpen())
        return;
    const qint64 now = m_clock ? m_clock() : Timestamp::nowMs();
    QList<TicketQuery> queries;
    for (SavedView view : std::as_const(m_views)) {
        TicketQuery query;
        query.view = view;
        query.userId = m_user.id;
        query.userTier = m_user.tier;
        query.nowMs = now;
        queries.append(query);
    }
    const QString path = m_store->path();
    if (m_backgroundCounting && TicketCounter::canCount(path)) {
        if (!m_counter) {
            m_counter = std::make_unique<TicketCounter>(path);
            connect(m_counter.get(), &TicketCounter::counted, this,
                    [this](quint64 ticket, const QList<qint64> &counts) {
                        if (ticket != m_countTicket)
                            return;
                        m_countTicket = 0;
                        applyCounts(counts);
                    });
            connect(m_counter.get(), &TicketCounter::failed, this,
                    [this](quint64 ticket, const QString &error) {
                        if (ticket != m_countTicket)
                            return;
                        m_countTicket = 0;
                        qCWarning(lcSavedViews) << "count failed:" << error;
                        emit countsChanged(); // nothing new, but the wait is over
                    });
        }
        m_countTicket = m_counter->count(queries);
        return;
    }
    m_countTicket = 0;
    if (!m_engine)
        m_engine = std::make_unique<TicketQueryEngine>(m_store);
    const QList<qint64> counts = m_engine->countEach(queries);
    applyCounts(counts);
}

void SavedViewsModel::applyCounts(const QList<qint64> &counts)
{
    bool changed = false;
    for (int row = 0; row < m_views.size() && row < counts.size(); ++row) {
        const int n = int(qMin<qint64>(counts.at(row), std::numeric_limits<int>::max()));
        if (n < 0 || n == m_counts.at(row))
            continue;
        m_counts[row] = n;
        changed = true;
        emit dataChanged(index(row), index(row));
    }
    if (changed)
        emit countsChanged();
}

int SavedViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_views.size())
        return {};
    const SavedView view = m_views.at(index.row());
    const int n = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return n >= 0 ? tr("%1 (%2)").arg(SavedViews::title(view), QLocale().toString(n))
                      : SavedViews::title(view);
    case TitleRole:
        return SavedViews::title(view);
    case CountRole:
        return n;
    case SavedViewRole:
        return int(view);
    }
    return {};
}

QHash<int, QByteArray> SavedViewsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SavedViewRole, "savedView");
    names.insert(TitleRole, "title");
    names.insert(CountRole, "count");
    return names;
}

} // namespace tierdesk
