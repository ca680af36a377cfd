// Tickets over HTTP: creation, the priority rule, listing and paging, versions (428/412), idempotency keys,
// ownership, message effects and the audit history.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace tierdesk::test;

namespace {

HttpHeaders ifMatch(qint64 version)
{
    return {{"If-Match", "\"" + QByteArray::number(version) + "\""}};
}

QString ticketPath(qint64 id)
{
    return QStringLiteral("/api/v1/tickets/%1").arg(id);
}

// A subject no other test or demo ticket uses, to find exactly our tickets with ?q=.
QString uniqueSubject(const QString &prefix)
{
    return prefix + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestTickets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_agent.login("agent1", "demo"));
        QVERIFY(m_agent2.login("agent2", "demo"));
        QVERIFY(m_customer.login("customer1", "demo"));
        QVERIFY(m_vip.login("vip1", "demo"));
    }

    void createByCustomer()
    {
        const QString subject = uniqueSubject(QStringLiteral("Invoice export fails"));
        const ApiReply r = m_customer.post(QStringLiteral("/api/v1/tickets"),
                                           QJsonObject{{"subject", subject},
                                                       {"body", "Export to CSV stops with TD-E1042."},
                                                       {"severity", 2},
                                                       {"error_codes", QJsonArray{"TD-E1042"}}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        const QJsonObject t = r.json();
        QVERIFY(t.value("number").toString().startsWith(QLatin1String("TD-")));
        QCOMPARE(t.value("subject").toString(), subject);
        QCOMPARE(t.value("status").toString(), QStringLiteral("new"));
        QCOMPARE(t.value("severity").toInt(), 2);
        QCOMPARE(t.value("priority").toInt(), 4);
        QCOMPARE(t.value("requester_id").toInteger(), m_customer.user().value("id").toInteger());
        QCOMPARE(t.value("tier").toInt(), 1);
        QCOMPARE(t.value("version").toInteger(), 1);
        QCOMPARE(t.value("error_codes").toArray(), QJsonArray{"TD-E1042"});
        QVERIFY(!t.value("sla_due_at").toString().isEmpty());
        QVERIFY(r.header("location").endsWith(QByteArray::number(t.value("id").toInteger())));

        const ApiReply messages = m_customer.get(ticketPath(t.value("id").toInteger()) + "/messages");
        QCOMPARE(messages.status, 200);
        const QJsonArray items = messages.jsonArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value("kind").toString(), QStringLiteral("public"));
        QCOMPARE(items.at(0).toObject().value("body").toString(),
                 QStringLiteral("Export to CSV stops with TD-E1042."));
    }

    void shoutingRaisesNothing()
    {
        const ApiReply caps = m_customer.post(QStringLiteral("/api/v1/tickets"),
                                              QJsonObject{{"subject", "URGENT!!! NOTHING WORKS!!!"},
                                                          {"body", "FIX IT NOW!!! URGENT URGENT"},
                                                          {"severity", 3}});
        const ApiReply calm = m_customer.post(QStringLiteral("/api/v1/tickets"),
                                              QJsonObject{{"subject", "The printer seems to be offline"},
                                                          {"body", "When you have time."},
                                                          {"severity", 3}});
        const ApiReply vip =
            m_vip.post(QStringLiteral("/api/v1/tickets"),
                       QJsonObject{{"subject", "The printer seems to be offline"}, {"severity", 3}});
        QCOMPARE(caps.status, 201);
        QCOMPARE(calm.status, 201);
        QCOMPARE(vip.status, 201);
        QCOMPARE(caps.json().value("priority").toInt(), calm.json().value("priority").toInt());
        QCOMPARE(caps.json().value("sla_due_at").toString().left(16),
                 calm.json().value("sla_due_at").toString().left(16));
        QVERIFY(vip.json().value("priority").toInt() < calm.json().value("priority").toInt());

        // And the queue order follows: the VIP's ticket comes before both standard ones.
        QList<qint64> order;
        for (const QJsonObject &t : listAll(m_agent, QStringLiteral("status=new")))
            order.append(t.value("id").toInteger());
        const qint64 vipId = vip.json().value("id").toInteger();
        QVERIFY(order.indexOf(vipId) >= 0);
        QVERIFY(order.indexOf(vipId) < order.indexOf(caps.json().value("id").toInteger()));
        QVERIFY(order.indexOf(vipId) < order.indexOf(calm.json().value("id").toInteger()));
    }

    void severityChangeRecomputesPriority()
    {
        const QJsonObject t = create(m_customer, uniqueSubject(QStringLiteral("VPN drops")), 4);
        QCOMPARE(t.value("priority").toInt(), 8);
        const ApiReply r = m_agent.patch(ticketPath(t.value("id").toInteger()), QJsonObject{{"severity", 1}},
                                         ifMatch(t.value("version").toInteger()));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json().value("priority").toInt(), 2);
        QVERIFY(r.json().value("sla_due_at").toString() < t.value("sla_due_at").toString());
    }

    void listOrderAndPaging()
    {
        // Page through everything two at a time: no ticket twice, none missing, queue order throughout.
        QList<QJsonObject> paged;
        QString cursor;
        int pages = 0;
        do {
            const ApiReply r =
                m_agent.get(QStringLiteral("/api/v1/tickets?limit=2") +
                            (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            QVERIFY(r.jsonArray().size() <= 2);
            for (const QJsonValue &v : r.jsonArray())
                paged.append(v.toObject());
            cursor = r.json().value("next").toString();
            QVERIFY(++pages < 1000);
        } while (!cursor.isEmpty());

        const QList<QJsonObject> whole = listAll(m_agent, QString(), 500);
        QCOMPARE(paged.size(), whole.size());
        QVERIFY(whole.size() >= 30);
        QSet<qint64> ids;
        for (int i = 0; i < paged.size(); ++i) {
            QCOMPARE(paged[i].value("id").toInteger(), whole[i].value("id").toInteger());
            ids.insert(paged[i].value("id").toInteger());
            if (i == 0)
                continue;
            const QJsonObject &a = paged[i - 1], &b = paged[i];
            const auto key = [](const QJsonObject &t) {
                return std::make_tuple(t.value("priority").toInt(), t.value("sla_due_at").toString(),
                                       t.value("id").toInteger());
            };
            QVERIFY2(key(a) < key(b), qPrintable(QStringLiteral("out of order at %1").arg(i)));
        }
        QCOMPARE(ids.size(), paged.size());
    }

    void filters()
    {
        const QString subject = uniqueSubject(QStringLiteral("Licence activation"));
        const QJsonObject t = create(m_vip, subject, 3);
        const qint64 id = t.value("id").toInteger();
        const qint64 vipId = m_vip.user().value("id").toInteger();

        auto idsOf = [&](const QString &query) {
            QSet<qint64> ids;
            for (const QJsonObject &o : listAll(m_agent, query))
                ids.insert(o.value("id").toInteger());
            return ids;
        };
        QCOMPARE(idsOf(QStringLiteral("q=") + QUrl::toPercentEncoding(subject.section(' ', -1))),
                 QSet<qint64>{id});
        const QList<QJsonObject> mine = listAll(m_agent, QStringLiteral("requester_id=%1").arg(vipId));
        QVERIFY(idsOf(QStringLiteral("requester_id=%1").arg(vipId)).contains(id));
        for (const QJsonObject &o : mine)
            QCOMPARE(o.value("requester_id").toInteger(), vipId);
        for (const QJsonObject &o : listAll(m_agent, QStringLiteral("status=resolved,closed"))) {
            const QString s = o.value("status").toString();
            QVERIFY2(s == QLatin1String("resolved") || s == QLatin1String("closed"), qPrintable(s));
        }
        QVERIFY(!idsOf(QStringLiteral("status=resolved,closed")).contains(id));
        for (const QJsonObject &o : listAll(m_agent, QStringLiteral("tier=3")))
            QCOMPARE(o.value("tier").toInt(), 3);
        // updated_since: our fresh ticket is in, a time in the future finds nothing.
        QVERIFY(idsOf(QStringLiteral("updated_since=") +
                      QUrl::toPercentEncoding(t.value("created_at").toString()))
                    .contains(id));
        QVERIFY(idsOf(QStringLiteral("updated_since=2999-01-01T00:00:00Z")).isEmpty());
    }

    void patchNeedsCurrentVersion()
    {
        const QJsonObject t = create(m_customer, uniqueSubject(QStringLiteral("Mail bounces")), 3);
        const QString path = ticketPath(t.value("id").toInteger());

        const ApiReply missing = m_agent.patch(path, QJsonObject{{"status", "open"}});
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.errorCode(), QStringLiteral("precondition_required"));

        const ApiReply get = m_agent.get(path);
        QCOMPARE(get.header("etag"), QByteArray("\"1\""));

        const ApiReply ok = m_agent.patch(path, QJsonObject{{"status", "open"}}, ifMatch(1));
        QVERIFY2(ok.status == 200, qPrintable(ok.describe()));
        QCOMPARE(ok.json().value("version").toInteger(), 2);
        QCOMPARE(ok.json().value("status").toString(), QStringLiteral("open"));

        const ApiReply stale = m_agent2.patch(path, QJsonObject{{"severity", 1}}, ifMatch(1));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.errorCode(), QStringLiteral("version_mismatch"));
        const QJsonObject current = stale.json().value("current").toObject();
        QCOMPARE(current.value("version").toInteger(), 2);
        QCOMPARE(current.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(current.value("severity").toInt(), 3); // the stale edit changed nothing
    }

    void idempotentPatchReplaysItsETag()
    {
        const ApiReply created =
            m_customer.post(QStringLiteral("/api/v1/tickets"),
                            QJsonObject{{"subject", uniqueSubject(QStringLiteral("Replay"))},
                                        {"body", "The answer got lost."}});
        QCOMPARE(created.status, 201);
        const QString path = ticketPath(created.json().value("id").toInteger());
        HttpHeaders headers = ifMatch(1);
        headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
        const ApiReply first = m_agent.patch(path, QJsonObject{{"severity", 2}}, headers);
        QVERIFY2(first.status == 200, qPrintable(first.describe()));
        QCOMPARE(first.header("ETag"), QByteArray("\"2\""));
        // The client repeats after losing the answer: it must still learn the version it now holds.
        const ApiReply again = m_agent.patch(path, QJsonObject{{"severity", 2}}, headers);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(again.json().value("version").toInteger(), 2);
    }

    void idempotentCreate()
    {
        const QString subject = uniqueSubject(QStringLiteral("Sync client error 0x80070005"));
        const QJsonObject body{{"subject", subject}, {"body", "Access denied while syncing."}};
        const HttpHeaders key{{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
        const ApiReply first = m_customer.post(QStringLiteral("/api/v1/tickets"), body, key);
        const ApiReply again = m_customer.post(QStringLiteral("/api/v1/tickets"), body, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json().value("id").toInteger(), first.json().value("id").toInteger());
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QVERIFY(!first.header("Location").isEmpty());
        QCOMPARE(again.header("Location"), first.header("Location"));
        QCOMPARE(
            listAll(m_agent, QStringLiteral("q=") + QUrl::toPercentEncoding(subject.section(' ', -1))).size(),
            1);
        const ApiReply messages = m_agent.get(ticketPath(first.json().value("id").toInteger()) + "/messages");
        QCOMPARE(messages.jsonArray().size(), 1);

        // The same key for a different request is a client bug, not a repeat.
        const ApiReply reused = m_customer.post(QStringLiteral("/api/v1/tickets"),
                                                QJsonObject{{"subject", "Something else"}}, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));

        // Keys belong to their user: another user's identical key is a new request.
        const ApiReply other = m_vip.post(QStringLiteral("/api/v1/tickets"), body, key);
        QCOMPARE(other.status, 201);
        QVERIFY(other.json().value("id").toInteger() != first.json().value("id").toInteger());
    }

    void idempotentPatchAndMessage()
    {
        const QJsonObject t = create(m_customer, uniqueSubject(QStringLiteral("Printer jams")), 3);
        const QString path = ticketPath(t.value("id").toInteger());
        const HttpHeaders headers =
            ifMatch(1) +
            HttpHeaders{{"Idempotency-Key", "patch-once-" + QByteArray::number(t.value("id").toInteger())}};
        const ApiReply first = m_agent.patch(path, QJsonObject{{"severity", 2}}, headers);
        const ApiReply again = m_agent.patch(path, QJsonObject{{"severity", 2}}, headers);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200); // not 412: the repeat is answered from the first time
        QCOMPARE(again.json(), first.json());
        QCOMPARE(m_agent.get(path).json().value("version").toInteger(), 2);

        const HttpHeaders messageKey{
            {"Idempotency-Key", "reply-once-" + QByteArray::number(t.value("id").toInteger())}};
        const QJsonObject reply{{"kind", "public"}, {"body", "Please try the rear tray."}};
        const qsizetype before = m_agent.get(path + "/messages").jsonArray().size(); // the opening message
        QCOMPARE(m_agent.post(path + "/messages", reply, messageKey).status, 201);
        QCOMPARE(m_agent.post(path + "/messages", reply, messageKey).status, 201);
        QCOMPARE(m_agent.get(path + "/messages").jsonArray().size(), before + 1);
    }

    void ownershipIsNeverDropped()
    {
        const QJsonObject t = create(m_customer, uniqueSubject(QStringLiteral("SSO loop")), 2);
        const QString path = ticketPath(t.value("id").toInteger());
        const qint64 agent1 = m_agent.user().value("id").toInteger();
        const qint64 agent2 = m_agent2.user().value("id").toInteger();

        ApiReply r = m_agent.patch(path, QJsonObject{{"owner_id", agent1}, {"status", "open"}}, ifMatch(1));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json().value("owner_id").toInteger(), agent1);

        // Escalating to tier 2 and asking a specialist keeps the owner.
        r = m_agent.patch(path,
                          QJsonObject{{"tier", 2},
                                      {"collaborator_ids", QJsonArray{agent2}},
                                      {"status", "waiting_internal"}},
                          ifMatch(2));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json().value("owner_id").toInteger(), agent1);
        QCOMPARE(r.json().value("tier").toInt(), 2);
        QCOMPARE(r.json().value("collaborator_ids").toArray(), QJsonArray{agent2});

        const ApiReply drop = m_agent.patch(path, QJsonObject{{"owner_id", QJsonValue::Null}}, ifMatch(3));
        QCOMPARE(drop.status, 422);
        QCOMPARE(drop.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(m_agent.get(path).json().value("owner_id").toInteger(), agent1);

        // A customer is not an owner.
        const ApiReply toCustomer = m_agent.patch(
            path, QJsonObject{{"owner_id", m_customer.user().value("id").toInteger()}}, ifMatch(3));
        QCOMPARE(toCustomer.status, 422);

        // Reassigning is how ownership moves.
        r = m_agent.patch(path, QJsonObject{{"owner_id", agent2}}, ifMatch(3));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("owner_id").toInteger(), agent2);
    }

    void customerPatchesOnlyStatus()
    {
        const QJsonObject t = create(m_customer, uniqueSubject(QStringLiteral("Cannot print")), 3);
        const QString path = ticketPath(t.value("id").toInteger());
        QCOMPARE(m_customer.patch(path, QJsonObject{{"severity", 1}}, ifMatch(1)).status, 403);
        QCOMPARE(
            m_customer
                .patch(path, QJsonObject{{"owner_id", m_agent.user().value("id").toInteger()}}, ifMatch(1))
                .status,
            403);
        const ApiReply closed = m_customer.patch(path, QJsonObject{{"status", "closed"}}, ifMatch(1));
        QVERIFY2(closed.status == 200, qPrintable(closed.describe()));
        QCOMPARE(closed.json().value("status").toString(), QStringLiteral("closed"));
    }

    void messageEffects()
    {
        const QJsonObject t =
            create(m_customer, uniqueSubject(QStringLiteral("Database timeout ORA-12170")), 2);
        const QString path = ticketPath(t.value("id").toInteger());
        QVERIFY(t.value("first_response_at").isNull());

        // An internal note is not a response to the customer.
        QCOMPARE(m_agent
                     .post(path + "/messages",
                           QJsonObject{{"kind", "internal"}, {"body", "Looks like the listener."}})
                     .status,
                 201);
        QVERIFY(m_agent.get(path).json().value("first_response_at").isNull());

        const ApiReply reply = m_agent.post(
            path + "/messages", QJsonObject{{"kind", "public"}, {"body", "Which database host?"}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value("kind").toString(), QStringLiteral("public"));
        QVERIFY(!m_agent.get(path).json().value("first_response_at").isNull());

        qint64 version = m_agent.get(path).json().value("version").toInteger();
        QCOMPARE(m_agent.patch(path, QJsonObject{{"status", "waiting_customer"}}, ifMatch(version)).status,
                 200);

        // The customer's follow-up brings the ticket back and stamps their activity.
        const ApiReply followUp = m_customer.post(
            path + "/messages", QJsonObject{{"kind", "public"}, {"body", "db-02.internal, port 1521"}});
        QCOMPARE(followUp.status, 201);
        const QJsonObject after = m_agent.get(path).json();
        QCOMPARE(after.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(after.value("last_customer_activity_at").toString(),
                 followUp.json().value("created_at").toString());
    }

    void auditHistory()
    {
        const QJsonObject t = create(m_customer, uniqueSubject(QStringLiteral("Mobile app crash")), 3);
        const QString path = ticketPath(t.value("id").toInteger());
        QCOMPARE(m_agent.patch(path, QJsonObject{{"severity", 2}, {"tags", QJsonArray{"mobile"}}}, ifMatch(1))
                     .status,
                 200);
        const ApiReply audit = m_agent.get(path + "/audit");
        QCOMPARE(audit.status, 200);
        bool created = false, severity = false, tags = false;
        for (const QJsonValue &v : audit.jsonArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("field").toString() == QLatin1String("created")) { // opened by the customer
                created = true;
                QCOMPARE(e.value("actor_id").toInteger(), m_customer.user().value("id").toInteger());
                QCOMPARE(e.value("new").toString(), t.value("number").toString());
                continue;
            }
            QCOMPARE(e.value("actor_id").toInteger(), m_agent.user().value("id").toInteger());
            QVERIFY(!e.value("at").toString().isEmpty());
            if (e.value("field").toString() == QLatin1String("severity")) {
                severity = true;
                QCOMPARE(e.value("old").toString(), QStringLiteral("3"));
                QCOMPARE(e.value("new").toString(), QStringLiteral("2"));
            }
            tags = tags || e.value("field").toString() == QLatin1String("tags");
        }
        QVERIFY(created);
        QVERIFY(severity);
        QVERIFY(tags);
        QCOMPARE(m_customer.get(path + "/audit").status, 403);
    }

private:
    QJsonObject create(ApiClient &api, const QString &subject, int severity)
    {
        const ApiReply r =
            api.post(QStringLiteral("/api/v1/tickets"),
                     QJsonObject{{"subject", subject}, {"severity", severity}, {"body", "Details follow."}});
        if (r.status != 201)
            qWarning() << r.describe();
        return r.json();
    }

    QList<QJsonObject> listAll(ApiClient &api, const QString &query, int limit = 100)
    {
        QList<QJsonObject> out;
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QString path = QStringLiteral("/api/v1/tickets?limit=%1").arg(limit);
            if (!query.isEmpty())
                path += QLatin1Char('&') + query;
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const ApiReply r = api.get(path);
            if (r.status != 200) {
                qWarning() << r.describe();
                break;
            }
            for (const QJsonValue &v : r.jsonArray())
                out.append(v.toObject());
            cursor = r.json().value("next").toString();
            if (cursor.isEmpty())
                break;
        }
        return out;
    }

    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_agent{m_server};
    ApiClient m_agent2{m_server};
    ApiClient m_customer{m_server};
    ApiClient m_vip{m_server};
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
