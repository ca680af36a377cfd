#pragma once

// What the queue's test programs share (tst_queuemodel, tst_queuefilter, tst_queuerefresh): a real SQLite
// cache (LocalStore) of 12,000 synthetic tickets written through LocalStore::applyPage — the path the sync
// takes — and the reference the tests compare against: the same tickets as LocalStore::tickets() returns
// them (JSON), sorted and filtered by plain C++ code, never by asking SQL again.

#include "client/localstore.h"
#include "core/timestamp.h"
#include "workstation/queue/queuemodel.h"
#include "workstation/queue/syntheticqueue.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace tierdesk::test {

constexpr int TicketCount = 12000;
constexpr qint64 Hour = 3600 * 1000;

// A ticket as the test sees it, read from the JSON LocalStore keeps (not from the SQL columns).
struct Ref
{
    qint64 id = 0;
    qint64 number = 0;
    QString subject;
    QString status;
    int severity = 0;
    int priority = 0;
    qint64 requesterId = 0;
    QString requesterName;
    QString requesterLogin;
    bool vip = false;
    qint64 ownerId = 0;
    QString ownerName;
    QString ownerLogin;
    int tier = 0;
    QString groupName;
    qint64 sla = 0;
    qint64 firstResponse = 0;
    qint64 updated = 0;
    QStringList codes;
    QStringList tags;
};

inline qint64 ms(const QJsonValue &v)
{
    return v.isString() ? Timestamp::fromIso(v.toString()).value_or(0) : 0;
}

inline bool isOpen(const Ref &t)
{
    return t.status == "new" || t.status == "open" || t.status == "waiting_customer" ||
           t.status == "waiting_internal";
}

// SQLite's NOCASE folds ASCII letters only; the model documents that names and subjects sort that way.
inline QString asciiFold(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (c.unicode() < 128)
            c = c.toLower();
    return out;
}

// The key a column sorts by, then the tie-breakers, as the model documents them.
inline QVariantList keysOf(const Ref &t, int column)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return {t.number, t.id};
    case QueueModel::SubjectColumn:
        return {asciiFold(t.subject), t.id};
    case QueueModel::RequesterColumn:
        return {asciiFold(t.requesterName), t.id};
    case QueueModel::SeverityColumn:
        return {t.severity, t.id};
    case QueueModel::PriorityColumn:
        return {t.priority, t.sla, t.id};
    case QueueModel::StatusColumn:
        return {t.status, t.id};
    case QueueModel::OwnerColumn:
        return {t.ownerId ? QVariant(asciiFold(t.ownerName)) : QVariant(QMetaType::fromType<QString>()),
                t.id};
    case QueueModel::TierColumn:
        return {t.tier, t.id};
    case QueueModel::SlaColumn:
        return {t.sla, t.id};
    case QueueModel::LastActivityColumn:
        return {t.updated, t.id};
    }
    return {t.id};
}

// NULL first, then numbers or strings by value (strings by code unit, as SQLite compares UTF-8 bytes).
inline int compareValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull());
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
    const qint64 x = a.toLongLong(), y = b.toLongLong();
    return x < y ? -1 : x > y ? 1 : 0;
}

inline QList<qint64> expectedOrder(QList<Ref> rows, int column, Qt::SortOrder order)
{
    std::sort(rows.begin(), rows.end(), [&](const Ref &a, const Ref &b) {
        const QVariantList ka = keysOf(a, column), kb = keysOf(b, column);
        for (int i = 0; i < ka.size(); ++i) {
            const int c = compareValue(ka.at(i), kb.at(i));
            if (c != 0)
                return order == Qt::AscendingOrder ? c < 0 : c > 0;
        }
        return false;
    });
    QList<qint64> ids;
    for (const Ref &r : rows)
        ids << r.id;
    return ids;
}

inline QList<qint64> modelOrder(QueueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.ticketId(row);
    return ids;
}

inline FeedChange feed(qint64 seq, const QJsonObject &ticket)
{
    FeedChange c;
    c.seq = seq;
    c.entity = "ticket";
    c.id = ticket.value("id").toInteger();
    c.data = ticket;
    return c;
}

struct FilterCase
{
    QString text;
    std::function<bool(const Ref &)> matches;
    bool warns = false;
};

class QueueFixture
{
protected:
    QTemporaryDir m_dir;
    LocalStore m_store;
    SyntheticQueue::Options m_options;
    qint64 m_now = 0;
    QueueUser m_me;
    QList<Ref> m_refs;
    QHash<qint64, Ref> m_byId;
    qint64 m_seq = 1000000;
    bool m_referenceStale = true; // the cache changed since loadReference()
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void loadReference()
    {
        QHash<qint64, QJsonObject> users;
        for (const QJsonObject &u : m_store.users())
            users.insert(u.value("id").toInteger(), u);
        QHash<qint64, QString> groups;
        for (const QJsonObject &g : m_store.groups())
            groups.insert(g.value("id").toInteger(), g.value("name").toString());
        const auto nameOf = [](const QJsonObject &u) {
            const QString name = u.value("name").toString();
            return name.isEmpty() ? u.value("login").toString() : name;
        };
        m_refs.clear();
        m_byId.clear();
        for (const QJsonObject &j : m_store.tickets()) {
            Ref t;
            t.id = j.value("id").toInteger();
            t.number = j.value("number").toString().mid(3).toLongLong();
            t.subject = j.value("subject").toString();
            t.status = j.value("status").toString();
            t.severity = j.value("severity").toInt();
            t.priority = j.value("priority").toInt();
            t.requesterId = j.value("requester_id").toInteger();
            const QJsonObject requester = users.value(t.requesterId);
            t.requesterName = nameOf(requester);
            t.requesterLogin = requester.value("login").toString();
            t.vip = requester.value("importance").toString() == "vip";
            t.ownerId = j.value("owner_id").toInteger();
            if (t.ownerId) {
                t.ownerName = nameOf(users.value(t.ownerId));
                t.ownerLogin = users.value(t.ownerId).value("login").toString();
            }
            t.tier = j.value("tier").toInt();
            t.groupName = groups.value(j.value("group_id").toInteger());
            t.sla = ms(j.value("sla_due_at"));
            t.firstResponse = ms(j.value("first_response_at"));
            t.updated = ms(j.value("updated_at"));
            for (const QJsonValue &v : j.value("error_codes").toArray())
                t.codes << v.toString();
            for (const QJsonValue &v : j.value("tags").toArray())
                t.tags << v.toString();
            m_refs << t;
            m_byId.insert(t.id, t);
        }
    }

    bool inView(const Ref &t, SavedView view) const
    {
        switch (view) {
        case SavedView::MyTickets:
            return t.ownerId == m_me.id && isOpen(t);
        case SavedView::UnassignedInMyTier:
            return t.ownerId == 0 && t.tier == m_me.tier && isOpen(t);
        case SavedView::WaitingOnOthers:
            return t.ownerId == m_me.id && (t.status == "waiting_internal" || t.status == "waiting_customer");
        case SavedView::Vip:
            return t.vip && isOpen(t);
        case SavedView::SlaAtRisk:
            return isOpen(t) && t.firstResponse == 0 && t.sla > 0 && t.sla <= m_now + Hour;
        case SavedView::AllOpen:
            return isOpen(t);
        case SavedView::AllTickets:
            return true;
        }
        return false;
    }

    QList<Ref> refsWhere(const std::function<bool(const Ref &)> &keep) const
    {
        QList<Ref> out;
        for (const Ref &r : m_refs)
            if (keep(r))
                out << r;
        return out;
    }

    std::unique_ptr<QueueModel> newModel()
    {
        auto model = std::make_unique<QueueModel>(&m_store);
        model->setClock([this] { return m_now; });
        model->setCurrentUser(m_me);
        model->setRefreshDelay(0);
        // Counts at once, so that rowCount() can be compared straight after a change; the background count
        // has tests of its own (tst_queuefilter).
        model->setBackgroundCounting(false);
        return model;
    }

    void applyTicket(const QJsonObject &ticket)
    {
        ++m_seq;
        m_store.applyPage({feed(m_seq, ticket)}, m_seq, true);
        m_referenceStale = true;
    }

    QList<FilterCase> filterCases() const
    {
        const qint64 me = m_me.id;
        const auto contains = [](const QString &hay, const QString &needle) {
            return hay.contains(needle, Qt::CaseInsensitive);
        };
        const auto text = [contains](const Ref &t, const QString &w) {
            return contains(t.subject, w) || contains(t.codes.join(','), w);
        };
        return {
            {"printer", [=](const Ref &t) { return text(t, "printer"); }},
            {"PRINTER slow", [=](const Ref &t) { return text(t, "printer") && text(t, "slow"); }},
            {"\"blank pages\"", [=](const Ref &t) { return text(t, "blank pages"); }},
            {"E-4012", [=](const Ref &t) { return text(t, "E-4012"); }},
            {"ora-12170", [=](const Ref &t) { return text(t, "ORA-12170"); }},
            {"TD-1234", [=](const Ref &t) { return t.number == 1234 || text(t, "TD-1234"); }},
            {"#77", [=](const Ref &t) { return t.number == 77 || text(t, "#77"); }},
            {"1001", [=](const Ref &t) { return t.number == 1001 || text(t, "1001"); }},
            {"status:open", [](const Ref &t) { return t.status == "open"; }},
            {"status:waiting", [](const Ref &t) { return t.status.startsWith("waiting_"); }},
            {"status:new,resolved", [](const Ref &t) { return t.status == "new" || t.status == "resolved"; }},
            {"status:closed", [](const Ref &t) { return t.status == "closed"; }},
            {"owner:me", [=](const Ref &t) { return t.ownerId == me; }},
            {"owner:none", [](const Ref &t) { return t.ownerId == 0; }},
            {"owner:Synth-Agent5", [](const Ref &t) { return t.ownerLogin == "synth-agent5"; }},
            {"requester:synth-customer20",
             [](const Ref &t) { return t.requesterLogin == "synth-customer20"; }},
            {"severity:1", [](const Ref &t) { return t.severity == 1; }},
            {"severity:<=2", [](const Ref &t) { return t.severity <= 2; }},
            {"priority:>6", [](const Ref &t) { return t.priority > 6; }},
            {"priority:<3", [](const Ref &t) { return t.priority < 3; }},
            {"tier:3", [](const Ref &t) { return t.tier == 3; }},
            {"tier:>=2", [](const Ref &t) { return t.tier >= 2; }},
            {"vip:yes", [](const Ref &t) { return t.vip; }},
            {"vip:no", [](const Ref &t) { return !t.vip; }},
            {"tag:VPN", [](const Ref &t) { return t.tags.contains("vpn"); }},
            {"code:0x80070005", [](const Ref &t) { return t.codes.contains("0x80070005"); }},
            {"group:spec", [](const Ref &t) { return t.groupName == "Specialists"; }},
            {"group:\"Service desk\"", [](const Ref &t) { return t.groupName == "Service desk"; }},
            {"vpn status:open severity:<=2 owner:none",
             [=](const Ref &t) {
                 return text(t, "vpn") && t.status == "open" && t.severity <= 2 && t.ownerId == 0;
             }},
            {"status:", [](const Ref &) { return true; }}, // a term still being typed filters nothing yet
            // Mistakes are searched as text (and warned about): nothing has these words.
            {"stauts:open", [=](const Ref &t) { return text(t, "stauts:open"); }, true},
            {"severity:high", [=](const Ref &t) { return text(t, "severity:high"); }, true},
            {"vip:maybe", [=](const Ref &t) { return text(t, "vip:maybe"); }, true},
            // LIKE wildcards and quotes are text, and nothing typed reaches the SQL unbound.
            {"%", [=](const Ref &t) { return text(t, "%"); }},
            {"_", [=](const Ref &t) { return text(t, "_"); }},
            {"'; DROP TABLE tickets; --",
             [=](const Ref &t) {
                 return text(t, "';") && text(t, "DROP") && text(t, "TABLE") && text(t, "tickets;") &&
                        text(t, "--");
             }},
        };
    }

    // Opens the cache and fills it (12,000 tickets, a nameless customer); call from initTestCase() (a failed
    // check inside is reported by QTest and ends it early).
    void setUpFixture()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath("cache.sqlite"), &error), qPrintable(error));
        // Whole minutes, so that the clock the views count from and the ISO times in the JSON agree exactly.
        m_now = (Timestamp::nowMs() / 60000) * 60000;
        m_options.tickets = TicketCount;
        m_options.nowMs = m_now;
        m_options.currentUserId = 4; // synth-agent4, tier 1
        QCOMPARE(SyntheticQueue::fill(&m_store, m_options), TicketCount);
        m_me = QueueUser::fromStore(&m_store);
        QCOMPARE(m_me.id, 4);
        QCOMPARE(m_me.tier, 1);
        QCOMPARE(m_me.login, QStringLiteral("synth-agent4"));
        // A user without a display name is shown (and sorted) by login.
        ++m_seq;
        FeedChange nameless;
        nameless.seq = m_seq;
        nameless.entity = "user";
        nameless.id = 2000;
        nameless.data =
            QJsonObject{{"id", 2000}, {"login", "zz-nameless"}, {"name", ""}, {"role", "customer"}};
        m_store.applyPage({nameless}, m_seq, true);
        QJsonObject t = SyntheticQueue::ticket(TicketCount + 1, m_options);
        t.insert("requester_id", 2000);
        applyTicket(t);
    }

    // Re-reads the reference if the cache changed and gives the test a fresh model watched by a model tester.
    void setUpModel()
    {
        if (m_referenceStale) {
            loadReference();
            m_referenceStale = false;
        }
        QVERIFY(m_refs.size() >= TicketCount);
        m_model = newModel();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void tearDownModel()
    {
        m_tester.reset();
        m_model.reset();
    }
};

} // namespace tierdesk::test
