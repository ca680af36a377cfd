// Notifications: who is told what (assignment, replies), their list with cursor paging, marking read, and
// the change feed's "notification" entity reaching its recipient alone.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace tierdesk::test;

namespace {

HttpHeaders ifMatch(qint64 version)
{
    return {{"If-Match", "\"" + QByteArray::number(version) + "\""}};
}

QString uniqueSubject(const QString &prefix)
{
    return prefix + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The caller's notifications about one ticket, newest first (every page read).
QList<QJsonObject> notificationsAbout(ApiClient &api, qint64 ticketId)
{
    QList<QJsonObject> out;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const ApiReply r = api.get(QStringLiteral("/api/v1/notifications?limit=200") +
                                   (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        if (r.status != 200) {
            qWarning() << r.describe();
            return out;
        }
        for (const QJsonValue &v : r.jsonArray()) {
            if (v.toObject().value("ticket_id").toInteger() == ticketId)
                out.append(v.toObject());
        }
        cursor = r.json().value("next").toString();
        if (cursor.isEmpty())
            break;
    }
    return out;
}

// Every notification entry of the caller's change feed.
QList<QJsonObject> feedNotifications(ApiClient &api)
{
    QList<QJsonObject> out;
    qint64 since = 0;
    for (int page = 0; page < 1000; ++page) {
        const ApiReply r = api.get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since));
        if (r.status != 200) {
            qWarning() << r.describe();
            return out;
        }
        for (const QJsonValue &v : r.jsonArray(QStringLiteral("changes"))) {
            if (v.toObject().value("entity").toString() == QLatin1String("notification"))
                out.append(v.toObject());
        }
        since = r.json().value("next").toInteger();
        if (!r.json().value("more").toBool())
            break;
    }
    return out;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_agent.login("agent1", "demo"));
        QVERIFY(m_agent2.login("agent2", "demo"));
        QVERIFY(m_customer.login("customer1", "demo"));
        QVERIFY(m_other.login("customer2", "demo"));
    }

    void assigningNotifiesTheAssignee()
    {
        const QJsonObject t = newTicket(QStringLiteral("Scanner jams"));
        const qint64 id = t.value("id").toInteger();
        const qint64 agent2 = m_agent2.user().value("id").toInteger();
        const ApiReply patched =
            m_agent.patch(QStringLiteral("/api/v1/tickets/%1").arg(id), QJsonObject{{"owner_id", agent2}},
                          ifMatch(t.value("version").toInteger()));
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));

        const QList<QJsonObject> told = notificationsAbout(m_agent2, id);
        QCOMPARE(told.size(), 1);
        const QJsonObject n = told.first();
        QCOMPARE(n.value("kind").toString(), QStringLiteral("assigned"));
        QCOMPARE(n.value("user_id").toInteger(), agent2);
        QVERIFY(n.value("read_at").isNull());
        QVERIFY2(n.value("text").toString().contains(t.value("subject").toString()),
                 qPrintable(n.value("text").toString()));
        QVERIFY(n.value("text").toString().contains(t.value("number").toString()));
        QVERIFY(n.value("created_at").toString().endsWith(QLatin1Char('Z')));
        // Whoever assigned it and the customer are not told of it.
        QVERIFY(notificationsAbout(m_agent, id).isEmpty());
        QVERIFY(notificationsAbout(m_customer, id).isEmpty());
    }

    void takingATicketOneselfTellsNobody()
    {
        const QJsonObject t = newTicket(QStringLiteral("Mouse lags"));
        const qint64 id = t.value("id").toInteger();
        const ApiReply patched = m_agent.patch(QStringLiteral("/api/v1/tickets/%1").arg(id),
                                               QJsonObject{{"owner_id", m_agent.user().value("id")}},
                                               ifMatch(t.value("version").toInteger()));
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
        QVERIFY(notificationsAbout(m_agent, id).isEmpty());
    }

    void repliesNotifyTheOtherSide()
    {
        const QJsonObject t = newTicket(QStringLiteral("Mail bounces"));
        const qint64 id = t.value("id").toInteger();
        // agent2 owns it (assigned by agent1), so a customer's reply has someone to tell.
        const ApiReply patched = m_agent.patch(QStringLiteral("/api/v1/tickets/%1").arg(id),
                                               QJsonObject{{"owner_id", m_agent2.user().value("id")}},
                                               ifMatch(t.value("version").toInteger()));
        QVERIFY2(patched.status == 200, qPrintable(patched.describe()));

        const QString path = QStringLiteral("/api/v1/tickets/%1/messages").arg(id);
        ApiReply r =
            m_agent2.post(path, QJsonObject{{"kind", "internal"}, {"body", "Customer on old client."}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        QVERIFY2(notificationsAbout(m_customer, id).isEmpty(), "an internal note told the customer");

        r = m_agent2.post(path, QJsonObject{{"kind", "public"}, {"body", "Please send the bounce message."}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        QList<QJsonObject> told = notificationsAbout(m_customer, id);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value("kind").toString(), QStringLiteral("reply"));
        QCOMPARE(told.first().value("text").toString(), QStringLiteral("Please send the bounce message."));

        const int before = notificationsAbout(m_agent2, id).size(); // the assignment
        r = m_customer.post(path,
                            QJsonObject{{"kind", "public"}, {"body", "Here it is: 550 5.1.1 user unknown."}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        told = notificationsAbout(m_agent2, id);
        QCOMPARE(told.size(), before + 1);
        QCOMPARE(told.first().value("kind").toString(), QStringLiteral("reply"));
        QVERIFY(told.first().value("text").toString().startsWith(QLatin1String("Here it is")));
        // The customer's own reply does not notify the customer.
        QCOMPARE(notificationsAbout(m_customer, id).size(), 1);
    }

    void markReadIsTheRecipientsAlone()
    {
        const QJsonObject t = newTicket(QStringLiteral("Badge reader"));
        const qint64 id = t.value("id").toInteger();
        QVERIFY(m_agent
                    .patch(QStringLiteral("/api/v1/tickets/%1").arg(id),
                           QJsonObject{{"owner_id", m_agent2.user().value("id")}},
                           ifMatch(t.value("version").toInteger()))
                    .status == 200);
        const QJsonObject n = notificationsAbout(m_agent2, id).value(0);
        const qint64 nid = n.value("id").toInteger();
        QVERIFY(nid > 0);
        const QString readPath = QStringLiteral("/api/v1/notifications/%1/read").arg(nid);

        // Somebody else's notification is as unknown as one that does not exist.
        ApiReply r = m_agent.post(readPath, QJsonObject{});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        r = m_other.post(readPath, QJsonObject{});
        QCOMPARE(r.status, 404);
        QCOMPARE(m_agent2.post(QStringLiteral("/api/v1/notifications/999999999/read"), QJsonObject{}).status,
                 404);
        QVERIFY(notificationsAbout(m_agent2, id).value(0).value("read_at").isNull());

        const int unreadBefore =
            m_agent2.get(QStringLiteral("/api/v1/notifications")).json().value("unread").toInt();
        r = m_agent2.post(readPath, QJsonObject{});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QString readAt = r.json().value("read_at").toString();
        QVERIFY(readAt.endsWith(QLatin1Char('Z')));
        QCOMPARE(m_agent2.get(QStringLiteral("/api/v1/notifications")).json().value("unread").toInt(),
                 unreadBefore - 1);
        // Reading it again keeps the first time.
        QTest::qWait(5);
        r = m_agent2.post(readPath, QJsonObject{});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("read_at").toString(), readAt);
    }

    void readAllClearsTheBell()
    {
        for (int i = 0; i < 3; ++i) {
            const QJsonObject t = newTicket(QStringLiteral("Printer %1").arg(i));
            QVERIFY(m_agent
                        .patch(QStringLiteral("/api/v1/tickets/%1").arg(t.value("id").toInteger()),
                               QJsonObject{{"owner_id", m_agent2.user().value("id")}},
                               ifMatch(t.value("version").toInteger()))
                        .status == 200);
        }
        const int unread =
            m_agent2.get(QStringLiteral("/api/v1/notifications")).json().value("unread").toInt();
        QVERIFY(unread >= 3);
        const ApiReply r = m_agent2.post(QStringLiteral("/api/v1/notifications/read-all"), QJsonObject{});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json().value("updated").toInt(), unread);
        const ApiReply after = m_agent2.get(QStringLiteral("/api/v1/notifications"));
        QCOMPARE(after.json().value("unread").toInt(), 0);
        for (const QJsonValue &v : after.jsonArray())
            QVERIFY(!v.toObject().value("read_at").isNull());
        QCOMPARE(m_agent2.post(QStringLiteral("/api/v1/notifications/read-all"), QJsonObject{})
                     .json()
                     .value("updated")
                     .toInt(),
                 0);
    }

    void pagesNewestFirst()
    {
        for (int i = 0; i < 5; ++i) {
            const QJsonObject t = newTicket(QStringLiteral("Paging %1").arg(i));
            QVERIFY(m_agent2
                        .patch(QStringLiteral("/api/v1/tickets/%1").arg(t.value("id").toInteger()),
                               QJsonObject{{"owner_id", m_agent.user().value("id")}},
                               ifMatch(t.value("version").toInteger()))
                        .status == 200);
        }
        QList<qint64> ids;
        QString cursor;
        int pages = 0;
        do {
            const ApiReply r =
                m_agent.get(QStringLiteral("/api/v1/notifications?limit=2") +
                            (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            QVERIFY(r.jsonArray().size() <= 2);
            for (const QJsonValue &v : r.jsonArray())
                ids.append(v.toObject().value("id").toInteger());
            cursor = r.json().value("next").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QVERIFY(ids.size() >= 5);
        QVERIFY(pages >= 3);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(ids.at(i) < ids.at(i - 1), "not newest first, or a notification came twice");

        ApiReply bad = m_agent.get(QStringLiteral("/api/v1/notifications?cursor=abc"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("bad_parameter"));
        bad = m_agent.get(QStringLiteral("/api/v1/notifications?limit=0"));
        QCOMPARE(bad.status, 400);
        ApiClient anonymous(m_server);
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/notifications")).status, 401);
        QCOMPARE(anonymous.post(QStringLiteral("/api/v1/notifications/read-all"), QJsonObject{}).status, 401);
    }

    void feedCarriesThemToTheRecipientOnly()
    {
        const QJsonObject t = newTicket(QStringLiteral("Feed check"));
        const qint64 id = t.value("id").toInteger();
        QVERIFY(m_agent
                    .patch(QStringLiteral("/api/v1/tickets/%1").arg(id),
                           QJsonObject{{"owner_id", m_agent2.user().value("id")}},
                           ifMatch(t.value("version").toInteger()))
                    .status == 200);
        const qint64 nid = notificationsAbout(m_agent2, id).value(0).value("id").toInteger();
        QVERIFY(nid > 0);

        const auto has = [nid](const QList<QJsonObject> &feed) {
            return std::any_of(feed.begin(), feed.end(),
                               [nid](const QJsonObject &c) { return c.value("id").toInteger() == nid; });
        };
        const QList<QJsonObject> mine = feedNotifications(m_agent2);
        QVERIFY(has(mine));
        for (const QJsonObject &c : mine)
            QCOMPARE(c.value("data").toObject().value("user_id").toInteger(),
                     m_agent2.user().value("id").toInteger());
        // Staff see every ticket but not each other's notifications; customers see none but their own.
        QVERIFY(!has(feedNotifications(m_agent)));
        for (const QJsonObject &c : feedNotifications(m_customer))
            QCOMPARE(c.value("data").toObject().value("user_id").toInteger(),
                     m_customer.user().value("id").toInteger());
        QVERIFY(!has(feedNotifications(m_other)));

        // Marking it read reaches the feed too, so every device of the recipient clears the same bell.
        QVERIFY(
            m_agent2.post(QStringLiteral("/api/v1/notifications/%1/read").arg(nid), QJsonObject{}).status ==
            200);
        const QList<QJsonObject> later = feedNotifications(m_agent2);
        QJsonObject last;
        for (const QJsonObject &c : later) {
            if (c.value("id").toInteger() == nid)
                last = c;
        }
        QVERIFY(!last.value("data").toObject().value("read_at").isNull());
    }

private:
    QJsonObject newTicket(const QString &subject)
    {
        const ApiReply r = m_customer.post(QStringLiteral("/api/v1/tickets"),
                                           QJsonObject{{"subject", uniqueSubject(subject)},
                                                       {"body", "It stopped working this morning."},
                                                       {"severity", 3}});
        if (r.status != 201)
            qWarning() << r.describe();
        return r.json();
    }

    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_agent{m_server};
    ApiClient m_agent2{m_server};
    ApiClient m_customer{m_server};
    ApiClient m_other{m_server};
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
