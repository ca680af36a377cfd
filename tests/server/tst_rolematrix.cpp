// Who may see and do what, route by route: a customer (customer1) who owns a ticket, another customer
// (customer2) and an agent (agent1). The ticket carries a public message with an attachment and an internal
// note with another attachment; nothing of the note may reach a customer, and nothing of the ticket may reach
// the other customer: not the ticket, its messages, its files, the search, nor the change feed.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace tierdesk::test {
namespace {

// Words that occur only in the internal note (searching for them must find nothing for a customer) and only
// in customer1's public message. Both are made up, so no demo text contains them.
const QString secretWord = QStringLiteral("quokkaplinth");
const QString secretNote = QStringLiteral("Internal: their proxy strips TLS, do not tell them yet. quokkaplinth "
                                          "zebravellum");
const QString publicWord = QStringLiteral("marmosetlantern");
const QString publicMessage = QStringLiteral("The export log is attached (marmosetlantern).");
const QByteArray publicFile = QByteArrayLiteral("export.log: step 3 of 7 hangs\n");
const QByteArray internalFile = QByteArrayLiteral("firewall dump for staff eyes only\n");

// What to verify beyond status and error code, per row of matrix().
enum Check : int {
    NoCheck,
    MeIsSelf,
    TicketIsCustomer1s,
    TicketIsCustomer2s,
    MessagesPublicOnly,   // customer1's view of the ticket: the three public messages, no note
    MessagesWithNote,     // agent's view: the public messages and the internal note
    AuditOfTicket,        // entries, all of the ticket
    PublicFileBytes,      // the public attachment's bytes and type
    InternalFileBytes,    // the internal attachment's bytes and type
    ListOwnTickets,       // every ticket of the caller and only those, customer1's included or not by role
    ListAllTickets,       // staff: customer1's and customer2's tickets
    ListEmpty,            // a search that must find nothing
    ListOnlyTheTicket,    // a search that must find exactly the ticket
    FeedOfCustomer,       // change feed of a customer, all pages
    FeedOfStaff,          // change feed of staff, all pages
    UsersOnlySelf,
    UsersAll,
    ArticlesListed,
    ArticleIsTheOne,
    IncidentsListed,
    Created,              // 201 with a positive id
    PublicMessageCreated, // 201 message of kind public on the ticket
    InternalNoteCreated,  // 201 message of kind internal on the ticket
    StatusIsClosed,
    StatusIsOpen,
    TagsSet,
};

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QSet<qint64> idsOf(const QJsonArray &items, const QString &key = QStringLiteral("id"))
{
    QSet<qint64> ids;
    for (const QJsonValue &v : items)
        ids.insert(v.toObject().value(key).toInteger());
    return ids;
}

QString idList(const QSet<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    parts.sort();
    return parts.join(QLatin1Char(','));
}

// A verbose "what was sent, what came back" for failure messages.
QString describeRequest(const QString &who, const QByteArray &method, const QString &path, const ApiReply &reply)
{
    return QStringLiteral("%1: %2 %3 -> %4").arg(who, QString::fromLatin1(method), path, reply.describe());
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void customerSeesNoInternalNoteOnAnyOwnTicket();
    void customerCannotReachAnyOtherCustomersTicket();
    void withoutValidToken_data();
    void withoutValidToken();

private:
    ApiClient &clientFor(const QString &who);
    qint64 idOf(const QString &who);
    // Every ticket GET /api/v1/tickets?QUERY lists, following the cursors; false with *error on a bad page.
    bool listAll(ApiClient &client, const QString &query, QJsonArray *items, QByteArray *raw, QString *error);
    // Every change of the feed from seq 0 on, page by page; false with *error on a bad page.
    bool readFeed(ApiClient &client, QList<QJsonObject> *changes, QByteArray *raw, QString *error);
    void verifyError(const ApiReply &reply, const QString &code, const QString &context);
    void runCheck(Check check, const QString &who, ApiClient &client, const ApiReply &reply);
    void checkOwnTicketList(const QString &who, ApiClient &client);
    void checkCustomerFeed(const QString &who, ApiClient &client);
    void checkStaffFeed(ApiClient &client);

    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_customer1{m_server};
    ApiClient m_customer2{m_server};
    ApiClient m_agent{m_server};
    QByteArray m_revokedToken;

    qint64 m_ticketId = 0;          // customer1's ticket of this test
    qint64 m_otherTicketId = 0;     // one of customer2's demo tickets
    qint64 m_publicFileId = 0;      // uploaded by customer1, on a public message
    qint64 m_internalFileId = 0;    // uploaded by agent1, only on the internal note
    QSet<qint64> m_publicMessageIds; // the initial body, customer1's message, agent1's public reply
    qint64 m_noteId = 0;
    qint64 m_articleId = 0;
};

ApiClient &TestRoleMatrix::clientFor(const QString &who)
{
    if (who == QLatin1String("customer1"))
        return m_customer1;
    if (who == QLatin1String("customer2"))
        return m_customer2;
    return m_agent;
}

qint64 TestRoleMatrix::idOf(const QString &who)
{
    return clientFor(who).user().value(QLatin1String("id")).toInteger();
}

void TestRoleMatrix::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_customer1.login(QStringLiteral("customer1"), QStringLiteral("demo")));
    QVERIFY(m_customer2.login(QStringLiteral("customer2"), QStringLiteral("demo")));
    QVERIFY(m_agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    QVERIFY(idOf(QStringLiteral("customer1")) > 0);
    QVERIFY(idOf(QStringLiteral("customer2")) > 0);
    QCOMPARE(m_agent.user().value(QLatin1String("role")).toString(), QStringLiteral("agent"));

    // customer1 opens a ticket with a body, uploads a file and posts a public message carrying it.
    ApiReply r = m_customer1.post(QStringLiteral("/api/v1/tickets"),
                                  QJsonObject{{"subject", "Nightly export stuck at step 3"},
                                              {"body", "The nightly export has hung since Monday."},
                                              {"severity", 3}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    m_ticketId = r.json().value("id").toInteger();
    QVERIFY(m_ticketId > 0);
    QCOMPARE(r.json().value("requester_id").toInteger(), idOf(QStringLiteral("customer1")));

    r = m_customer1.post(QStringLiteral("/api/v1/attachments?filename=a.txt"), publicFile, "text/plain");
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    m_publicFileId = r.json().value("id").toInteger();
    QVERIFY(m_publicFileId > 0);
    QCOMPARE(r.json().value("size").toInteger(), qint64(publicFile.size()));

    const QString messages = QStringLiteral("/api/v1/tickets/%1/messages").arg(m_ticketId);
    r = m_customer1.post(messages, QJsonObject{{"kind", "public"},
                                               {"body", publicMessage},
                                               {"attachment_ids", QJsonArray{m_publicFileId}}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    m_publicMessageIds.insert(r.json().value("id").toInteger());
    QCOMPARE(r.json().value("attachment_ids").toArray(), QJsonArray{m_publicFileId});

    // agent1 adds an internal note with its own file, then answers publicly.
    r = m_agent.post(QStringLiteral("/api/v1/attachments?filename=b.txt"), internalFile, "text/plain");
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    m_internalFileId = r.json().value("id").toInteger();
    QVERIFY(m_internalFileId > 0 && m_internalFileId != m_publicFileId);

    r = m_agent.post(messages, QJsonObject{{"kind", "internal"},
                                           {"body", secretNote},
                                           {"attachment_ids", QJsonArray{m_internalFileId}}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    m_noteId = r.json().value("id").toInteger();
    QCOMPARE(r.json().value("kind").toString(), QStringLiteral("internal"));

    r = m_agent.post(messages, QJsonObject{{"kind", "public"}, {"body", "Thanks, we are looking into it."}});
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    m_publicMessageIds.insert(r.json().value("id").toInteger());

    // The first message (the ticket's body), as the agent sees it.
    r = m_agent.get(messages);
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const QJsonArray all = r.jsonArray();
    QCOMPARE(all.size(), 4);
    for (const QJsonValue &v : all) {
        const QJsonObject m = v.toObject();
        if (m.value("kind").toString() == QLatin1String("public"))
            m_publicMessageIds.insert(m.value("id").toInteger());
    }
    QCOMPARE(m_publicMessageIds.size(), 3);

    // One of customer2's demo tickets and one article.
    r = m_agent.get(QStringLiteral("/api/v1/tickets?requester_id=%1").arg(idOf(QStringLiteral("customer2"))));
    QVERIFY2(r.status == 200 && !r.jsonArray().isEmpty(), qPrintable(r.describe()));
    m_otherTicketId = r.jsonArray().first().toObject().value("id").toInteger();
    QVERIFY(m_otherTicketId > 0);
    r = m_agent.get(QStringLiteral("/api/v1/kb/articles"));
    QVERIFY2(r.status == 200 && !r.jsonArray().isEmpty(), qPrintable(r.describe()));
    m_articleId = r.jsonArray().first().toObject().value("id").toInteger();

    // A token that was valid and has been logged out.
    ApiClient leaving(m_server);
    QVERIFY(leaving.login(QStringLiteral("customer1"), QStringLiteral("demo")));
    QCOMPARE(leaving.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(leaving.post(QStringLiteral("/api/v1/auth/logout"), QJsonObject{}).status, 204);
    m_revokedToken = leaving.token();
}

void TestRoleMatrix::matrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body"); // JSON, sent as application/json when not empty
    QTest::addColumn<bool>("ifMatch");    // send If-Match with the resource's current version (read by staff)
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // expected error code; empty for a success
    QTest::addColumn<int>("check");

    const QString c1 = QStringLiteral("customer1");
    const QString c2 = QStringLiteral("customer2");
    const QString ag = QStringLiteral("agent1");
    const QString ticket = QStringLiteral("/api/v1/tickets/%1").arg(m_ticketId);
    const QString other = QStringLiteral("/api/v1/tickets/%1").arg(m_otherTicketId);
    const QString publicFilePath = QStringLiteral("/api/v1/attachments/%1").arg(m_publicFileId);
    const QString internalFilePath = QStringLiteral("/api/v1/attachments/%1").arg(m_internalFileId);
    const QString article = QStringLiteral("/api/v1/kb/articles/%1").arg(m_articleId);
    const QString secretSearch = QStringLiteral("/api/v1/tickets?q=%1").arg(secretWord);
    const QString publicSearch = QStringLiteral("/api/v1/tickets?q=%1").arg(publicWord);
    const QString notFound = QStringLiteral("not_found");
    const QString forbidden = QStringLiteral("forbidden");
    const QByteArray none;
    const QByteArray publicBody = compactJson({{"kind", "public"}, {"body", "One more detail."}});
    const QByteArray internalBody = compactJson({{"kind", "internal"}, {"body", "Staff only, again."}});
    const QByteArray articleBody = compactJson({{"title", "Rolematrix article"},
                                                {"body", "Steps to reproduce the matrix."},
                                                {"lang", "en"},
                                                {"category", "testing"}});
    const QByteArray incidentBody = compactJson({{"title", "Rolematrix incident"}});

    const auto row = [](const QString &who, const QByteArray &method, const QString &path, const QByteArray &body,
                        bool ifMatch, int status, const QString &code, Check check, const char *what) {
        QTest::addRow("%s %s %s", qPrintable(who), method.constData(), what)
            << who << method << path << body << ifMatch << status << code << int(check);
    };

    // Who am I.
    row(c1, "GET", "/api/v1/me", none, false, 200, {}, MeIsSelf, "me");
    row(c2, "GET", "/api/v1/me", none, false, 200, {}, MeIsSelf, "me");
    row(ag, "GET", "/api/v1/me", none, false, 200, {}, MeIsSelf, "me");

    // The ticket itself, and another customer's ticket.
    row(c1, "GET", ticket, none, false, 200, {}, TicketIsCustomer1s, "own ticket");
    row(c2, "GET", ticket, none, false, 404, notFound, NoCheck, "customer1's ticket");
    row(ag, "GET", ticket, none, false, 200, {}, TicketIsCustomer1s, "customer1's ticket");
    row(c1, "GET", other, none, false, 404, notFound, NoCheck, "customer2's ticket");
    row(c2, "GET", other, none, false, 200, {}, TicketIsCustomer2s, "own ticket");
    row(ag, "GET", other, none, false, 200, {}, TicketIsCustomer2s, "customer2's ticket");

    // Messages.
    row(c1, "GET", ticket + "/messages", none, false, 200, {}, MessagesPublicOnly, "own messages");
    row(c2, "GET", ticket + "/messages", none, false, 404, notFound, NoCheck, "customer1's messages");
    row(ag, "GET", ticket + "/messages", none, false, 200, {}, MessagesWithNote, "customer1's messages");
    row(c1, "GET", other + "/messages", none, false, 404, notFound, NoCheck, "customer2's messages");

    // Audit: staff only, and still 404 for a ticket that is not the customer's.
    row(c1, "GET", ticket + "/audit", none, false, 403, forbidden, NoCheck, "own audit");
    row(c2, "GET", ticket + "/audit", none, false, 404, notFound, NoCheck, "customer1's audit");
    row(ag, "GET", ticket + "/audit", none, false, 200, {}, AuditOfTicket, "customer1's audit");
    row(c1, "GET", other + "/audit", none, false, 404, notFound, NoCheck, "customer2's audit");

    // Attachments.
    row(c1, "GET", publicFilePath, none, false, 200, {}, PublicFileBytes, "public attachment");
    row(c2, "GET", publicFilePath, none, false, 404, notFound, NoCheck, "public attachment");
    row(ag, "GET", publicFilePath, none, false, 200, {}, PublicFileBytes, "public attachment");
    row(c1, "GET", internalFilePath, none, false, 404, notFound, NoCheck, "internal attachment");
    row(c2, "GET", internalFilePath, none, false, 404, notFound, NoCheck, "internal attachment");
    row(ag, "GET", internalFilePath, none, false, 200, {}, InternalFileBytes, "internal attachment");

    // Ticket lists and search.
    row(c1, "GET", "/api/v1/tickets", none, false, 200, {}, ListOwnTickets, "ticket list");
    row(c2, "GET", "/api/v1/tickets", none, false, 200, {}, ListOwnTickets, "ticket list");
    row(ag, "GET", "/api/v1/tickets", none, false, 200, {}, ListAllTickets, "ticket list");
    row(c1, "GET", secretSearch, none, false, 200, {}, ListEmpty, "search for internal-note words");
    row(c2, "GET", secretSearch, none, false, 200, {}, ListEmpty, "search for internal-note words");
    row(ag, "GET", secretSearch, none, false, 200, {}, ListOnlyTheTicket, "search for internal-note words");
    row(c1, "GET", publicSearch, none, false, 200, {}, ListOnlyTheTicket, "search for public-message words");
    row(c2, "GET", publicSearch, none, false, 200, {}, ListEmpty, "search for public-message words");
    row(ag, "GET", publicSearch, none, false, 200, {}, ListOnlyTheTicket, "search for public-message words");

    // The change feed, every page.
    row(c1, "GET", "/api/v1/changes", none, false, 200, {}, FeedOfCustomer, "change feed");
    row(c2, "GET", "/api/v1/changes", none, false, 200, {}, FeedOfCustomer, "change feed");
    row(ag, "GET", "/api/v1/changes", none, false, 200, {}, FeedOfStaff, "change feed");

    // Users.
    row(c1, "GET", "/api/v1/users", none, false, 200, {}, UsersOnlySelf, "users");
    row(c2, "GET", "/api/v1/users", none, false, 200, {}, UsersOnlySelf, "users");
    row(ag, "GET", "/api/v1/users", none, false, 200, {}, UsersAll, "users");

    // Knowledge base and incidents: everyone reads, staff write.
    row(c1, "GET", "/api/v1/kb/articles", none, false, 200, {}, ArticlesListed, "articles");
    row(c2, "GET", "/api/v1/kb/articles", none, false, 200, {}, ArticlesListed, "articles");
    row(ag, "GET", "/api/v1/kb/articles", none, false, 200, {}, ArticlesListed, "articles");
    row(c1, "GET", article, none, false, 200, {}, ArticleIsTheOne, "article");
    row(ag, "GET", article, none, false, 200, {}, ArticleIsTheOne, "article");
    row(c1, "POST", "/api/v1/kb/articles", articleBody, false, 403, forbidden, NoCheck, "article");
    row(c2, "POST", "/api/v1/kb/articles", articleBody, false, 403, forbidden, NoCheck, "article");
    row(ag, "POST", "/api/v1/kb/articles", articleBody, false, 201, {}, Created, "article");
    row(c1, "PATCH", article, compactJson({{"title", "Edited by a customer"}}), true, 403, forbidden, NoCheck,
        "article");
    row(ag, "PATCH", article, compactJson({{"tags", QJsonArray{"rolematrix"}}}), true, 200, {}, TagsSet,
        "article");
    row(c1, "GET", "/api/v1/incidents", none, false, 200, {}, IncidentsListed, "incidents");
    row(ag, "GET", "/api/v1/incidents", none, false, 200, {}, IncidentsListed, "incidents");
    row(c1, "POST", "/api/v1/incidents", incidentBody, false, 403, forbidden, NoCheck, "incident");
    row(c2, "POST", "/api/v1/incidents", incidentBody, false, 403, forbidden, NoCheck, "incident");
    row(ag, "POST", "/api/v1/incidents", incidentBody, false, 201, {}, Created, "incident");

    // Writing messages.
    row(c1, "POST", ticket + "/messages", publicBody, false, 201, {}, PublicMessageCreated, "public message");
    row(c1, "POST", ticket + "/messages", internalBody, false, 403, forbidden, NoCheck, "internal note");
    row(c2, "POST", ticket + "/messages", publicBody, false, 404, notFound, NoCheck,
        "public message on customer1's ticket");
    row(c2, "POST", ticket + "/messages", internalBody, false, 404, notFound, NoCheck,
        "internal note on customer1's ticket");
    row(c1, "POST", other + "/messages", publicBody, false, 404, notFound, NoCheck,
        "public message on customer2's ticket");
    row(ag, "POST", ticket + "/messages", publicBody, false, 201, {}, PublicMessageCreated, "public message");
    row(ag, "POST", ticket + "/messages", internalBody, false, 201, {}, InternalNoteCreated, "internal note");

    // Changing the ticket: customers only open or close their own.
    const QByteArray close = compactJson({{"status", "closed"}});
    const QByteArray reopen = compactJson({{"status", "open"}});
    row(c2, "PATCH", ticket, close, true, 404, notFound, NoCheck, "close customer1's ticket");
    row(c1, "PATCH", other, close, true, 404, notFound, NoCheck, "close customer2's ticket");
    row(c1, "PATCH", ticket, close, true, 200, {}, StatusIsClosed, "close own ticket");
    row(c1, "PATCH", ticket, reopen, true, 200, {}, StatusIsOpen, "reopen own ticket");
    row(c1, "PATCH", ticket, compactJson({{"subject", "Renamed"}}), true, 403, forbidden, NoCheck,
        "subject of own ticket");
    row(c1, "PATCH", ticket, compactJson({{"severity", 1}}), true, 403, forbidden, NoCheck,
        "severity of own ticket");
    row(c1, "PATCH", ticket, compactJson({{"status", "resolved"}}), true, 403, forbidden, NoCheck,
        "status resolved of own ticket");
    row(c1, "PATCH", ticket, compactJson({{"status", "closed"}, {"tags", QJsonArray{"x"}}}), true, 403, forbidden,
        NoCheck, "status and tags of own ticket");
    row(c2, "PATCH", ticket, compactJson({{"tags", QJsonArray{"rolematrix"}}}), true, 404, notFound, NoCheck,
        "tags of customer1's ticket");
    row(ag, "PATCH", ticket, compactJson({{"tags", QJsonArray{"rolematrix"}}}), true, 200, {}, TagsSet,
        "tags of customer1's ticket");

    // Opening tickets.
    row(c1, "POST", "/api/v1/tickets", compactJson({{"subject", "Second question"}, {"body", "Another one."}}),
        false, 201, {}, TicketIsCustomer1s, "ticket for self");
    row(c1, "POST", "/api/v1/tickets",
        compactJson({{"subject", "On behalf"}, {"requester_id", idOf(QStringLiteral("customer2"))}}), false, 403,
        forbidden, NoCheck, "ticket for customer2");
}

void TestRoleMatrix::matrix()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, ifMatch);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, check);

    ApiClient &client = clientFor(who);
    HttpHeaders headers;
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (ifMatch) {
        // The current version, read by staff, so that only the role decides the answer.
        const ApiReply current = m_agent.get(path);
        QVERIFY2(current.status == 200, qPrintable(current.describe()));
        QByteArray version = current.header("etag");
        if (version.isEmpty()) // the design names ETag for tickets; an article carries its version in the body
            version = '"' + QByteArray::number(current.json().value("version").toInteger()) + '"';
        QVERIFY2(version.size() > 2, qPrintable(current.describe()));
        headers.append(qMakePair(QByteArray("If-Match"), version));
    }
    const ApiReply reply = client.request(method, path, body, headers);
    QVERIFY2(reply.status == status, qPrintable(describeRequest(who, method, path, reply)));
    if (!code.isEmpty()) {
        verifyError(reply, code, describeRequest(who, method, path, reply));
        return;
    }
    runCheck(Check(check), who, client, reply);
}

void TestRoleMatrix::verifyError(const ApiReply &reply, const QString &code, const QString &context)
{
    QVERIFY2(reply.header("content-type").startsWith("application/json"), qPrintable(context));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(), qPrintable(context));
    QVERIFY2(reply.errorCode() == code, qPrintable(QStringLiteral("expected code %1; %2").arg(code, context)));
    QVERIFY2(!reply.errorMessage().isEmpty(), qPrintable(context));
    // A refusal must not carry the resource along.
    QVERIFY2(!reply.body.contains(secretWord.toUtf8()), qPrintable(context));
}

void TestRoleMatrix::runCheck(Check check, const QString &who, ApiClient &client, const ApiReply &reply)
{
    const QJsonObject json = reply.json();
    const qint64 customer1 = idOf(QStringLiteral("customer1"));
    const qint64 customer2 = idOf(QStringLiteral("customer2"));
    // Nothing a customer receives may contain the note's words.
    if (who != QLatin1String("agent1"))
        QVERIFY2(!reply.body.contains(secretWord.toUtf8()), qPrintable(reply.describe()));

    switch (check) {
    case NoCheck:
        break;
    case MeIsSelf:
        QCOMPARE(json.value("id").toInteger(), idOf(who));
        QCOMPARE(json.value("login").toString(), client.user().value("login").toString());
        break;
    case TicketIsCustomer1s:
        QVERIFY2(json.value("id").toInteger() > 0, qPrintable(reply.describe()));
        if (reply.status == 200)
            QCOMPARE(json.value("id").toInteger(), m_ticketId);
        QCOMPARE(json.value("requester_id").toInteger(), customer1);
        break;
    case TicketIsCustomer2s:
        QCOMPARE(json.value("id").toInteger(), m_otherTicketId);
        QCOMPARE(json.value("requester_id").toInteger(), customer2);
        break;
    case MessagesPublicOnly:
    case MessagesWithNote: {
        const QJsonArray items = reply.jsonArray();
        QSet<qint64> ids;
        for (const QJsonValue &v : items) {
            const QJsonObject m = v.toObject();
            ids.insert(m.value("id").toInteger());
            QCOMPARE(m.value("ticket_id").toInteger(), m_ticketId);
            if (check == MessagesPublicOnly) {
                QVERIFY2(m.value("kind").toString() == QLatin1String("public"), qPrintable(reply.describe()));
                QVERIFY2(!m.value("attachment_ids").toArray().contains(m_internalFileId),
                         qPrintable(reply.describe()));
            }
        }
        QVERIFY2(ids.contains(m_publicMessageIds), qPrintable(reply.describe()));
        QCOMPARE(ids.contains(m_noteId), check == MessagesWithNote);
        QCOMPARE(reply.body.contains(secretWord.toUtf8()), check == MessagesWithNote);
        QVERIFY2(reply.body.contains(publicWord.toUtf8()), qPrintable(reply.describe()));
        break;
    }
    case AuditOfTicket: {
        const QJsonArray items = reply.jsonArray();
        QVERIFY2(!items.isEmpty(), qPrintable(reply.describe()));
        for (const QJsonValue &v : items)
            QCOMPARE(v.toObject().value("ticket_id").toInteger(), m_ticketId);
        break;
    }
    case PublicFileBytes:
    case InternalFileBytes:
        QCOMPARE(reply.body, check == PublicFileBytes ? publicFile : internalFile);
        QVERIFY2(reply.header("content-type").startsWith("text/plain"), qPrintable(reply.describe()));
        break;
    case ListOwnTickets:
        checkOwnTicketList(who, client);
        break;
    case ListAllTickets: {
        QJsonArray items;
        QByteArray raw;
        QString error;
        QVERIFY2(listAll(client, {}, &items, &raw, &error), qPrintable(error));
        const QSet<qint64> ids = idsOf(items);
        QVERIFY(ids.contains(m_ticketId));
        QVERIFY(ids.contains(m_otherTicketId));
        const QSet<qint64> requesters = idsOf(items, QStringLiteral("requester_id"));
        QVERIFY(requesters.contains(customer1) && requesters.contains(customer2));
        QVERIFY2(requesters.size() > 2, qPrintable(idList(requesters)));
        break;
    }
    case ListEmpty:
        QVERIFY2(reply.jsonArray().isEmpty(), qPrintable(reply.describe()));
        QVERIFY2(reply.json().value("next").isNull(), qPrintable(reply.describe()));
        break;
    case ListOnlyTheTicket: {
        const QJsonArray items = reply.jsonArray();
        QVERIFY2(items.size() == 1, qPrintable(reply.describe()));
        QCOMPARE(items.first().toObject().value("id").toInteger(), m_ticketId);
        break;
    }
    case FeedOfCustomer:
        checkCustomerFeed(who, client);
        break;
    case FeedOfStaff:
        checkStaffFeed(client);
        break;
    case UsersOnlySelf: {
        const QJsonArray items = reply.jsonArray();
        QVERIFY2(items.size() == 1, qPrintable(reply.describe()));
        QCOMPARE(items.first().toObject().value("id").toInteger(), idOf(who));
        break;
    }
    case UsersAll: {
        const QJsonArray items = reply.jsonArray();
        const QSet<qint64> ids = idsOf(items);
        QVERIFY(ids.contains(customer1) && ids.contains(customer2) && ids.contains(idOf(who)));
        QVERIFY2(items.size() >= 17, qPrintable(reply.describe())); // the demo has 17 users
        for (const QJsonValue &v : items)
            QVERIFY2(!v.toObject().contains("password_hash"), qPrintable(reply.describe()));
        break;
    }
    case ArticlesListed: {
        const QJsonArray items = reply.jsonArray();
        QVERIFY2(!items.isEmpty(), qPrintable(reply.describe()));
        QVERIFY(idsOf(items).contains(m_articleId));
        break;
    }
    case ArticleIsTheOne:
        QCOMPARE(json.value("id").toInteger(), m_articleId);
        QVERIFY(!json.value("title").toString().isEmpty());
        break;
    case IncidentsListed:
        QVERIFY2(!reply.jsonArray().isEmpty(), qPrintable(reply.describe()));
        break;
    case Created:
        QVERIFY2(json.value("id").toInteger() > 0, qPrintable(reply.describe()));
        break;
    case PublicMessageCreated:
    case InternalNoteCreated:
        QVERIFY2(json.value("id").toInteger() > 0, qPrintable(reply.describe()));
        QCOMPARE(json.value("ticket_id").toInteger(), m_ticketId);
        QCOMPARE(json.value("author_id").toInteger(), idOf(who));
        QCOMPARE(json.value("kind").toString(),
                 check == PublicMessageCreated ? QStringLiteral("public") : QStringLiteral("internal"));
        break;
    case StatusIsClosed:
    case StatusIsOpen:
        QCOMPARE(json.value("id").toInteger(), m_ticketId);
        QCOMPARE(json.value("status").toString(),
                 check == StatusIsClosed ? QStringLiteral("closed") : QStringLiteral("open"));
        break;
    case TagsSet:
        QVERIFY2(json.value("tags").toArray().contains(QStringLiteral("rolematrix")), qPrintable(reply.describe()));
        break;
    }
}

bool TestRoleMatrix::listAll(ApiClient &client, const QString &query, QJsonArray *items, QByteArray *raw,
                             QString *error)
{
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/api/v1/tickets?limit=10");
        if (!query.isEmpty())
            path += QLatin1Char('&') + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const ApiReply reply = client.get(path);
        if (reply.status != 200) {
            *error = QStringLiteral("GET %1 -> %2").arg(path, reply.describe());
            return false;
        }
        *raw += reply.body;
        const QJsonArray pageItems = reply.jsonArray();
        if (pageItems.size() > 10) {
            *error = QStringLiteral("GET %1 gave more than limit=10 items").arg(path);
            return false;
        }
        for (const QJsonValue &v : pageItems)
            items->append(v);
        const QJsonValue next = reply.json().value("next");
        if (next.isNull())
            return true;
        if (!next.isString() || next.toString().isEmpty() || next.toString() == cursor) {
            *error = QStringLiteral("GET %1: bad next cursor: %2").arg(path, reply.describe());
            return false;
        }
        cursor = next.toString();
    }
    *error = QStringLiteral("the ticket list did not end within 1000 pages");
    return false;
}

bool TestRoleMatrix::readFeed(ApiClient &client, QList<QJsonObject> *changes, QByteArray *raw, QString *error)
{
    qint64 since = 0;
    qint64 lastSeq = 0;
    for (int page = 0; page < 10000; ++page) {
        const QString path = QStringLiteral("/api/v1/changes?since=%1&limit=100").arg(since);
        const ApiReply reply = client.get(path);
        if (reply.status != 200) {
            *error = QStringLiteral("GET %1 -> %2").arg(path, reply.describe());
            return false;
        }
        *raw += reply.body;
        const QJsonObject json = reply.json();
        const QJsonArray pageChanges = json.value("changes").toArray();
        if (!json.value("changes").isArray() || !json.value("more").isBool() || !json.value("next").isDouble()) {
            *error = QStringLiteral("GET %1: not a change page: %2").arg(path, reply.describe());
            return false;
        }
        if (pageChanges.size() > 100) {
            *error = QStringLiteral("GET %1 gave more than limit=100 changes").arg(path);
            return false;
        }
        for (const QJsonValue &v : pageChanges) {
            const QJsonObject change = v.toObject();
            const qint64 seq = change.value("seq").toInteger();
            if (seq <= lastSeq || seq <= since) {
                *error = QStringLiteral("GET %1: seq %2 out of order (after %3)").arg(path).arg(seq).arg(lastSeq);
                return false;
            }
            lastSeq = seq;
            changes->append(change);
        }
        const qint64 next = json.value("next").toInteger();
        if (next < since || next < lastSeq) {
            *error = QStringLiteral("GET %1: next %2 goes back").arg(path).arg(next);
            return false;
        }
        if (!json.value("more").toBool())
            return true;
        if (next == since) {
            *error = QStringLiteral("GET %1: more is true but next does not advance").arg(path);
            return false;
        }
        since = next;
    }
    *error = QStringLiteral("the feed did not end within 10000 pages");
    return false;
}

void TestRoleMatrix::checkOwnTicketList(const QString &who, ApiClient &client)
{
    const qint64 self = idOf(who);
    QJsonArray items;
    QByteArray raw;
    QString error;
    QVERIFY2(listAll(client, {}, &items, &raw, &error), qPrintable(error));
    for (const QJsonValue &v : items)
        QVERIFY2(v.toObject().value("requester_id").toInteger() == self,
                 qPrintable(QStringLiteral("%1 sees ticket %2 of requester %3")
                                .arg(who)
                                .arg(v.toObject().value("id").toInteger())
                                .arg(v.toObject().value("requester_id").toInteger())));
    // Exactly the tickets staff see for this requester.
    QJsonArray truth;
    QByteArray ignored;
    QVERIFY2(listAll(m_agent, QStringLiteral("requester_id=%1").arg(self), &truth, &ignored, &error),
             qPrintable(error));
    QVERIFY(!truth.isEmpty());
    QCOMPARE(idList(idsOf(items)), idList(idsOf(truth)));
    QCOMPARE(idsOf(items).contains(m_ticketId), who == QLatin1String("customer1"));
    QVERIFY2(!raw.contains(secretWord.toUtf8()), "a ticket list shows words of an internal note");
}

void TestRoleMatrix::checkCustomerFeed(const QString &who, ApiClient &client)
{
    const qint64 self = idOf(who);
    QList<QJsonObject> changes;
    QByteArray raw;
    QString error;
    QVERIFY2(readFeed(client, &changes, &raw, &error), qPrintable(error));
    QVERIFY2(!changes.isEmpty(), "a customer's feed is empty");

    QJsonArray own;
    QByteArray ignored;
    QVERIFY2(listAll(m_agent, QStringLiteral("requester_id=%1").arg(self), &own, &ignored, &error),
             qPrintable(error));
    const QSet<qint64> ownTickets = idsOf(own);
    const bool isCustomer1 = who == QLatin1String("customer1");

    QSet<qint64> seenTickets, seenMessages, seenFiles;
    for (const QJsonObject &change : std::as_const(changes)) {
        const QString entity = change.value("entity").toString();
        const qint64 id = change.value("id").toInteger();
        const QJsonObject data = change.value("data").toObject();
        const bool upsert = change.value("op").toString() == QLatin1String("upsert");
        const QString what = QStringLiteral("%1's feed: %2")
                                 .arg(who, QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
        if (entity == QLatin1String("ticket")) {
            seenTickets.insert(id);
            QVERIFY2(ownTickets.contains(id), qPrintable(what));
            if (upsert)
                QVERIFY2(data.value("requester_id").toInteger() == self, qPrintable(what));
        } else if (entity == QLatin1String("message")) {
            seenMessages.insert(id);
            QVERIFY2(id != m_noteId, qPrintable(what));
            if (upsert) {
                QVERIFY2(data.value("kind").toString() == QLatin1String("public"), qPrintable(what));
                QVERIFY2(ownTickets.contains(data.value("ticket_id").toInteger()), qPrintable(what));
                QVERIFY2(!data.value("attachment_ids").toArray().contains(m_internalFileId), qPrintable(what));
            }
        } else if (entity == QLatin1String("attachment")) {
            seenFiles.insert(id);
            QVERIFY2(id != m_internalFileId, qPrintable(what));
            if (!isCustomer1)
                QVERIFY2(id != m_publicFileId, qPrintable(what));
        } else if (entity == QLatin1String("user")) {
            // GET /users shows a customer only themselves; the feed must not list other customers.
            if (upsert && data.value("role").toString() == QLatin1String("customer"))
                QVERIFY2(id == self, qPrintable(what));
        }
    }
    QVERIFY2(!raw.contains(secretWord.toUtf8()), "a customer's feed holds words of an internal note");
    if (isCustomer1) {
        QVERIFY2(seenTickets.contains(m_ticketId), "customer1's feed lacks their ticket");
        QVERIFY2(seenMessages.contains(m_publicMessageIds),
                 qPrintable(QStringLiteral("customer1's feed lacks public messages %1 (has %2)")
                                .arg(idList(m_publicMessageIds), idList(seenMessages))));
    } else {
        QVERIFY2(!seenTickets.contains(m_ticketId), "customer2's feed shows customer1's ticket");
        QVERIFY2(!seenMessages.intersects(m_publicMessageIds), "customer2's feed shows customer1's messages");
        QVERIFY2(!raw.contains(publicWord.toUtf8()), "customer2's feed holds customer1's message text");
        QVERIFY2(!seenTickets.isEmpty(), "customer2's feed shows none of their own tickets");
    }
}

void TestRoleMatrix::checkStaffFeed(ApiClient &client)
{
    QList<QJsonObject> changes;
    QByteArray raw;
    QString error;
    QVERIFY2(readFeed(client, &changes, &raw, &error), qPrintable(error));
    QSet<qint64> tickets, messages, files;
    bool noteIsInternal = false;
    for (const QJsonObject &change : std::as_const(changes)) {
        const QString entity = change.value("entity").toString();
        const qint64 id = change.value("id").toInteger();
        if (entity == QLatin1String("ticket"))
            tickets.insert(id);
        else if (entity == QLatin1String("message"))
            messages.insert(id);
        else if (entity == QLatin1String("attachment"))
            files.insert(id);
        if (entity == QLatin1String("message") && id == m_noteId)
            noteIsInternal = change.value("data").toObject().value("kind").toString() == QLatin1String("internal");
    }
    QVERIFY(tickets.contains(m_ticketId));
    QVERIFY(tickets.contains(m_otherTicketId));
    QVERIFY(messages.contains(m_publicMessageIds));
    QVERIFY2(messages.contains(m_noteId), "staff's feed lacks the internal note");
    QVERIFY(noteIsInternal);
    QVERIFY(files.contains(m_publicFileId));
    QVERIFY(files.contains(m_internalFileId));
    QVERIFY(raw.contains(secretWord.toUtf8()));
}

void TestRoleMatrix::customerSeesNoInternalNoteOnAnyOwnTicket()
{
    // Every demo ticket of customer1 has internal notes; the customer gets exactly the public messages.
    QJsonArray own;
    QByteArray raw;
    QString error;
    QVERIFY2(listAll(m_agent, QStringLiteral("requester_id=%1").arg(idOf(QStringLiteral("customer1"))), &own, &raw,
                     &error),
             qPrintable(error));
    QVERIFY(own.size() >= 4);
    int notes = 0;
    for (const QJsonValue &v : std::as_const(own)) {
        const QString path = QStringLiteral("/api/v1/tickets/%1/messages").arg(v.toObject().value("id").toInteger());
        const ApiReply staffView = m_agent.get(path);
        QVERIFY2(staffView.status == 200, qPrintable(staffView.describe()));
        QSet<qint64> publicIds;
        for (const QJsonValue &m : staffView.jsonArray()) {
            if (m.toObject().value("kind").toString() == QLatin1String("public"))
                publicIds.insert(m.toObject().value("id").toInteger());
            else
                ++notes;
        }
        const ApiReply customerView = m_customer1.get(path);
        QVERIFY2(customerView.status == 200, qPrintable(customerView.describe()));
        QCOMPARE(idList(idsOf(customerView.jsonArray())), idList(publicIds));
    }
    QVERIFY2(notes >= 4, "the demo tickets of customer1 should carry internal notes");
}

void TestRoleMatrix::customerCannotReachAnyOtherCustomersTicket()
{
    const qint64 customer1 = idOf(QStringLiteral("customer1"));
    QJsonArray all;
    QByteArray raw;
    QString error;
    QVERIFY2(listAll(m_agent, {}, &all, &raw, &error), qPrintable(error));
    int others = 0;
    for (const QJsonValue &v : std::as_const(all)) {
        const QJsonObject ticket = v.toObject();
        if (ticket.value("requester_id").toInteger() == customer1)
            continue;
        ++others;
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(ticket.value("id").toInteger());
        for (const QString &route : {path, path + QStringLiteral("/messages"), path + QStringLiteral("/audit")}) {
            const ApiReply r = m_customer1.get(route);
            QVERIFY2(r.status == 404 && r.errorCode() == QLatin1String("not_found"),
                     qPrintable(QStringLiteral("customer1 GET %1 -> %2").arg(route, r.describe())));
        }
    }
    QVERIFY(others >= 30);
}

void TestRoleMatrix::withoutValidToken_data()
{
    QTest::addColumn<QByteArray>("token"); // empty: no Authorization header at all
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    const QString ticket = QStringLiteral("/api/v1/tickets/%1").arg(m_ticketId);
    const QString article = QStringLiteral("/api/v1/kb/articles/%1").arg(m_articleId);
    const QByteArray json = "application/json";
    struct Route
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray contentType;
    };
    const QList<Route> routes{
        {"GET", "/api/v1/me", {}, {}},
        {"GET", "/api/v1/users", {}, {}},
        {"GET", "/api/v1/groups", {}, {}},
        {"GET", "/api/v1/tickets", {}, {}},
        {"GET", "/api/v1/tickets?q=" + secretWord, {}, {}},
        {"POST", "/api/v1/tickets", compactJson({{"subject", "No token"}}), json},
        {"GET", ticket, {}, {}},
        {"PATCH", ticket, compactJson({{"status", "closed"}}), json},
        {"GET", ticket + "/audit", {}, {}},
        {"GET", ticket + "/messages", {}, {}},
        {"POST", ticket + "/messages", compactJson({{"kind", "public"}, {"body", "No token"}}), json},
        {"POST", "/api/v1/attachments?filename=a.txt", "plain bytes", "text/plain"},
        {"GET", QStringLiteral("/api/v1/attachments/%1").arg(m_publicFileId), {}, {}},
        {"GET", QStringLiteral("/api/v1/attachments/%1").arg(m_internalFileId), {}, {}},
        {"GET", "/api/v1/kb/articles", {}, {}},
        {"POST", "/api/v1/kb/articles",
         compactJson({{"title", "T"}, {"body", "B"}, {"lang", "en"}, {"category", "c"}}), json},
        {"GET", article, {}, {}},
        {"PATCH", article, compactJson({{"title", "No token"}}), json},
        {"GET", "/api/v1/incidents", {}, {}},
        {"POST", "/api/v1/incidents", compactJson({{"title", "No token"}}), json},
        {"GET", "/api/v1/changes", {}, {}},
        {"GET", "/api/v1/changes?since=0&limit=1000", {}, {}},
        {"POST", "/api/v1/auth/logout", {}, {}},
    };
    const QList<QPair<const char *, QByteArray>> tokens{
        {"no token", QByteArray()},
        {"garbage token", QByteArrayLiteral("garbage-token-that-was-never-issued-0000000")},
        {"logged-out token", m_revokedToken},
    };
    for (const auto &[tokenName, token] : tokens) {
        for (const Route &route : routes) {
            QTest::addRow("%s %s %s", tokenName, route.method.constData(), qPrintable(route.path))
                << token << route.method << route.path << route.body << route.contentType;
        }
    }
}

void TestRoleMatrix::withoutValidToken()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    ApiClient client(m_server);
    client.setToken(token);
    HttpHeaders headers{{"If-Match", "\"1\""}};
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const ApiReply reply = client.request(method, path, body, headers);
    const QString context = describeRequest(QStringLiteral("without a valid token"), method, path, reply);
    QVERIFY2(reply.status == 401, qPrintable(context));
    verifyError(reply, QStringLiteral("unauthorized"), context);
    QVERIFY2(!reply.body.contains(publicWord.toUtf8()), qPrintable(context));
}

} // namespace tierdesk::test

QTEST_GUILESS_MAIN(tierdesk::test::TestRoleMatrix)
#include "tst_rolematrix.moc"
