// QueueModel and SavedViewsModel following changes of a real SQLite cache of 12,000 synthetic tickets
// (tst_queue_fixture.h): live counts of the saved views against an independent count, a new ticket showing up
// after LocalStore::changed, the selection staying on its ticket through changes, re-sorts and filters,
// bursts of changes read once, nothing emitted when nothing shown changed, and a QTableView reading only the
// pages it shows. A QAbstractItemModelTester watches the model throughout.

#include "tst_queue_fixture.h"

#include "workstation/queue/savedviewsmodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>

using namespace tierdesk;
using namespace tierdesk::test;

class TestQueueRefresh : public QObject, protected QueueFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void savedViewCountsMatchTheReference()
    {
        SavedViewsModel views(&m_store);
        QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
        views.setClock([this] { return m_now; });
        views.setCurrentUser(m_me);
        QVERIFY(views.isCounting()); // on its own thread
        QTRY_VERIFY(!views.isCounting());
        QCOMPARE(views.rowCount(), SavedViews::all().size());
        for (int row = 0; row < views.rowCount(); ++row) {
            const SavedView v = views.viewAt(row);
            const int expected = int(refsWhere([&](const Ref &t) { return inView(t, v); }).size());
            QCOMPARE(views.count(v), expected);
            QCOMPARE(views.index(row).data(SavedViewsModel::CountRole).toInt(), expected);
            QVERIFY(views.index(row).data().toString().startsWith(SavedViews::title(v)));
            m_model->setSavedView(v);
            QCOMPARE(m_model->rowCount(), expected); // the list and the table agree
        }
        // Given the user at construction (as the queue page does, counting once): the same counts.
        SavedViewsModel fromStart(&m_store, m_me);
        fromStart.setClock([this] { return m_now; });
        QCOMPARE(fromStart.currentUser().id, m_me.id);
        QTRY_VERIFY(!fromStart.isCounting());
        for (int row = 0; row < views.rowCount(); ++row)
            QCOMPARE(fromStart.count(views.viewAt(row)), views.count(views.viewAt(row)));
        // Live: a new ticket of mine moves "My tickets" and "All open" by one.
        views.setRefreshDelay(0);
        QSignalSpy counted(&views, &SavedViewsModel::countsChanged);
        const int mine = views.count(SavedView::MyTickets);
        const int open = views.count(SavedView::AllOpen);
        QJsonObject t = SyntheticQueue::ticket(TicketCount + 100, m_options);
        t.insert("status", "open");
        t.insert("owner_id", m_me.id);
        applyTicket(t);
        QVERIFY(counted.wait(5000));
        QCOMPARE(views.count(SavedView::MyTickets), mine + 1);
        QCOMPARE(views.count(SavedView::AllOpen), open + 1);
    }

    void tableViewReadsOnlyThePagesItShows()
    {
        m_model->setSavedView(SavedView::AllTickets);
        QTableView view;
        view.resize(900, 600);
        const int before = m_model->queryCount();
        view.setModel(m_model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QVERIFY(m_model->rowCount() > 10000);
        QVERIFY2(m_model->queryCount() - before <= 2,
                 qPrintable(QString::number(m_model->queryCount() - before)));
        const int shown = m_model->queryCount();
        view.scrollToBottom();
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        // The last page (and maybe the one before it), never the ~60 pages in between.
        QVERIFY2(m_model->queryCount() - shown <= 2,
                 qPrintable(QString::number(m_model->queryCount() - shown)));
        const QModelIndex last = view.indexAt(QPoint(5, view.viewport()->height() - 5));
        QVERIFY(last.isValid());
        QCOMPARE(last.data(QueueModel::TicketIdRole).toLongLong(),
                 expectedOrder(m_refs, QueueModel::PriorityColumn, Qt::AscendingOrder).at(last.row()));
    }

    void refreshKeepsTheSelectionOnItsTicket()
    {
        m_model->setSavedView(SavedView::MyTickets);
        QItemSelectionModel selection(m_model.get());
        const int start = m_model->rowCount();
        QVERIFY(start > 10);
        const qint64 chosen = m_model->ticketId(5);
        selection.setCurrentIndex(m_model->index(5, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy refreshed(m_model.get(), &QueueModel::refreshed);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        // A new, most urgent ticket of mine lands on top: the selection moves down with its ticket.
        QJsonObject urgent = SyntheticQueue::ticket(TicketCount + 200, m_options);
        urgent.insert("status", "open");
        urgent.insert("owner_id", m_me.id);
        urgent.insert("priority", 1);
        urgent.insert("severity", 1);
        urgent.insert("sla_due_at", Timestamp::toIso(m_now - 90 * 24 * Hour)); // older than any synthetic one
        applyTicket(urgent);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_model->rowCount(), start + 1);
        QCOMPARE(m_model->ticketId(0), TicketCount + 200);
        QCOMPARE(m_model->rowOfTicket(TicketCount + 200), 0);
        QCOMPARE(selection.currentIndex().row(), 6);
        QCOMPARE(selection.currentIndex().data(QueueModel::TicketIdRole).toLongLong(), chosen);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(QueueModel::TicketIdRole).toLongLong(), chosen);

        // The chosen ticket's subject changes: one dataChanged for its row, no layout change.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QJsonObject edited = *m_store.ticket(chosen);
        edited.insert("subject", "Renamed by a colleague");
        edited.insert("version", 2);
        applyTicket(edited);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 6);
        QCOMPARE(m_model->index(6, QueueModel::SubjectColumn).data().toString(),
                 QStringLiteral("Renamed by a colleague"));

        // A change the view does not show (a closed ticket of someone else): nothing at all is emitted.
        changed.clear();
        const auto others =
            refsWhere([&](const Ref &t) { return t.status == "closed" && t.ownerId != m_me.id; });
        QJsonObject elsewhere = *m_store.ticket(others.first().id);
        elsewhere.insert("subject", "Not in my view");
        elsewhere.insert("version", 2);
        applyTicket(elsewhere);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(reset.count(), 0);

        // The chosen ticket is resolved: it leaves the view and the selection with it.
        edited.insert("status", "resolved");
        edited.insert("version", 3);
        applyTicket(edited);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_model->rowCount(), start);
        QCOMPARE(m_model->rowOfTicket(chosen), -1);
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(selection.selectedRows().isEmpty());
        QCOMPARE(reset.count(), 0);
    }

    void burstsOfChangesAreCoalesced()
    {
        m_model->setRefreshDelay(100);
        m_model->setSavedView(SavedView::AllOpen);
        QSignalSpy refreshed(m_model.get(), &QueueModel::refreshed);
        const int start = m_model->rowCount();
        for (int i = 0; i < 20; ++i) {
            QJsonObject t = SyntheticQueue::ticket(TicketCount + 300 + i, m_options);
            t.insert("status", "new");
            applyTicket(t);
        }
        QVERIFY(refreshed.wait(5000));
        QTest::qWait(250);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(m_model->rowCount(), start + 20);
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_model->rowOfTicket(TicketCount + 300 + i) >= 0);
    }

    void selectionFollowsItsTicketThroughSortAndFilter()
    {
        m_model->setSavedView(SavedView::AllOpen);
        const QList<Ref> open = refsWhere(isOpen);
        const QList<qint64> byNumber = expectedOrder(open, QueueModel::NumberColumn, Qt::DescendingOrder);
        // A re-sort keeps the selection on its ticket when the ticket lands in the rows re-read for the
        // screen (the first pages); one that lands far away is let go (finding it would cost a scan of the
        // queue) — but a selection never ends up on another ticket.
        QItemSelectionModel selection(m_model.get());
        const qint64 near = byNumber.at(10);
        const qint64 far = byNumber.at(byNumber.size() - 10);
        QVERIFY(m_model->rowOfTicket(near) >= 0 && m_model->rowOfTicket(far) >= 0);
        selection.select(m_model->index(m_model->rowOfTicket(far), 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.setCurrentIndex(m_model->index(m_model->rowOfTicket(near), 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_model->sort(QueueModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().row(), 10);
        QCOMPARE(selection.currentIndex().data(QueueModel::TicketIdRole).toLongLong(), near);
        QList<qint64> selected;
        for (const QModelIndex &i : selection.selectedRows())
            selected << i.data(QueueModel::TicketIdRole).toLongLong();
        QVERIFY(selected.contains(near));
        QVERIFY(selected.size() == 1 || (selected.size() == 2 && selected.contains(far)));
        // Typing a filter that still matches it keeps it; one that does not drops it.
        const Ref ref = m_byId.value(near);
        m_model->setFilterText(ref.subject.section(' ', 0, 0));
        QCOMPARE(selection.currentIndex().data(QueueModel::TicketIdRole).toLongLong(), near);
        QCOMPARE(selection.currentIndex().row(), m_model->rowOfTicket(near));
        m_model->setFilterText("status:closed");
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!selection.currentIndex().isValid());
    }
};

QTEST_MAIN(TestQueueRefresh)
#include "tst_queuerefresh.moc"
