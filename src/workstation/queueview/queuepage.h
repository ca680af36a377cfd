#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class QueuePage;
}

class QLineEdit;
class QListView;
class QTableView;

namespace tierdesk {

class QueueModel;
class SavedViewsModel;
class Session;

// The queue: saved views with live counts on the left, the filter box (filters as you type) and the table of
// tickets (QueueModel over the local cache; SQL sorts and filters), and bulk actions on the selected rows
// — assign to me, assign to an agent, change the status — as ordinary edits through the sync engine
// (optimistic, queued in the outbox).
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(Session *session, QWidget *parent = nullptr);
    ~QueuePage() override;

    QueueModel *model() const { return m_model; }
    // The saved views with their counts; made after the first page is painted, or now when asked for.
    SavedViewsModel *savedViews();
    QTableView *table() const;
    QListView *savedViewsList() const;
    QLineEdit *filterEdit() const;

    QList<qint64> selectedTicketIds() const;
    qint64 currentTicketId() const;
    // Moves the current row by delta (J/K) and returns the ticket there (0 at either end).
    qint64 step(int delta);
    bool selectTicket(qint64 id);
    void setSavedView(int row);

public slots:
    void focusFilter();
    void assignSelectedTo(qint64 ownerId);
    void assignSelectedToMe();
    void setSelectedStatus(const QString &status);

signals:
    void openTicket(qint64 id);
    // The first page was painted after the model had rows (or knew it had none): the startup probe.
    void firstPagePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSelectionLabel();
    void updateCount();
    void fillAssignMenu();
    void onUserChanged();

    std::unique_ptr<Ui::QueuePage> ui;
    Session *m_session;
    QueueModel *m_model;
    SavedViewsModel *m_views = nullptr;
    bool m_painted = false;
};

} // namespace tierdesk
