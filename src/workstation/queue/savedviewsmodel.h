#pragma once

// The list of saved views on the left of the queue window, with live counts ("My tickets  12").
//
//     auto *views = new SavedViewsModel(store, QueueUser::fromStore(store), this);
//     listView->setModel(views);
//     connect(listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
//             [=](const QModelIndex &i) { queueModel->setSavedView(views->viewAt(i.row())); });
//
// Qt::DisplayRole is "title (count)"; TitleRole and CountRole give them apart; SavedViewRole the
// SavedView (as int). Counts follow LocalStore::changed() by themselves (bursts coalesced); the counts of
// SlaAtRisk also move with the clock, so they are re-counted every minute. The counting runs on a thread
// and a connection of its own (TicketCounter): on a million tickets it takes about a tenth of a second, which
// the window would otherwise stall for after every change the sync brings; isCounting() while it runs,
// countsChanged() when new figures arrived.

#include "queueuser.h"
#include "savedview.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace tierdesk {

class LocalStore;
class TicketCounter;
class TicketQueryEngine;
struct StoreChange;

class SavedViewsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SavedViewRole = Qt::UserRole + 1, TitleRole, CountRole };

    explicit SavedViewsModel(LocalStore *store, QObject *parent = nullptr);
    // With the user known from the start: the views are counted once, not once for nobody and again for them
    // (each count reads the whole cache).
    SavedViewsModel(LocalStore *store, const QueueUser &user, QObject *parent = nullptr);
    ~SavedViewsModel() override;

    void setCurrentUser(const QueueUser &user);
    QueueUser currentUser() const { return m_user; }
    void setClock(std::function<qint64()> nowMs); // as QueueModel::setClock
    void setRefreshDelay(int ms);                 // default 100

    SavedView viewAt(int row) const;
    int rowOf(SavedView view) const;
    int count(SavedView view) const; // the last counted value, -1 before the first count
    void refresh();                  // re-count now
    bool isCounting() const { return m_countTicket != 0; }
    void setBackgroundCounting(bool on); // default on; off: refresh() counts before it returns

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countsChanged();

private:
    QPointer<LocalStore> m_store;
    QueueUser m_user;
    QList<SavedView> m_views;
    QList<int> m_counts;
    std::function<qint64()> m_clock;
    QTimer m_refreshTimer;
    QTimer m_minuteTimer;
    std::unique_ptr<TicketQueryEngine> m_engine; // counts when not in the background
    std::unique_ptr<TicketCounter> m_counter;    // made on first use
    quint64 m_countTicket = 0;
    bool m_backgroundCounting = true;

    void applyCounts(const QList<qint64> &counts);
};

} // namespace tierdesk
