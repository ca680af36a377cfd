// The queue's filter box: QueueFilter's parser, and QueueModel filtering a real SQLite cache of 12,000
// synthetic tickets (tst_queue_fixture.h) by every kind of term, compared with an independent C++ reference,
// with and without the optional full-text table tickets_search; plus the aging scale.

#include "tst_queue_fixture.h"

#include "workstation/queue/agingscale.h"
#include "workstation/queue/queuefilter.h"
#include "workstation/queue/queuesql.h"
#include "workstation/queue/savedview.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace tierdesk;
using namespace tierdesk::test;

class TestQueueFilter : public QObject, protected QueueFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }
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

    // --- the parser alone ---

    void tokenizeKeepsQuotedPhrasesAndTermValues()
    {
        QCOMPARE(QueueFilter::tokenize("  printer \"blank pages\"  group:\"Service desk\" E-4012 "),
                 (QStringList{"printer", "blank pages", "group:Service desk", "E-4012"}));
        QCOMPARE(QueueFilter::tokenize("\"unterminated phrase"), QStringList{"unterminated phrase"});
        QVERIFY(QueueFilter::tokenize("   ").isEmpty());
        QVERIFY(QueueFilter::parse("  ").isEmpty());
        QVERIFY(QueueFilter::parse("status:").isEmpty()); // a term still being typed means nothing yet
    }

    void typedTextNeverReachesTheSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("searchIndex");
        for (bool index : {false, true}) {
            const char *suffix = index ? " (search index)" : "";
            QTest::newRow(qPrintable(QString("quote%1").arg(suffix))) << "it's \"x' OR 1=1 --\"" << index;
            QTest::newRow(qPrintable(QString("terms%1").arg(suffix)))
                << "owner:o'hara requester:x\" tag:a'b code:\"c d\" group:g'h severity:<=2 vip:yes" << index;
            QTest::newRow(qPrintable(QString("semicolon%1").arg(suffix))) << "a;DROP TABLE quokkas" << index;
        }
    }

    void typedTextNeverReachesTheSql()
    {
        QFETCH(QString, text);
        QFETCH(bool, searchIndex);
        const QueueFilter filter = QueueFilter::parse(text);
        const QueueFilter::Sql sql = filter.toSql(QueueUser{42, "me", 2}, searchIndex);
        // One bound value per placeholder, and no piece of what was typed in the statement itself.
        QCOMPARE(sql.where.count('?'), sql.values.size());
        for (const QString &token : QueueFilter::tokenize(text)) {
            const QString value = token.section(':', 1).isEmpty() ? token : token.section(':', 1);
            if (value.size() > 2 && !value.contains(QRegularExpression("^[<>=]*\\d+$")) && value != "yes")
                QVERIFY2(!sql.where.contains(value, Qt::CaseInsensitive),
                         qPrintable(value + " in " + sql.where));
        }
        // And SQLite accepts it (the search-index form once the table exists, in the tests at the end).
        if (searchIndex && !queuesql::hasSearchIndex(m_store.database()))
            return;
        QSqlQuery q(m_store.database());
        QVERIFY2(q.prepare("SELECT COUNT(*) FROM tickets t WHERE " + sql.where),
                 qPrintable(q.lastError().text()));
    }

    void warningsNameWhatWasNotUnderstood()
    {
        QCOMPARE(QueueFilter::parse("printer owner:me").warnings(), QStringList());
        const QueueFilter unknown = QueueFilter::parse("stauts:open");
        QCOMPARE(unknown.warnings().size(), 1);
        QVERIFY(unknown.warnings().first().contains("stauts"));
        const QueueFilter badValue = QueueFilter::parse("severity:high status:pending");
        QCOMPARE(badValue.warnings().size(), 2);
        QVERIFY(badValue.warnings().at(0).contains("high"));
        QVERIFY(badValue.warnings().at(1).contains("pending"));
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
        // What the cache migration is asked to add (queuesql::recommendedIndexStatements and
        // searchIndexStatements), created here on the test's own cache, as the migration would.
        QSqlQuery q(m_store.database());
        for (const QString &sql : queuesql::recommendedIndexStatements() + queuesql::searchIndexStatements())
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + ": " + sql));
        QVERIFY(queuesql::hasSearchIndex(m_store.database()));
        tearDownModel();
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
    }

    void searchIndexFollowsTheCache()
    {
        // The triggers keep the table equal to the tickets LocalStore writes (it writes with INSERT OR
        // REPLACE and with upserts): a new subject is found, the old one no longer.
        QVERIFY(queuesql::hasSearchIndex(m_store.database()));
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
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec("SELECT (SELECT COUNT(*) FROM tickets_search), (SELECT COUNT(*) FROM tickets)") &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
};

QTEST_MAIN(TestQueueFilter)
#include "tst_queuefilter.moc"
