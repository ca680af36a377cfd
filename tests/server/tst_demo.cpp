// The demo data (--demo, resources/demo/demo.json) as the product needs it, seen over HTTP by agent1: enough
// tickets and articles, six languages, a major incident, a ticket parked with a specialist, the priority rule
// on shouting and VIP tickets, the queue order, a duplicate pair, articles for the tickets' error codes; and
// --demo on a seeded database seeds nothing twice.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <tuple>

using namespace tierdesk::test;

namespace {

const QStringList Languages{QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk"),
                            QStringLiteral("ru"), QStringLiteral("id"), QStringLiteral("ro")};

qint64 idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toInteger();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

int number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInt();
}

QDateTime timestamp(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(text(object, key), Qt::ISODateWithMs);
}

QSet<QString> stringSet(const QJsonValue &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array.toArray())
        set.insert(value.toString());
    return set;
}

bool isShouting(const QString &subject)
{
    int letters = 0;
    for (const QChar c : subject) {
        if (!c.isLetter())
            continue;
        if (c.isLower())
            return false;
        ++letters;
    }
    return letters >= 5;
}

bool containsAny(const QString &text, const QString &characters)
{
    return std::any_of(characters.cbegin(), characters.cend(), [&text](QChar c) { return text.contains(c); });
}

bool isUnresolved(const QJsonObject &ticket)
{
    static const QSet<QString> unresolved{QStringLiteral("new"), QStringLiteral("open"),
                                          QStringLiteral("waiting_customer"),
                                          QStringLiteral("waiting_internal")};
    return unresolved.contains(text(ticket, "status")) &&
           ticket.value(QLatin1String("merged_into_id")).isNull();
}

// PriorityRule: 1 (critical, VIP) .. 8 (low, standard). The subject's wording never counts.
int expectedPriority(int severity, bool vip)
{
    return 2 * (severity - 1) + (vip ? 1 : 2);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString demoFile = QFINDTESTDATA("../../resources/demo/demo.json");
        QVERIFY2(!demoFile.isEmpty(), "cannot find resources/demo/demo.json next to the sources");
        QFile file(demoFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        m_demo = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_demo.isEmpty());

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QVERIFY(loadAll());
    }

    void demoAccounts()
    {
        // Every documented account logs in with "demo" and has the documented role, tier and importance.
        struct Expected
        {
            const char *login;
            const char *role;
            int tier;
            const char *importance;
        };
        const Expected accounts[] = {
            {"admin", "admin", 0, nullptr},           {"supervisor", "supervisor", 0, nullptr},
            {"agent1", "agent", 1, nullptr},          {"agent2", "agent", 2, nullptr},
            {"agent3", "agent", 3, nullptr},          {"customer1", "customer", 0, "standard"},
            {"customer2", "customer", 0, "standard"}, {"vip1", "customer", 0, "vip"},
        };
        for (const Expected &e : accounts) {
            ApiClient client(m_server);
            QVERIFY(client.login(QString::fromLatin1(e.login), QStringLiteral("demo")));
            const QJsonObject user = client.user();
            QCOMPARE(text(user, "login"), QString::fromLatin1(e.login));
            QCOMPARE(text(user, "role"), QString::fromLatin1(e.role));
            if (e.tier)
                QCOMPARE(number(user, "tier"), e.tier);
            else
                QVERIFY2(user.value(QLatin1String("tier")).isNull(), e.login);
            if (e.importance)
                QCOMPARE(text(user, "importance"), QString::fromLatin1(e.importance));
        }
    }

    void enoughData()
    {
        QVERIFY2(m_tickets.size() >= 30, qPrintable(QString::number(m_tickets.size())));
        QVERIFY2(m_articles.size() >= 15, qPrintable(QString::number(m_articles.size())));
        // Everything in the demo file was seeded, nothing more.
        QCOMPARE(m_tickets.size(), m_demo.value(QLatin1String("tickets")).toArray().size());
        QCOMPARE(m_articles.size(), m_demo.value(QLatin1String("articles")).toArray().size());
        QCOMPARE(m_users.size(), m_demo.value(QLatin1String("users")).toArray().size());

        // Paging gave every ticket exactly once.
        QSet<qint64> ids;
        for (const QJsonObject &t : std::as_const(m_tickets))
            ids.insert(idOf(t));
        QCOMPARE(ids.size(), m_tickets.size());

        // All subjects of the file are there.
        QSet<QString> subjects;
        for (const QJsonObject &t : std::as_const(m_tickets))
            subjects.insert(text(t, "subject"));
        for (const QJsonValue &t : m_demo.value(QLatin1String("tickets")).toArray()) {
            const QString subject = t.toObject().value(QLatin1String("subject")).toString();
            QVERIFY2(subjects.contains(subject), qPrintable(subject));
        }
    }

    void ticketsInSixLanguages()
    {
        QHash<QString, QStringList> subjectsByLanguage;
        for (const QJsonObject &t : std::as_const(m_tickets)) {
            const QJsonObject requester =
                m_usersById.value(t.value(QLatin1String("requester_id")).toInteger());
            QVERIFY2(!requester.isEmpty(), qPrintable(text(t, "number")));
            subjectsByLanguage[text(requester, "lang")].append(text(t, "subject"));
        }
        for (const QString &lang : Languages) {
            QVERIFY2(
                subjectsByLanguage.value(lang).size() >= 2,
                qPrintable(QStringLiteral("fewer than two tickets from %1-speaking requesters").arg(lang)));
        }

        // And the texts really are in those languages (letters only they use).
        const auto someSubject = [&](const QString &lang, const QString &letters) {
            const QStringList subjects = subjectsByLanguage.value(lang);
            return std::any_of(subjects.cbegin(), subjects.cend(),
                               [&letters](const QString &s) { return containsAny(s, letters); });
        };
        QVERIFY2(someSubject(QStringLiteral("pl"), QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")),
                 "no Polish subject");
        QVERIFY2(someSubject(QStringLiteral("uk"), QStringLiteral("іїєґІЇЄҐ")), "no Ukrainian subject");
        QVERIFY2(someSubject(QStringLiteral("ru"), QStringLiteral("ыэъёЫЭЪЁ")), "no Russian subject");
        QVERIFY2(someSubject(QStringLiteral("ro"), QStringLiteral("ăâîșțĂÂÎȘȚ")), "no Romanian subject");
        const auto hasWord = [&](const QString &lang, const QStringList &words) {
            const QStringList subjects = subjectsByLanguage.value(lang);
            return std::any_of(subjects.cbegin(), subjects.cend(), [&words](const QString &s) {
                return std::any_of(words.cbegin(), words.cend(),
                                   [&s](const QString &w) { return s.contains(w, Qt::CaseInsensitive); });
            });
        };
        QVERIFY2(hasWord(QStringLiteral("id"),
                         {QStringLiteral("tidak"), QStringLiteral("dengan"), QStringLiteral("gagal")}),
                 "no Indonesian subject");
        QVERIFY2(hasWord(QStringLiteral("en"),
                         {QStringLiteral(" the "), QStringLiteral(" with "), QStringLiteral(" fails")}),
                 "no English subject");
    }

    void incidentWithLinkedTickets()
    {
        const ApiReply r = m_agent.get(QStringLiteral("/api/v1/incidents"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonArray incidents = r.jsonArray();
        QVERIFY(!incidents.isEmpty());
        bool found = false;
        for (const QJsonValue &value : incidents) {
            const QJsonObject incident = value.toObject();
            QSet<qint64> tickets;
            QSet<qint64> requesters;
            for (const QJsonObject &t : std::as_const(m_tickets)) {
                if (t.value(QLatin1String("incident_id")).toInteger() == idOf(incident)) {
                    tickets.insert(idOf(t));
                    requesters.insert(t.value(QLatin1String("requester_id")).toInteger());
                }
            }
            if (tickets.size() >= 3 && requesters.size() >= 3) {
                found = true;
                QCOMPARE(text(incident, "status"), QStringLiteral("open"));
                QVERIFY(!text(incident, "title").isEmpty());
                QVERIFY(!text(incident, "description").isEmpty());
                // Linked tickets are found by ?q= or the list as any other; each linked one is readable.
                for (qint64 id : std::as_const(tickets)) {
                    const ApiReply one = m_agent.get(QStringLiteral("/api/v1/tickets/%1").arg(id));
                    QCOMPARE(one.status, 200);
                    QCOMPARE(one.json().value(QLatin1String("incident_id")).toInteger(), idOf(incident));
                }
            }
        }
        QVERIFY2(found, "no incident with at least 3 tickets from at least 3 requesters");
    }

    void ticketWaitingOnSpecialist()
    {
        const QDateTime threeDaysAgo = QDateTime::currentDateTimeUtc().addDays(-3);
        bool found = false;
        for (const QJsonObject &t : std::as_const(m_tickets)) {
            if (text(t, "status") != QLatin1String("waiting_internal"))
                continue;
            const QDateTime updated = timestamp(t, "updated_at");
            QVERIFY2(updated.isValid(), qPrintable(text(t, "updated_at")));
            if (updated > threeDaysAgo)
                continue;
            const QJsonValue owner = t.value(QLatin1String("owner_id"));
            const QJsonArray collaborators = t.value(QLatin1String("collaborator_ids")).toArray();
            if (owner.isNull() || collaborators.isEmpty())
                continue;
            // The owner keeps the ticket; a specialist of a higher tier helps as a collaborator.
            const QJsonObject ownerUser = m_usersById.value(owner.toInteger());
            QCOMPARE(text(ownerUser, "role"), QStringLiteral("agent"));
            for (const QJsonValue &c : collaborators) {
                const QJsonObject collaborator = m_usersById.value(c.toInteger());
                QVERIFY(c.toInteger() != owner.toInteger());
                if (text(collaborator, "role") == QLatin1String("agent") &&
                    number(collaborator, "tier") > number(ownerUser, "tier"))
                    found = true;
            }
        }
        QVERIFY2(found, "no waiting_internal ticket untouched for 3 days with an owner and a higher-tier "
                        "collaborator");
    }

    void everyTicketFollowsPriorityRule()
    {
        for (const QJsonObject &t : std::as_const(m_tickets)) {
            const QJsonObject requester =
                m_usersById.value(t.value(QLatin1String("requester_id")).toInteger());
            const bool vip = text(requester, "importance") == QLatin1String("vip");
            QVERIFY2(number(t, "priority") == expectedPriority(number(t, "severity"), vip),
                     qPrintable(QStringLiteral("%1 '%2': severity %3, %4 requester, priority %5")
                                    .arg(text(t, "number"), text(t, "subject"))
                                    .arg(number(t, "severity"))
                                    .arg(vip ? QStringLiteral("VIP") : QStringLiteral("standard"))
                                    .arg(number(t, "priority"))));
        }
    }

    void shoutingDoesNotRaisePriority()
    {
        QList<QJsonObject> shouting;
        for (const QJsonObject &t : std::as_const(m_tickets)) {
            if (isShouting(text(t, "subject")))
                shouting.append(t);
        }
        QVERIFY2(!shouting.isEmpty(), "no all-caps subject among the demo tickets");
        int compared = 0;
        for (const QJsonObject &caps : std::as_const(shouting)) {
            const QJsonObject requester =
                m_usersById.value(caps.value(QLatin1String("requester_id")).toInteger());
            const bool vip = text(requester, "importance") == QLatin1String("vip");
            const int severity = number(caps, "severity");
            QCOMPARE(number(caps, "priority"), expectedPriority(severity, vip));
            if (vip)
                continue;
            // A calm ticket of the same severity from a standard customer ranks exactly the same.
            for (const QJsonObject &calm : std::as_const(m_tickets)) {
                if (idOf(calm) == idOf(caps) || isShouting(text(calm, "subject")) ||
                    number(calm, "severity") != severity || !isStandardCustomer(calm))
                    continue;
                QVERIFY2(number(calm, "priority") == number(caps, "priority"),
                         qPrintable(QStringLiteral("'%1' has priority %2, '%3' has %4")
                                        .arg(text(caps, "subject"))
                                        .arg(number(caps, "priority"))
                                        .arg(text(calm, "subject"))
                                        .arg(number(calm, "priority"))));
                ++compared;
            }
        }
        QVERIFY2(compared > 0, "no calm standard ticket with the severity of the all-caps one");
    }

    void vipTicketsRankFirst()
    {
        const qint64 vipId = idOf(userByLogin(QStringLiteral("vip1")));
        QVERIFY(vipId > 0);
        QCOMPARE(text(m_usersById.value(vipId), "importance"), QStringLiteral("vip"));
        QList<qint64> order;
        for (const QJsonObject &t : std::as_const(m_tickets))
            order.append(idOf(t));

        int vipTickets = 0;
        int compared = 0;
        for (const QJsonObject &vip : std::as_const(m_tickets)) {
            if (vip.value(QLatin1String("requester_id")).toInteger() != vipId)
                continue;
            ++vipTickets;
            QVERIFY2(number(vip, "priority") % 2 == 1,
                     qPrintable(QStringLiteral("VIP ticket '%1' has even priority %2")
                                    .arg(text(vip, "subject"))
                                    .arg(number(vip, "priority"))));
            for (const QJsonObject &standard : std::as_const(m_tickets)) {
                if (number(standard, "severity") != number(vip, "severity") || !isStandardCustomer(standard))
                    continue;
                QVERIFY(number(vip, "priority") < number(standard, "priority"));
                QVERIFY2(order.indexOf(idOf(vip)) < order.indexOf(idOf(standard)),
                         qPrintable(QStringLiteral("'%1' (VIP) is listed after '%2'")
                                        .arg(text(vip, "subject"), text(standard, "subject"))));
                ++compared;
            }
        }
        QVERIFY2(vipTickets >= 2, "vip1 should have several demo tickets");
        QVERIFY(compared > 0);
    }

    void defaultOrderIsPriorityThenSla()
    {
        for (qsizetype i = 1; i < m_tickets.size(); ++i) {
            const QJsonObject &a = m_tickets.at(i - 1);
            const QJsonObject &b = m_tickets.at(i);
            const QDateTime slaA = timestamp(a, "sla_due_at");
            const QDateTime slaB = timestamp(b, "sla_due_at");
            QVERIFY2(slaA.isValid() && slaB.isValid(),
                     qPrintable(text(a, "sla_due_at") + text(b, "sla_due_at")));
            const auto key = [](const QJsonObject &t, const QDateTime &sla) {
                return std::make_tuple(number(t, "priority"), sla.toMSecsSinceEpoch(), idOf(t));
            };
            QVERIFY2(key(a, slaA) < key(b, slaB),
                     qPrintable(
                         QStringLiteral("%1 (priority %2, due %3) is listed before %4 (priority %5, due %6)")
                             .arg(text(a, "number"))
                             .arg(number(a, "priority"))
                             .arg(text(a, "sla_due_at"), text(b, "number"))
                             .arg(number(b, "priority"))
                             .arg(text(b, "sla_due_at"))));
        }
        // The first page alone, without a cursor, starts the same way.
        const ApiReply first = m_agent.get(QStringLiteral("/api/v1/tickets?limit=5"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.jsonArray().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(idOf(first.jsonArray().at(i).toObject()), idOf(m_tickets.at(i)));
    }

    void duplicatePair()
    {
        bool found = false;
        for (qsizetype i = 0; i < m_tickets.size() && !found; ++i) {
            for (qsizetype j = i + 1; j < m_tickets.size() && !found; ++j) {
                const QJsonObject &a = m_tickets.at(i);
                const QJsonObject &b = m_tickets.at(j);
                if (a.value(QLatin1String("requester_id")) != b.value(QLatin1String("requester_id")) ||
                    !isUnresolved(a) || !isUnresolved(b))
                    continue;
                if (stringSet(a.value(QLatin1String("error_codes")))
                        .intersects(stringSet(b.value(QLatin1String("error_codes")))))
                    found = true;
            }
        }
        QVERIFY2(found, "no two unresolved tickets of one requester sharing an error code");
    }

    void articlesForTicketErrorCodes()
    {
        QSet<QString> articleCodes;
        for (const QJsonObject &a : std::as_const(m_articles))
            articleCodes.unite(stringSet(a.value(QLatin1String("error_codes"))));
        QSet<QString> ticketCodes;
        for (const QJsonObject &t : std::as_const(m_tickets))
            ticketCodes.unite(stringSet(t.value(QLatin1String("error_codes"))));
        const QSet<QString> covered = QSet<QString>(ticketCodes).intersect(articleCodes);
        QVERIFY2(covered.size() >= 10,
                 qPrintable(QStringLiteral("only %1 of %2 ticket error codes have an article")
                                .arg(covered.size())
                                .arg(ticketCodes.size())));

        // The incident's code and the duplicate pair's code lead to an article through the filter, too.
        for (const QString &code : {QStringLiteral("SMTP-421"), QStringLiteral("TD-E1042")}) {
            QVERIFY(ticketCodes.contains(code));
            const ApiReply r = m_agent.get(QStringLiteral("/api/v1/kb/articles?error_code=") +
                                           QString::fromLatin1(QUrl::toPercentEncoding(code)));
            QCOMPARE(r.status, 200);
            QVERIFY2(!r.jsonArray().isEmpty(), qPrintable(code));
        }
    }

    void demoIsSeededOnce()
    {
        const qsizetype tickets = m_tickets.size();
        const qsizetype articles = m_articles.size();
        const qsizetype users = m_users.size();
        const ApiReply incidents = m_agent.get(QStringLiteral("/api/v1/incidents"));
        QCOMPARE(incidents.status, 200);

        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.arguments().contains(QStringLiteral("--demo")));
        QVERIFY(m_agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QVERIFY(loadAll());
        QCOMPARE(m_tickets.size(), tickets);
        QCOMPARE(m_articles.size(), articles);
        QCOMPARE(m_users.size(), users);
        const ApiReply incidentsAfter = m_agent.get(QStringLiteral("/api/v1/incidents"));
        QCOMPARE(incidentsAfter.jsonArray().size(), incidents.jsonArray().size());
    }

private:
    bool isStandardCustomer(const QJsonObject &ticket) const
    {
        const QJsonObject requester =
            m_usersById.value(ticket.value(QLatin1String("requester_id")).toInteger());
        return text(requester, "role") == QLatin1String("customer") &&
               text(requester, "importance") == QLatin1String("standard");
    }

    QJsonObject userByLogin(const QString &login) const
    {
        for (const QJsonObject &u : m_users) {
            if (text(u, "login") == login)
                return u;
        }
        return {};
    }

    // Every ticket in the default order (by following the cursor), every article and every user.
    bool loadAll()
    {
        m_tickets.clear();
        QString cursor;
        for (int page = 0;; ++page) {
            if (page > 200) {
                qWarning() << "the ticket cursor never ends";
                return false;
            }
            QString path = QStringLiteral("/api/v1/tickets?limit=7");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const ApiReply r = m_agent.get(path);
            if (r.status != 200) {
                qWarning().noquote() << "GET" << path << r.describe();
                return false;
            }
            for (const QJsonValue &t : r.jsonArray())
                m_tickets.append(t.toObject());
            const QJsonValue next = r.json().value(QLatin1String("next"));
            if (!next.isNull() && !next.isString()) {
                qWarning().noquote() << "\"next\" is neither a string nor null:" << r.describe();
                return false;
            }
            if (next.isNull())
                break;
            if (r.jsonArray().isEmpty()) {
                qWarning().noquote() << "an empty page with a next cursor:" << r.describe();
                return false;
            }
            cursor = next.toString();
        }

        const ApiReply articles = m_agent.get(QStringLiteral("/api/v1/kb/articles?limit=500"));
        const ApiReply users = m_agent.get(QStringLiteral("/api/v1/users"));
        if (articles.status != 200 || users.status != 200) {
            qWarning().noquote() << articles.describe() << users.describe();
            return false;
        }
        m_articles.clear();
        for (const QJsonValue &a : articles.jsonArray())
            m_articles.append(a.toObject());
        m_users.clear();
        m_usersById.clear();
        for (const QJsonValue &u : users.jsonArray()) {
            m_users.append(u.toObject());
            m_usersById.insert(idOf(u.toObject()), u.toObject());
        }
        return true;
    }

    QJsonObject m_demo;
    QList<QJsonObject> m_tickets; // in the default list order
    QList<QJsonObject> m_articles;
    QList<QJsonObject> m_users;
    QHash<qint64, QJsonObject> m_usersById;
    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_agent{m_server};
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
