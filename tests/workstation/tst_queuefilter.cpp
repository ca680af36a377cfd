// The queue's filter box: QueueModel filtering a real SQLite cache of 12,000 synthetic tickets
// (tst_queue_fixture.h) by every kind of term, compared with an independent C++ reference, with and without
// the optional full-text table tickets_search; plus the aging scale. The parser alone (TicketFilter) is
// tested in tests/client/tst_ticketfilter.cpp.

#include "tst_queue_fixture.h"

#include "client/query/ticketfilter.h"
#include "client/query/ticketqueryengine.h"
#include "client/storeschema.h"
#include "support/localstoretestaccess.h"
#include "workstation/queue/agingscale.h"
#include "workstation/queue/savedview.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace tierdesk;
using namespace tierdesk::test;

class TestQueueFilter : public QObject, protected QueueFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpFixture();
        // First without the full-text table, as in a cache whose table was lost: the LIKE path (also the one
        // of terms shorter than a trigram). searchIndexGivesTheSameResults() reopens the cache, which
        // brings the table back.
        QSqlQuery q(LocalStoreTestAccess::database(m_store));
        QVERIFY(hasSearchIndex());
        for (const QString &name : storeschema::searchTriggerNames())
            QVERIFY(q.exec("DROP TRIGGER " + name));
        QVERIFY(q.exec("DROP TABLE tickets_search"));
        QVERIFY(!hasSearchIndex());
    }
    void init() { setUpModel(); }
    void cleanup() { tearDownModel(); }

    void filterMatchesTheReference_data()
    {
        QTest::addColumn<int>("caseIndex");
        const QList<FilterCase> cases = filterCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).text)) << i;
    }

    void filterMatchesTheReference()
    {
        QFETCH(int, caseIndex);
        const FilterCase c = filterCases().at(caseIndex);
        m_model->setSavedView(SavedView::AllTickets);
        QSignalSpy warnings(m_model.get(), &QueueModel::filterWarningsChanged);
        m_model->setFilterText(c.text);
        QCOMPARE(m_model->filterWarnings().isEmpty(), !c.warns);
        QCOMPARE(warnings.count(), c.warns ? 1 : 0);
        const QList<Ref> expected = refsWhere(c.matches);
        QCOMPARE(m_model->rowCount(), expected.size());
        QCOMPARE(modelOrder(*m_model),
                 expectedOrder(expected, QueueModel::PriorityColumn, Qt::AscendingOrder));
        QVERIFY(m_model->lastError().isEmpty());
        QCOMPARE(m_store.count("ticket"), qint64(m_refs.size())); // the table is still there
    }

    void filterCombinesWithTheViewAndSort()
    {
        m_model->setSavedView(SavedView::MyTickets);
        m_model->setFilterText("status:open");
        m_model->sort(QueueModel::SubjectColumn, Qt::DescendingOrder);
        const QList<Ref> expected =
            refsWhere([&](const Ref &t) { return inView(t, SavedView::MyTickets) && t.status == "open"; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(modelOrder(*m_model),
                 expectedOrder(expected, QueueModel::SubjectColumn, Qt::DescendingOrder));
        // Typing on: the filter narrows, order stays.
        m_model->setFilterText("status:open tier:1");
        QCOMPARE(m_model->sortColumn(), int(QueueModel::SubjectColumn));
        const QList<Ref> narrower = refsWhere([&](const Ref &t) {
            return inView(t, SavedView::MyTickets) && t.status == "open" && t.tier == 1;
        });
        QCOMPARE(modelOrder(*m_model),
                 expectedOrder(narrower, QueueModel::SubjectColumn, Qt::DescendingOrder));
    }

    // A filter's first page shows before its count is known; the count follows from another thread as rows
    // inserted at the end. Every case, with the walk bounded to a few hundred rows so that rare matches take
    // the collecting path, under QAbstractItemModelTester.
    void filterCountsInTheBackground_data()
    {
        QTest::addColumn<int>("walkBound");
        QTest::newRow("walk over the whole cache") << QueueModel::DefaultUncountedWalkBound;
        QTest::newRow("walk bounded to 300 rows") << 300;
    }

    void filterCountsInTheBackground()
    {
        QFETCH(int, walkBound);
        checkBackgroundCounts(*m_model, walkBound);
    }

    // Typing fast: counts of filters already replaced are dropped, only the last one's arrives.
    void olderCountsAreDropped()
    {
        m_model->setBackgroundCounting(true);
        m_model->setSavedView(SavedView::AllTickets);
        QSignalSpy counts(m_model.get(), &QueueModel::countChanged);
        for (const char *text : {"p", "pr", "pri", "prin", "print", "printe", "printer"})
            m_model->setFilterText(text);
        QTRY_VERIFY(!m_model->isCountPending());
        const QList<Ref> expected = refsWhere(filterCases().first().matches); // "printer"
        QCOMPARE(filterCases().first().text, QStringLiteral("printer"));
        QCOMPARE(m_model->rowCount(), expected.size());
        QTest::qWait(100); // nothing late comes in after
        QCOMPARE(m_model->rowCount(), expected.size());
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), int(expected.size()));
    }

    void agingScale()
    {
        const qint64 minute = 60 * 1000;
        QCOMPARE(AgingScale::levelFor(-5 * minute), AgingScale::Fresh); // clock skew
        QCOMPARE(AgingScale::levelFor(0), AgingScale::Fresh);
        QCOMPARE(AgingScale::levelFor(4 * 60 * minute - 1), AgingScale::Fresh);
        QCOMPARE(AgingScale::levelFor(4 * 60 * minute), AgingScale::Ageing);
        QCOMPARE(AgingScale::levelFor(24 * 60 * minute - 1), AgingScale::Ageing);
        QCOMPARE(AgingScale::levelFor(24 * 60 * minute), AgingScale::Stale);
        QVERIFY(!AgingScale::isLoud(23 * 60 * minute));
        QVERIFY(AgingScale::isLoud(3 * 24 * 60 * minute));
        // Three different colours, each light enough for dark text.
        const QColor fresh = AgingScale::colourFor(AgingScale::Fresh),
                     ageing = AgingScale::colourFor(AgingScale::Ageing),
                     stale = AgingScale::colourFor(AgingScale::Stale);
        QVERIFY(fresh != ageing && ageing != stale && fresh != stale);
        for (const QColor &c : {fresh, ageing, stale})
            QVERIFY(c.lightness() > 180);
        QVERIFY(fresh.green() > fresh.red() && stale.red() > stale.green());
        QCOMPARE(AgingScale::colourFor(qint64(30 * minute)), fresh);
        QCOMPARE(AgingScale::describeAge(35 * minute), QStringLiteral("35 min"));
        QCOMPARE(AgingScale::describeAge(5 * 60 * minute), QStringLiteral("5 h"));
        QCOMPARE(AgingScale::describeAge(75 * 60 * minute), QStringLiteral("3 d"));
    }

    void savedViewKeysRoundTrip()
    {
        QSet<QString> keys;
        for (SavedView v : SavedViews::all()) {
            QCOMPARE(SavedViews::fromKey(SavedViews::key(v)), std::optional<SavedView>(v));
            QVERIFY(!SavedViews::title(v).isEmpty());
            keys << SavedViews::key(v);
        }
        QCOMPARE(keys.size(), SavedViews::all().size());
        QVERIFY(!SavedViews::fromKey("nonsense"));
    }

    // --- with the full-text table (last: it stays in the cache) ---

    void searchIndexGivesTheSameResults()
    {
        // Opening the cache again rebuilds the missing table from the tickets (LocalStore::open).
        tearDownModel();
        const QString path = m_store.path();
        m_store.close();
        QString error;
        QVERIFY2(m_store.open(path, &error), qPrintable(error));
        QVERIFY(hasSearchIndex());
        QSqlQuery q(LocalStoreTestAccess::database(m_store));
        auto model = newModel(); // sees the table when created
        model->setSavedView(SavedView::AllTickets);
        const QList<FilterCase> cases = filterCases();
        for (const FilterCase &c : cases) {
            model->setFilterText(c.text);
            const QList<Ref> expected = refsWhere(c.matches);
            QVERIFY2(model->rowCount() == expected.size(), qPrintable(QString("%1: %2 rows, expected %3")
                                                                          .arg(c.text)
                                                                          .arg(model->rowCount())
                                                                          .arg(expected.size())));
            QCOMPARE(modelOrder(*model),
                     expectedOrder(expected, QueueModel::PriorityColumn, Qt::AscendingOrder));
        }
        // The index is really what answers: a ticket missing from it is not found by a long word, while a
        // model on a cache without the table (the LIKE path) would find it.
        model->setFilterText("printer");
        QVERIFY(model->rowCount() > 0);
        const qint64 hidden = model->ticketId(0);
        QVERIFY(q.exec(QString("DELETE FROM tickets_search WHERE rowid = %1").arg(hidden)));
        model->refresh();
        QCOMPARE(model->rowOfTicket(hidden), -1);
        QVERIFY(q.exec(QString("INSERT INTO tickets_search (rowid, subject, error_codes, tags)"
                               " SELECT id, subject, error_codes, tags FROM tickets WHERE id = %1")
                           .arg(hidden)));
        model->refresh();
        QCOMPARE(model->rowOfTicket(hidden), 0);
        // The same with the count in the background (the full-text table answers both queries).
        for (int walkBound : {int(QueueModel::DefaultUncountedWalkBound), 300})
            checkBackgroundCounts(*model, walkBound);
    }

    void searchIndexFollowsTheCache()
    {
        // The triggers keep the table equal to the tickets LocalStore writes (it writes with INSERT OR
        // REPLACE and with upserts): a new subject is found, the old one no longer.
        QVERIFY(hasSearchIndex());
        m_model->setSavedView(SavedView::AllTickets);
        m_model->setFilterText("quokka");
        QCOMPARE(m_model->rowCount(), 0);
        QJsonObject t = SyntheticQueue::ticket(TicketCount + 500, m_options);
        t.insert("subject", "Quokka scanner jams");
        t.insert("error_codes", QJsonArray{"QK-42"});
        applyTicket(t);
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->ticketId(0), TicketCount + 500);
        m_model->setFilterText("QK-42");
        QCOMPARE(m_model->rowCount(), 1);
        t.insert("subject", "Wombat scanner jams");
        t.insert("version", 2);
        applyTicket(t);
        m_model->setFilterText("quokka");
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setFilterText("wombat");
        QCOMPARE(m_model->rowCount(), 1);
        QSqlQuery q(LocalStoreTestAccess::database(m_store));
        QVERIFY(q.exec("SELECT (SELECT COUNT(*) FROM tickets_search), (SELECT COUNT(*) FROM tickets)") &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
    }

    // A long word is looked up by a few of its trigrams, then checked exactly on the row: a subject that has
    // those trigrams apart ("interPRIcing" … "inTERpreter", "NTE") is not a match for "printer".
    void trigramLookupIsCheckedExactly()
    {
        QJsonObject t = SyntheticQueue::ticket(TicketCount + 600, m_options);
        t.insert("subject", "Interpreter pricing question");
        t.insert("error_codes", QJsonArray{});
        applyTicket(t);
        QSqlQuery q(LocalStoreTestAccess::database(m_store));
        QVERIFY(q.exec(QString("SELECT COUNT(*) FROM tickets_search WHERE tickets_search MATCH"
                               " '\"pri\" AND \"nte\" AND \"ter\"' AND rowid = %1")
                           .arg(TicketCount + 600)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the index alone would let it through
        m_model->setSavedView(SavedView::AllTickets);
        m_model->setFilterText("printer");
        QVERIFY(m_model->rowCount() > 0);
        QCOMPARE(m_model->rowOfTicket(TicketCount + 600), -1);
        m_model->setFilterText("interpreter");
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->ticketId(0), TicketCount + 600);
    }

private:
    // What a model made now would see (TicketQueryEngine looks when it is made).
    bool hasSearchIndex() { return TicketQueryEngine(&m_store).hasSearchIndex(); }

    // Every filter case with the count in the background: the first page at once and exact, then the count.
    void checkBackgroundCounts(QueueModel &model, int walkBound)
    {
        model.setFilterText(QString());
        model.setBackgroundCounting(true);
        model.setUncountedWalkBound(walkBound);
        model.setSavedView(SavedView::AllTickets);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pending(&model, &QueueModel::countPendingChanged);
        int pendingCases = 0;
        for (const FilterCase &c : filterCases()) {
            model.setFilterText(c.text);
            const QList<Ref> expected = refsWhere(c.matches);
            const QList<qint64> order =
                expectedOrder(expected, QueueModel::PriorityColumn, Qt::AscendingOrder);
            // At once: the first page, exact; the count exact too when it fits in that page (or when nothing
            // filters: "status:" still being typed).
            const int firstPage = qMin<int>(order.size(), QueueModel::DefaultPageSize);
            const bool counting =
                order.size() > QueueModel::DefaultPageSize && !TicketFilter::parse(c.text).isEmpty();
            QVERIFY2(model.isCountPending() == counting,
                     qPrintable(QString("%1: %2 matches, %3 rows at once, pending %4")
                                    .arg(c.text)
                                    .arg(order.size())
                                    .arg(model.rowCount())
                                    .arg(model.isCountPending())));
            if (model.isCountPending()) {
                ++pendingCases;
                QCOMPARE(model.rowCount(), QueueModel::DefaultPageSize);
            }
            for (int row = 0; row < firstPage; ++row)
                QVERIFY2(model.ticketId(row) == order.at(row), qPrintable(c.text));
            QTRY_VERIFY(!model.isCountPending());
            QVERIFY2(
                model.rowCount() == order.size(),
                qPrintable(
                    QString("%1: %2 rows, expected %3").arg(c.text).arg(model.rowCount()).arg(order.size())));
            QCOMPARE(modelOrder(model), order);
        }
        QVERIFY(pendingCases > 3);                   // the background path was taken
        QCOMPARE(pending.count(), 2 * pendingCases); // on, then off, once each
        model.setFilterText(QString());
    }
};

QTEST_MAIN(TestQueueFilter)
#include "tst_queuefilter.moc"
