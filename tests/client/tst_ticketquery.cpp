// TicketQueryEngine and TicketCounter over a real cache of a few thousand tickets written through
// LocalStore::applyPage: counts, every sort key in both directions read page by page (LIMIT/OFFSET near the
// top, keysets deeper down, NULLs where SQLite puts them), the row of a ticket, the first page before a
// count, and the counter's "latest request wins". The expected answers come from the tickets as generated,
// sorted and filtered in C++, never from SQL.

#include "client/localstore.h"
#include "client/query/ticketcounter.h"
#include "client/query/ticketqueryengine.h"
#include "core/timestamp.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace tierdesk;

namespace {

constexpr int TicketCount = 2600; // deeper than the keyset threshold (2000) with pages of 100
constexpr qint64 Me = 7;
constexpr qint64 Now = 1'800'000'000'000;

struct Ref
{
    qint64 id = 0;
    QString subject;
    QString status;
    int severity = 0;
    int priority = 0;
    qint64 ownerId = 0; // 0: none
    int tier = 0;
    qint64 slaDueAt = 0; // 0: none (NULL in the cache)
    qint64 updatedAt = 0;
};

const QStringList Statuses{"new", "open", "waiting_customer", "waiting_internal", "resolved", "closed"};

Ref makeRef(qint64 id)
{
    Ref r;
    r.id = id;
    // Few distinct values per key, so that ties (broken by id) are everywhere.
    r.subject = QStringList{"Printer jams", "printer offline", "VPN drops", "Mail bounces"}.at(id % 4) +
                QStringLiteral(" %1").arg(id % 7);
    r.status = Statuses.at(int((id * 7) % Statuses.size()));
    r.severity = 1 + int(id % 4);
    r.priority = 1 + int((id * 3) % 8);
    r.ownerId = id % 5 == 0 ? 0 : 1 + (id % 9);
    r.tier = 1 + int(id % 3);
    r.slaDueAt = id % 11 == 0 ? 0 : Now + ((id * 37) % 50) * 60000 - 20 * 60000;
    r.updatedAt = Now - ((id * 13) % 400) * 1000;
    return r;
}

QJsonValue time(qint64 ms)
{
    return ms > 0 ? QJsonValue(Timestamp::toIso(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonObject ticketJson(const Ref &r)
{
    return {{"id", r.id},
            {"number", QStringLiteral("TD-%1").arg(r.id)},
            {"subject", r.subject},
            {"status", r.status},
            {"severity", r.severity},
            {"priority", r.priority},
            {"requester_id", 100},
            {"owner_id", r.ownerId > 0 ? QJsonValue(r.ownerId) : QJsonValue(QJsonValue::Null)},
            {"group_id", QJsonValue::Null},
            {"tier", r.tier},
            {"collaborator_ids", QJsonArray{}},
            {"error_codes", QJsonArray{}},
            {"tags", QJsonArray{}},
            {"created_at", time(r.updatedAt - 1000)},
            {"updated_at", time(r.updatedAt)},
            {"first_response_at", QJsonValue::Null},
            {"sla_due_at", time(r.slaDueAt)},
            {"version", 1}};
}

bool isOpen(const Ref &r)
{
    return r.status != "resolved" && r.status != "closed";
}

// The order of a sort key as the engine promises it: the key (NULL smallest), then the id.
QVariantList keyOf(const Ref &r, TicketSortKey key)
{
    const QVariant sla = r.slaDueAt > 0 ? QVariant(r.slaDueAt) : QVariant();
    switch (key) {
    case TicketSortKey::Number:
        return {r.id};
    case TicketSortKey::Subject:
        return {r.subject.toLower(), r.id}; // ASCII only: NOCASE is lower-casing
    case TicketSortKey::Severity:
        return {r.severity, r.id};
    case TicketSortKey::Status:
        return {r.status, r.id};
    case TicketSortKey::Tier:
        return {r.tier, r.id};
    case TicketSortKey::SlaDue:
        return {sla, r.id};
    case TicketSortKey::LastActivity:
        return {r.updatedAt, r.id};
    case TicketSortKey::Priority:
    default:
        return {r.priority, sla, r.id};
    }
}

bool less(const QVariantList &a, const QVariantList &b)
{
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).isNull() != b.at(i).isNull())
            return a.at(i).isNull();
        if (a.at(i).isNull())
            continue;
        const QPartialOrdering c = QVariant::compare(a.at(i), b.at(i));
        if (c == QPartialOrdering::Less)
            return true;
        if (c == QPartialOrdering::Greater)
            return false;
    }
    return false;
}

} // namespace

class TestTicketQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath("cache.sqlite"), &error), qPrintable(error));
        QList<FeedChange> page;
        for (qint64 id = 1; id <= TicketCount; ++id) {
            m_refs << makeRef(id);
            FeedChange c;
            c.seq = id;
            c.entity = "ticket";
            c.id = id;
            c.data = ticketJson(m_refs.last());
            page << c;
        }
        m_store.applyPage(page, TicketCount, true);
        QCOMPARE(m_store.count("ticket"), qint64(TicketCount));
    }

    void countsMatchTheReference_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("filter");
        QTest::newRow("all") << int(TicketView::AllTickets) << QString();
        QTest::newRow("open") << int(TicketView::AllOpen) << QString();
        QTest::newRow("mine") << int(TicketView::MyTickets) << QString();
        QTest::newRow("unassigned tier 2") << int(TicketView::UnassignedInMyTier) << QString();
        QTest::newRow("waiting") << int(TicketView::WaitingOnOthers) << QString();
        QTest::newRow("sla at risk") << int(TicketView::SlaAtRisk) << QString();
        QTest::newRow("printer, severity <= 2") << int(TicketView::AllTickets) << "printer severity:<=2";
        QTest::newRow("open, owner:none") << int(TicketView::AllOpen) << "owner:none";
    }

    void countsMatchTheReference()
    {
        QFETCH(int, view);
        QFETCH(QString, filter);
        TicketQueryEngine engine(&m_store);
        const TicketQuery query = queryOf(TicketView(view), filter);
        engine.setQuery(query);
        bool ok = false;
        const int rows = engine.count(&ok);
        QVERIFY2(ok, qPrintable(engine.lastError()));
        const int expected = int(matching(TicketView(view), filter).size());
        QVERIFY(expected > 0);
        QCOMPARE(rows, expected);
        QCOMPARE(engine.countEach({query, queryOf(TicketView::AllTickets, {})}),
                 (QList<qint64>{expected, TicketCount}));
    }

    // Every key in both directions, read a page at a time the way the queue model does (keysets deeper
    // than 2000 rows), and the row of a few tickets.
    void pagesFollowTheOrder_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("view");
        for (int key = int(TicketSortKey::Number); key <= int(TicketSortKey::LastActivity); ++key) {
            if (key == int(TicketSortKey::Requester) || key == int(TicketSortKey::Owner))
                continue; // names: the cache's copies, not in this reference
            for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)}) {
                for (int view : {int(TicketView::AllTickets), int(TicketView::AllOpen)})
                    QTest::newRow(qPrintable(QString("key %1, %2, view %3")
                                                 .arg(key)
                                                 .arg(order == Qt::AscendingOrder ? "asc" : "desc")
                                                 .arg(view)))
                        << key << order << view;
            }
        }
    }

    void pagesFollowTheOrder()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        QFETCH(int, view);
        TicketQuery query = queryOf(TicketView(view), {});
        query.sortKey = TicketSortKey(key);
        query.sortOrder = Qt::SortOrder(order);
        const QList<qint64> expected = expectedOrder(TicketView(view), {}, query.sortKey, query.sortOrder);

        TicketQueryEngine engine(&m_store);
        engine.setPageSize(100);
        engine.setQuery(query);
        bool ok = false;
        QCOMPARE(engine.count(&ok), int(expected.size()));
        QList<qint64> ids;
        QList<TicketQueryRow> previous;
        for (qint64 offset = 0; offset < expected.size(); offset += 100) {
            const QList<TicketQueryRow> page = engine.page(offset, offset > 0 ? &previous : nullptr, &ok);
            QVERIFY2(ok, qPrintable(engine.lastError()));
            for (const TicketQueryRow &r : page)
                ids << r.id;
            previous = page;
        }
        QCOMPARE(ids, expected);
        for (int row : {0, 1, 150, int(expected.size()) / 2, int(expected.size()) - 1})
            QCOMPARE(engine.rowOf(expected.at(row)), row);
        // A ticket the view does not have has no row.
        if (view == int(TicketView::AllOpen)) {
            const auto closed =
                std::find_if(m_refs.cbegin(), m_refs.cend(), [](const Ref &r) { return !isOpen(r); });
            QCOMPARE(engine.rowOf(closed->id), -1);
        }
        // Re-ordered without making the conditions again: the same rows the other way round.
        const Qt::SortOrder other =
            query.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        engine.setSortOrder(query.sortKey, other);
        const QList<TicketQueryRow> first = engine.page(0, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(first.first().id, expected.last());
    }

    // Before a count the first page is read by a bounded walk of the order's index, falling back to
    // collecting the matches: both give the first page.
    void firstPageBeforeTheCount_data()
    {
        QTest::addColumn<int>("walkBound");
        QTest::newRow("whole cache") << int(TicketQueryEngine::DefaultUncountedWalkBound);
        QTest::newRow("bounded to 150 rows") << 150;
    }

    void firstPageBeforeTheCount()
    {
        QFETCH(int, walkBound);
        for (const QString &filter : {QString("printer"), QString("vpn severity:1 tier:2")}) {
            TicketQueryEngine engine(&m_store);
            engine.setPageSize(50);
            engine.setUncountedWalkBound(walkBound);
            engine.setQuery(queryOf(TicketView::AllTickets, filter));
            engine.setMatches(-1);
            bool ok = false;
            const QList<TicketQueryRow> page = engine.page(0, nullptr, &ok);
            QVERIFY2(ok, qPrintable(engine.lastError()));
            const QList<qint64> expected =
                expectedOrder(TicketView::AllTickets, filter, TicketSortKey::Priority, Qt::AscendingOrder)
                    .mid(0, 50);
            QList<qint64> ids;
            for (const TicketQueryRow &r : page)
                ids << r.id;
            QCOMPARE(ids, expected);
        }
    }

    void counterAnswersTheLatestRequestOnly()
    {
        TicketCounter counter(m_store.path());
        QSignalSpy counted(&counter, &TicketCounter::counted);
        QSignalSpy failed(&counter, &TicketCounter::failed);
        quint64 last = 0;
        for (const char *text : {"p", "pr", "pri", "prin", "print", "printe", "printer"})
            last = counter.count({queryOf(TicketView::AllTickets, text)});
        QCOMPARE(counter.latestTicket(), last);
        QTRY_COMPARE(counted.count(), 1);
        QTest::qWait(100); // and nothing late
        QCOMPARE(counted.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(counted.first().at(0).toULongLong(), last);
        QCOMPARE(counted.first().at(1).value<QList<qint64>>(),
                 (QList<qint64>{qint64(matching(TicketView::AllTickets, "printer").size())}));
        // Several queries in one request: answered in their order.
        const quint64 views =
            counter.count({queryOf(TicketView::MyTickets, {}), queryOf(TicketView::AllOpen, {}),
                           queryOf(TicketView::AllTickets, {})});
        QTRY_COMPARE(counted.count(), 2);
        QCOMPARE(counted.last().at(0).toULongLong(), views);
        QCOMPARE(counted.last().at(1).value<QList<qint64>>(),
                 (QList<qint64>{qint64(matching(TicketView::MyTickets, {}).size()),
                                qint64(matching(TicketView::AllOpen, {}).size()), qint64(TicketCount)}));
        QVERIFY(TicketCounter::canCount(m_store.path()));
        QVERIFY(!TicketCounter::canCount(":memory:"));
        QVERIFY(!TicketCounter::canCount(QString()));
    }

private:
    TicketQuery queryOf(TicketView view, const QString &filter) const
    {
        TicketQuery query;
        query.view = view;
        query.userId = Me;
        query.userTier = 2;
        query.filter = TicketFilter::parse(filter);
        query.nowMs = Now;
        return query;
    }

    // The reference of the views and of the few filter terms used here.
    QList<Ref> matching(TicketView view, const QString &filter) const
    {
        QList<Ref> out;
        for (const Ref &r : m_refs) {
            bool in = false;
            switch (view) {
            case TicketView::MyTickets:
                in = r.ownerId == Me && isOpen(r);
                break;
            case TicketView::UnassignedInMyTier:
                in = r.ownerId == 0 && r.tier == 2 && isOpen(r);
                break;
            case TicketView::WaitingOnOthers:
                in = r.ownerId == Me && r.status.startsWith("waiting_");
                break;
            case TicketView::Vip:
                in = false; // no VIP requesters here
                break;
            case TicketView::SlaAtRisk:
                in = isOpen(r) && r.slaDueAt > 0 && r.slaDueAt <= Now + TicketQuery::SlaRiskWindowMs;
                break;
            case TicketView::AllOpen:
                in = isOpen(r);
                break;
            case TicketView::AllTickets:
                in = true;
                break;
            }
            for (const QString &word : filter.split(' ', Qt::SkipEmptyParts)) {
                if (word == "owner:none")
                    in = in && r.ownerId == 0;
                else if (word == "severity:<=2")
                    in = in && r.severity <= 2;
                else if (word == "severity:1")
                    in = in && r.severity == 1;
                else if (word == "tier:2")
                    in = in && r.tier == 2;
                else
                    in = in && r.subject.contains(word, Qt::CaseInsensitive);
            }
            if (in)
                out << r;
        }
        return out;
    }

    QList<qint64> expectedOrder(TicketView view, const QString &filter, TicketSortKey key,
                                Qt::SortOrder order) const
    {
        QList<Ref> refs = matching(view, filter);
        std::stable_sort(refs.begin(), refs.end(), [&](const Ref &a, const Ref &b) {
            return order == Qt::AscendingOrder ? less(keyOf(a, key), keyOf(b, key))
                                               : less(keyOf(b, key), keyOf(a, key));
        });
        QList<qint64> ids;
        for (const Ref &r : refs)
            ids << r.id;
        return ids;
    }

    QTemporaryDir m_dir;
    LocalStore m_store;
    QList<Ref> m_refs;
};

QTEST_MAIN(TestTicketQuery)
#include "tst_ticketquery.moc"
