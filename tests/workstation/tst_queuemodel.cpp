// QueueModel over a real SQLite cache (LocalStore) of 12,000 synthetic tickets (tst_queue_fixture.h): the
// saved views and the sort order of every column in both directions against an independent C++ reference,
// paging by LIMIT/OFFSET and by keyset, the row of a ticket, and what each cell and role shows. A
// QAbstractItemModelTester watches the model throughout.

#include "tst_queue_fixture.h"

#include "workstation/queue/agingscale.h"

#include <QFont>

using namespace tierdesk;
using namespace tierdesk::test;

class TestQueueModel : public QObject, protected QueueFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void savedViewsMatchTheReference_data()
    {
        QTest::addColumn<int>("view");
        for (SavedView v : SavedViews::all())
            QTest::newRow(qPrintable(SavedViews::key(v))) << int(v);
    }

    void savedViewsMatchTheReference()
    {
        QFETCH(int, view);
        const SavedView v = SavedView(view);
        m_model->setSavedView(v);
        QCOMPARE(m_model->sortColumn(), SavedViews::defaultSortColumn(v));
        const QList<Ref> expected = refsWhere([&](const Ref &t) { return inView(t, v); });
        QVERIFY2(!expected.isEmpty(), "the synthetic data should fill every view");
        QCOMPARE(m_model->rowCount(), expected.size());
        QCOMPARE(modelOrder(*m_model), expectedOrder(expected, m_model->sortColumn(), m_model->sortOrder()));
    }

    void waitingOnOthersIsOldestFirstWithAgingColours()
    {
        m_model->setSavedView(SavedView::WaitingOnOthers);
        QVERIFY(m_model->rowCount() > 2);
        qint64 previous = 0;
        QSet<int> levels;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, QueueModel::SubjectColumn);
            const qint64 since = index.data(QueueModel::WaitingSinceRole).toLongLong();
            QCOMPARE(since, m_byId.value(m_model->ticketId(row)).updated);
            QVERIFY(since >= previous);
            previous = since;
            const auto level = AgingScale::levelFor(m_now - since);
            levels << level;
            QCOMPARE(index.data(QueueModel::AgingLevelRole).toInt(), int(level));
            QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), AgingScale::colourFor(m_now - since));
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), level == AgingScale::Stale);
        }
        QVERIFY2(levels.contains(AgingScale::Stale), "the data should have tickets waiting for days");
    }

    void sortMatchesTheReference_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < QueueModel::ColumnCount; ++c) {
            const QByteArray name = QMetaEnum::fromType<QueueModel::Column>().valueToKey(c);
            QTest::newRow(name + " asc") << c << int(Qt::AscendingOrder);
            QTest::newRow(name + " desc") << c << int(Qt::DescendingOrder);
        }
    }

    void sortMatchesTheReference()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        m_model->setSavedView(SavedView::AllOpen);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(column, Qt::SortOrder(order));
        QCOMPARE(m_model->sortColumn(), column);
        if (column != QueueModel::PriorityColumn || order != Qt::AscendingOrder) {
            QCOMPARE(layout.count(),
                     1); // a sort is a layout change (views keep their selection), not a reset
            QCOMPARE(reset.count(), 0);
        }
        const QList<Ref> open = refsWhere(isOpen);
        QCOMPARE(modelOrder(*m_model), expectedOrder(open, column, Qt::SortOrder(order)));
        // The sort key role agrees with the order: non-decreasing (or non-increasing) down the column.
        for (int row = 1; row < qMin(300, m_model->rowCount()); ++row) {
            const int c = compareValue(m_model->index(row - 1, column).data(QueueModel::SortKeyRole),
                                       m_model->index(row, column).data(QueueModel::SortKeyRole));
            if (column != QueueModel::SubjectColumn && column != QueueModel::RequesterColumn &&
                column != QueueModel::OwnerColumn) // names compare folded
                QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
        }
    }

    void pagingByOffsetAndKeysetAgree_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("owner asc (NULL owners first)")
            << int(QueueModel::OwnerColumn) << int(Qt::AscendingOrder);
        QTest::newRow("owner desc (NULL owners last)")
            << int(QueueModel::OwnerColumn) << int(Qt::DescendingOrder);
        QTest::newRow("priority desc") << int(QueueModel::PriorityColumn) << int(Qt::DescendingOrder);
        QTest::newRow("requester asc") << int(QueueModel::RequesterColumn) << int(Qt::AscendingOrder);
    }

    void pagingByOffsetAndKeysetAgree()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        // Small pages and a small cache: reading forward goes by keyset past the first rows, reading backward
        // by OFFSET; both must give the reference order. (Without the model tester here: it walks every row
        // on every signal, which with two cached pages means re-reading them all; the other tests cover it.)
        m_tester.reset();
        m_model->setPageSize(397);
        m_model->setCachedPages(2);
        m_model->setSavedView(SavedView::AllTickets);
        m_model->sort(column, Qt::SortOrder(order));
        const QList<qint64> expected = expectedOrder(m_refs, column, Qt::SortOrder(order));
        QCOMPARE(modelOrder(*m_model), expected);
        auto backward = newModel();
        backward->setPageSize(397);
        backward->setCachedPages(2);
        backward->setSavedView(SavedView::AllTickets);
        backward->sort(column, Qt::SortOrder(order));
        QList<qint64> ids;
        for (int row = backward->rowCount() - 1; row >= 0; --row)
            ids.prepend(backward->ticketId(row));
        QCOMPARE(ids, expected);
    }

    void rowOfTicketMatchesTheReference()
    {
        m_model->setSavedView(SavedView::AllOpen);
        m_model->sort(QueueModel::OwnerColumn, Qt::AscendingOrder);
        const QList<qint64> expected =
            expectedOrder(refsWhere(isOpen), QueueModel::OwnerColumn, Qt::AscendingOrder);
        // A fresh model has no page cached: the row comes from SQL (sort keys, then a count of the rows
        // before).
        for (int i = 0; i < 20; ++i) {
            const qint64 id = expected.at((i * 7919) % expected.size());
            auto fresh = newModel();
            fresh->setSavedView(SavedView::AllOpen);
            fresh->sort(QueueModel::OwnerColumn, Qt::AscendingOrder);
            QVERIFY(fresh->rowCount() > 0); // counted on first use
            const int before = fresh->queryCount();
            QCOMPARE(fresh->rowOfTicket(id), int(expected.indexOf(id)));
            QVERIFY(fresh->queryCount() - before <= 2);
        }
        const auto closed = refsWhere([](const Ref &t) { return t.status == "closed"; });
        QCOMPARE(m_model->rowOfTicket(closed.first().id), -1);
        QCOMPARE(m_model->rowOfTicket(999999999), -1);
    }

    void displayAndRoles()
    {
        m_model->setSavedView(SavedView::AllTickets);
        int vipSeen = 0, unassignedSeen = 0, breachedSeen = 0;
        for (int row = 0; row < 400; ++row) {
            const Ref t = m_byId.value(m_model->ticketId(row));
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return m_model->index(row, column).data(role);
            };
            QCOMPARE(cell(0, QueueModel::TicketIdRole).toLongLong(), t.id);
            QCOMPARE(cell(QueueModel::NumberColumn).toString(), QStringLiteral("TD-%1").arg(t.number));
            QCOMPARE(cell(QueueModel::SubjectColumn).toString(), t.subject);
            QCOMPARE(cell(0, QueueModel::IsVipRole).toBool(), t.vip);
            QCOMPARE(cell(QueueModel::RequesterColumn).toString(), (t.vip ? "★ " : "") + t.requesterName);
            vipSeen += t.vip;
            QCOMPARE(cell(QueueModel::PriorityColumn).toString(), QStringLiteral("P%1").arg(t.priority));
            QCOMPARE(cell(0, QueueModel::StatusNameRole).toString(), t.status);
            QCOMPARE(cell(0, QueueModel::OwnerIdRole).toLongLong(), t.ownerId);
            if (t.ownerId) {
                QCOMPARE(cell(QueueModel::OwnerColumn).toString(), t.ownerName);
            } else {
                QCOMPARE(cell(QueueModel::OwnerColumn).toString(), QStringLiteral("Unassigned"));
                ++unassignedSeen;
            }
            QVERIFY(cell(QueueModel::TierColumn).toString().contains(t.groupName));
            QCOMPARE(cell(0, QueueModel::SlaDueRole).toLongLong(), t.sla);
            QCOMPARE(cell(0, QueueModel::SlaMetRole).toBool(), t.firstResponse > 0);
            const QVariant remaining = cell(0, QueueModel::SlaRemainingRole);
            if (isOpen(t) && t.firstResponse == 0) {
                QCOMPARE(remaining.toLongLong(), t.sla - m_now);
                const QColor colour = cell(QueueModel::SlaColumn, Qt::ForegroundRole).value<QColor>();
                if (t.sla < m_now) {
                    QVERIFY(cell(QueueModel::SlaColumn).toString().contains("overdue"));
                    QCOMPARE(colour, QColor(0xc6, 0x28, 0x28));
                    ++breachedSeen;
                }
            } else {
                QVERIFY(!remaining.isValid());
            }
            QCOMPARE(cell(0, QueueModel::LastActivityRole).toLongLong(), t.updated);
        }
        QVERIFY(vipSeen > 0 && unassignedSeen > 0 && breachedSeen > 0);
        QCOMPARE(m_model->headerData(QueueModel::SlaColumn, Qt::Horizontal).toString(),
                 QStringLiteral("SLA"));
    }

    void readOnlyAndEmptyStore()
    {
        LocalStore empty;
        QTemporaryDir dir;
        QVERIFY(empty.open(dir.filePath("empty.sqlite")));
        QueueModel model(&empty);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSavedView(SavedView::MyTickets);
        model.setFilterText("printer");
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.ticketId(0), 0);
        QCOMPARE(model.flags(model.index(0, 0)), Qt::NoItemFlags);
        // A closed store: the model answers empty instead of failing.
        QueueModel none(nullptr);
        QCOMPARE(none.rowCount(), 0);
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
