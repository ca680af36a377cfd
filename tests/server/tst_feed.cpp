// The change feed and the /api/v1/stream WebSocket, including two server instances on one PostgreSQL
// database hearing each other's changes.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace tierdesk::test;

namespace {

struct Feed
{
    QList<QJsonObject> changes;
    qint64 next = 0;
    int pages = 0;
    int headerMismatches = 0; // pages whose Tierdesk-Next / Tierdesk-More headers differ from the body
};

Feed readFeed(ApiClient &api, qint64 since, int limit)
{
    Feed feed;
    feed.next = since;
    for (;;) {
        const ApiReply r =
            api.get(QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(feed.next).arg(limit));
        if (r.status != 200) {
            qWarning() << r.describe();
            return feed;
        }
        ++feed.pages;
        for (const QJsonValue &v : r.jsonArray(QStringLiteral("changes")))
            feed.changes.append(v.toObject());
        feed.next = r.json().value("next").toInteger();
        const bool more = r.json().value("more").toBool();
        if (r.header("Tierdesk-Next") != QByteArray::number(feed.next) ||
            r.header("Tierdesk-More") != QByteArray(more ? "true" : "false"))
            ++feed.headerMismatches;
        if (!more || feed.pages > 10000)
            return feed;
    }
}

// A WebSocket client of /api/v1/stream that remembers the sequences it was told.
class StreamClient : public QObject
{
public:
    explicit StreamClient(const QUrl &base, const QByteArray &token)
    {
        QUrl url = base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_seqs.append(QJsonDocument::fromJson(text.toUtf8()).object().value("seq").toInteger());
        });
        m_socket.open(request);
    }

    bool waitConnected()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy spy(&m_socket, &QWebSocket::connected);
        return spy.wait(5000);
    }
    // Waits until a sequence ≥ seq arrives; returns how long that took, or -1.
    qint64 waitFor(qint64 seq, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (!m_seqs.isEmpty() && m_seqs.constLast() >= seq)
                return timer.elapsed();
            QTest::qWait(5);
        }
        return -1;
    }
    const QList<qint64> &seqs() const { return m_seqs; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<qint64> m_seqs;
};

qint64 maxSeq(const QList<QJsonObject> &changes)
{
    qint64 m = 0;
    for (const QJsonObject &c : changes)
        m = std::max(m, c.value("seq").toInteger());
    return m;
}

} // namespace

class TestFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_agent.login("agent1", "demo"));
        QVERIFY(m_customer.login("customer2", "demo"));
    }

    void pagesAreOrderedAndComplete()
    {
        const Feed small = readFeed(m_agent, 0, 7);
        const Feed big = readFeed(m_agent, 0, 1000);
        QVERIFY(small.pages > 10);
        QCOMPARE(small.headerMismatches, 0);
        QCOMPARE(big.headerMismatches, 0);
        QCOMPARE(small.changes.size(), big.changes.size());
        qint64 previous = 0;
        for (int i = 0; i < small.changes.size(); ++i) {
            const QJsonObject &c = small.changes[i];
            QCOMPARE(c, big.changes[i]);
            QVERIFY2(c.value("seq").toInteger() > previous, "sequences must strictly increase");
            previous = c.value("seq").toInteger();
            QVERIFY(c.value("op").toString() == QLatin1String("upsert") ||
                    c.value("op").toString() == QLatin1String("delete"));
            QVERIFY(c.value("id").toInteger() > 0);
            QVERIFY(!c.value("data").toObject().isEmpty());
        }
        // The cursor ends at the head of the log, which may be past the last change this reader may see
        // (other users' notifications come last in the demo's history).
        QVERIFY(small.next >= previous);
        QCOMPARE(small.next, big.next);
        QSet<QString> entities;
        for (const QJsonObject &c : big.changes)
            entities.insert(c.value("entity").toString());
        for (const char *e : {"ticket", "message", "user", "group", "article", "incident"})
            QVERIFY2(entities.contains(QString::fromLatin1(e)), e);

        // Nothing new: an empty page that keeps the position.
        const ApiReply empty = m_agent.get(QStringLiteral("/api/v1/changes?since=%1").arg(big.next));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.jsonArray(QStringLiteral("changes")).size(), 0);
        QCOMPARE(empty.json().value("next").toInteger(), big.next);
        QCOMPARE(empty.json().value("more").toBool(), false);
    }

    void newChangesFollowTheCursor()
    {
        const qint64 head = readFeed(m_agent, 0, 1000).next;
        const ApiReply created =
            m_customer.post(QStringLiteral("/api/v1/tickets"),
                            QJsonObject{{"subject", "Feed check"}, {"body", "First words"}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value("id").toInteger();
        const Feed after = readFeed(m_agent, head, 100);
        bool ticket = false, message = false;
        for (const QJsonObject &c : after.changes) {
            QVERIFY(c.value("seq").toInteger() > head);
            if (c.value("entity").toString() == QLatin1String("ticket") && c.value("id").toInteger() == id) {
                ticket = true;
                QCOMPARE(c.value("data").toObject().value("subject").toString(),
                         QStringLiteral("Feed check"));
            }
            if (c.value("entity").toString() == QLatin1String("message") &&
                c.value("data").toObject().value("ticket_id").toInteger() == id)
                message = true;
        }
        QVERIFY(ticket);
        QVERIFY(message);

        // The customer's own feed has it too, and only what is theirs.
        const qint64 me = m_customer.user().value("id").toInteger();
        for (const QJsonObject &c : readFeed(m_customer, 0, 500).changes) {
            const QJsonObject data = c.value("data").toObject();
            if (c.value("entity").toString() == QLatin1String("ticket"))
                QCOMPARE(data.value("requester_id").toInteger(), me);
            if (c.value("entity").toString() == QLatin1String("message"))
                QCOMPARE(data.value("kind").toString(), QStringLiteral("public"));
        }
    }

    void badParameters()
    {
        QCOMPARE(m_agent.get(QStringLiteral("/api/v1/changes?since=-1")).status, 400);
        QCOMPARE(m_agent.get(QStringLiteral("/api/v1/changes?limit=0")).status, 400);
        QCOMPARE(m_agent.get(QStringLiteral("/api/v1/changes?limit=1001")).status, 400);
        QCOMPARE(m_agent.get(QStringLiteral("/api/v1/changes?since=abc")).errorCode(),
                 QStringLiteral("bad_parameter"));
    }

    void streamAnnouncesNewSequences()
    {
        StreamClient stream(m_server.baseUrl(), m_agent.token());
        QVERIFY(stream.waitConnected());
        QVERIFY(stream.waitFor(1, 2000) >= 0); // the current head, at once
        const qint64 before = stream.seqs().constLast();

        QCOMPARE(m_customer.post(QStringLiteral("/api/v1/tickets"), QJsonObject{{"subject", "Stream check"}})
                     .status,
                 201);
        const qint64 head = maxSeq(readFeed(m_agent, before, 100).changes);
        QVERIFY(head > before);
        QVERIFY2(stream.waitFor(head, 2000) >= 0, "the stream did not announce the new sequence");
        for (int i = 1; i < stream.seqs().size(); ++i)
            QVERIFY(stream.seqs()[i] > stream.seqs()[i - 1]);
    }

    void streamNeedsToken()
    {
        StreamClient anonymous(m_server.baseUrl(), QByteArray());
        QSignalSpy errors(&anonymous.socket(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        QSignalSpy disconnected(&anonymous.socket(), &QWebSocket::disconnected);
        QVERIFY(errors.wait(5000) || disconnected.count() > 0);
        QVERIFY(anonymous.socket().state() != QAbstractSocket::ConnectedState);
        QVERIFY(anonymous.seqs().isEmpty());

        // Browsers cannot set headers on a WebSocket: the token may come as ?access_token=.
        QWebSocket socket;
        QUrl url = m_server.baseUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        url.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(m_agent.token()));
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        QVERIFY(connected.wait(5000));
    }

    void plainGetOfTheStreamAsksForTheHandshake()
    {
        const ApiReply r = m_agent.get(QStringLiteral("/api/v1/stream"));
        QCOMPARE(r.status, 426);
        QCOMPARE(r.errorCode(), QStringLiteral("upgrade_required"));
        QCOMPARE(r.header("upgrade"), QByteArray("websocket"));
        ApiClient anonymous(m_server);
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/stream")).status, 401);
    }

    void twoInstancesOnOnePostgresDatabase()
    {
        if (!TestServer::usesPostgres())
            QSKIP("Several instances share one database only on PostgreSQL; this run uses SQLite.");
        TestServer second(m_server.sharedStorageOptions());
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        ApiClient agentOnSecond(second);
        QVERIFY(agentOnSecond.login("agent3", "demo"));
        StreamClient stream(second.baseUrl(), agentOnSecond.token());
        QVERIFY(stream.waitConnected());
        QVERIFY(stream.waitFor(1, 2000) >= 0);

        QList<qint64> delays;
        for (int i = 0; i < 5; ++i) {
            // The change is made through the FIRST instance…
            const qint64 before = stream.seqs().constLast();
            QElapsedTimer sinceRequest;
            sinceRequest.start();
            const ApiReply r =
                m_customer.post(QStringLiteral("/api/v1/tickets"),
                                QJsonObject{{"subject", QStringLiteral("Cross-instance %1").arg(i)}});
            QCOMPARE(r.status, 201);
            const qint64 head = maxSeq(readFeed(agentOnSecond, before, 100).changes);
            QVERIFY(head > before);
            // …and a stream client of the SECOND hears of it within a second.
            QVERIFY2(stream.waitFor(head, 1000) >= 0,
                     "the second instance's stream never announced the change");
            const qint64 total = sinceRequest.elapsed();
            QVERIFY2(total < 1000, qPrintable(QStringLiteral("took %1 ms from the request").arg(total)));
            delays.append(total);
        }
        qInfo() << "request-to-announcement times across instances (ms):" << delays;
    }

private:
    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_agent{m_server};
    ApiClient m_customer{m_server};
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
