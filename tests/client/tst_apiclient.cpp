// tierdesk::ApiClient against a real tierdesk-server (demo data, SQLite) over loopback: login, every typed
// call, version conflicts with the server's current state, the change feed paged to its head, attachments
// with checksums, logout and the unauthorized() signal; then the failure paths — a refused connection
// (retried for a GET, not for a POST without key), a server that never answers (timeout), a connection reset
// after the server did the work (an idempotent POST repeated through FaultProxy creates one ticket), and
// HTTPS with a self-signed certificate (refused with a readable reason, accepted once trusted).

#include "client/apiclient.h"
#include "support/apiclient.h"
#include "support/faultproxy.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cctype>
#include <memory>
#include <vector>

using tierdesk::ApiJob;
using tierdesk::ChangesJob;
using tierdesk::ClientError;
using tierdesk::RetryPolicy;
using tierdesk::test::ApiReply;
using tierdesk::test::FaultProxy;
using tierdesk::test::TestServer;
using TypedClient = tierdesk::ApiClient;
using RawClient = tierdesk::test::ApiClient;
using Kind = ClientError::Kind;

namespace {

// Takes over a started job (no auto-delete, so that it can be inspected after the next job ran) and waits.
template<class Job> std::unique_ptr<Job> finished(Job *job, int timeoutMs = 30000)
{
    job->setAutoDelete(false);
    std::unique_ptr<Job> owned(job);
    if (!owned->waitForFinished(timeoutMs))
        qWarning() << "job" << owned->method() << owned->path() << "did not finish within" << timeoutMs
                   << "ms";
    return owned;
}

QString describe(const ApiJob &job)
{
    const ClientError e = job.error();
    return QStringLiteral("%1 %2 -> HTTP %3, %4 (%5): %6 | %7")
        .arg(QString::fromLatin1(job.method()), job.path())
        .arg(job.httpStatus())
        .arg(ClientError::kindName(e.kind), e.code, e.message,
             QString::fromUtf8(job.responseBody().left(400)));
}

#define VERIFY_OK(job) QVERIFY2((job)->isFinished() && (job)->ok(), qPrintable(describe(*(job))))

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QList<quint32> words((size + 3) / 4);
    generator.fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QSet<qint64> idsOf(const QJsonArray &items)
{
    QSet<qint64> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

// A port on which nothing listens: bound once by us, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Makes a self-signed certificate for 127.0.0.1 with the openssl command-line tool.
bool makeCertificate(const QString &dir, const QString &name, QString *certificate, QString *key,
                     QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("the openssl command is not installed");
        return false;
    }
    *certificate = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    *key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-keyout"), *key, QStringLiteral("-out"),
                            *certificate});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1").arg(QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<RawClient> m_raw; // the test support client as the reference: agent1
    qint64 m_customerId = 0;

    // A logged-in typed client.
    std::unique_ptr<TypedClient> loggedIn(const QString &login, const QUrl &url = {})
    {
        auto client = std::make_unique<TypedClient>(url.isEmpty() ? m_server->baseUrl() : url);
        auto job = finished(client->login(login, QStringLiteral("demo")));
        if (!job->ok()) {
            qWarning().noquote() << "login failed:" << describe(*job);
            return {};
        }
        return client;
    }

    // A ticket for customer1 created by agent1 through the typed client.
    qint64 createTicket(TypedClient &client, const QString &subject, qint64 *version = nullptr)
    {
        auto job =
            finished(client.createTicket({{QStringLiteral("subject"), subject},
                                          {QStringLiteral("requester_id"), m_customerId},
                                          {QStringLiteral("severity"), 3},
                                          {QStringLiteral("body"), QStringLiteral("Made by tst_apiclient.")}},
                                         TypedClient::newIdempotencyKey()));
        if (!job->ok()) {
            qWarning().noquote() << describe(*job);
            return 0;
        }
        if (version)
            *version = job->json().value(QLatin1String("version")).toInteger();
        return job->json().value(QLatin1String("id")).toInteger();
    }

    // Every ticket agent1 sees, through the reference client, all pages.
    QJsonArray allTickets() const
    {
        QJsonArray tickets;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QString path = QStringLiteral("/api/v1/tickets?limit=500");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const ApiReply reply = m_raw->get(path);
            if (reply.status != 200) {
                qWarning().noquote() << "listing tickets failed:" << reply.status << reply.body;
                return {};
            }
            for (const QJsonValue &t : reply.json().value(QLatin1String("items")).toArray())
                tickets.append(t);
            cursor = reply.json().value(QLatin1String("next")).toString();
            if (cursor.isEmpty())
                break;
        }
        return tickets;
    }

    int countTickets(const QString &subject) const
    {
        int found = 0;
        for (const QJsonValue &t : allTickets())
            found += t.toObject().value(QLatin1String("subject")).toString() == subject ? 1 : 0;
        return found;
    }

private slots:
    void initTestCase()
    {
        // Per-request lines of the client are for debugging, not for the test log.
        QLoggingCategory::setFilterRules(
            QStringLiteral("tierdesk.client.api.debug=false\ntierdesk.test.faultproxy.debug=false"));
        m_server = std::make_unique<TestServer>(tierdesk::test::TestServerOptions{.demo = true});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_raw = std::make_unique<RawClient>(*m_server);
        QVERIFY(m_raw->login(QStringLiteral("agent1"), QStringLiteral("demo")));
        for (const QJsonValue &user :
             m_raw->get(QStringLiteral("/api/v1/users")).json().value(QLatin1String("items")).toArray()) {
            if (user.toObject().value(QLatin1String("login")).toString() == QLatin1String("customer1"))
                m_customerId = user.toObject().value(QLatin1String("id")).toInteger();
        }
        QVERIFY(m_customerId > 0);
    }

    void loginSucceeds()
    {
        TypedClient client(m_server->baseUrl());
        auto job = finished(client.login(QStringLiteral("agent2"), QStringLiteral("demo")));
        VERIFY_OK(job);
        QCOMPARE(job->httpStatus(), 200);
        QVERIFY(!job->token().isEmpty());
        QCOMPARE(client.token(), job->token()); // the connection carries it from now on
        QCOMPARE(job->user().login, QStringLiteral("agent2"));
        QCOMPARE(job->user().tier, std::optional<int>(2));
        QCOMPARE(job->attempts(), 1);

        auto me = finished(client.me());
        VERIFY_OK(me);
        QCOMPARE(me->json().value(QLatin1String("login")).toString(), QStringLiteral("agent2"));
        // Every request carries an id for the server's log; retries of one job keep it.
        QVERIFY(!me->requestId().isEmpty());
    }

    void loginWithWrongPassword()
    {
        TypedClient client(m_server->baseUrl());
        // Even with a (stale) token on the connection, a failed login is not "the session ended".
        client.setToken("stale-token-from-an-earlier-session");
        QSignalSpy unauthorized(client.connection(), &tierdesk::ApiConnection::unauthorized);
        auto job = finished(client.login(QStringLiteral("agent3"), QStringLiteral("not the password")));
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().kind, Kind::Unauthorized);
        QCOMPARE(job->httpStatus(), 401);
        QCOMPARE(job->error().message, QStringLiteral("Wrong login or password.")); // the server's own words
        QCOMPARE(job->error().code, QStringLiteral("unauthorized"));
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(unauthorized.count(), 0);
        QVERIFY(job->token().isEmpty());
        QCOMPARE(client.token(), QByteArray("stale-token-from-an-earlier-session"));
    }

    void ticketsWithFilters()
    {
        auto client = loggedIn(QStringLiteral("agent1"));
        QVERIFY(client);

        QUrlQuery all;
        all.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        auto everything = finished(client->tickets(all));
        VERIFY_OK(everything);
        const QJsonArray items = everything->items();
        QVERIFY(items.size() >= 30); // the demo has 38 tickets
        QCOMPARE(idsOf(items), idsOf(allTickets()));

        // status: only open ones, and all of them.
        QUrlQuery open = all;
        open.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
        auto openJob = finished(client->tickets(open));
        VERIFY_OK(openJob);
        QSet<qint64> expectedOpen;
        for (const QJsonValue &t : items) {
            if (t.toObject().value(QLatin1String("status")).toString() == QLatin1String("open"))
                expectedOpen.insert(t.toObject().value(QLatin1String("id")).toInteger());
        }
        QVERIFY(!expectedOpen.isEmpty());
        QVERIFY(expectedOpen.size() < items.size());
        QCOMPARE(idsOf(openJob->items()), expectedOpen);

        // tier and a text search with characters that need encoding.
        QUrlQuery tier3 = all;
        tier3.addQueryItem(QStringLiteral("tier"), QStringLiteral("3"));
        auto tierJob = finished(client->tickets(tier3));
        VERIFY_OK(tierJob);
        QVERIFY(!tierJob->items().isEmpty());
        for (const QJsonValue &t : tierJob->items())
            QCOMPARE(t.toObject().value(QLatin1String("tier")).toInt(), 3);

        QUrlQuery text = all;
        text.addQueryItem(QStringLiteral("q"), QStringLiteral("SMTP-421 & bounce"));
        auto textJob = finished(client->tickets(text));
        VERIFY_OK(textJob);
        const ApiReply reference =
            m_raw->get(QStringLiteral("/api/v1/tickets?limit=500&q=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("SMTP-421 & bounce"))));
        QCOMPARE(reference.status, 200);
        QCOMPARE(idsOf(textJob->items()), idsOf(reference.json().value(QLatin1String("items")).toArray()));

        // A bad filter comes back as Rejected with the server's explanation.
        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("status"), QStringLiteral("sleeping"));
        auto badJob = finished(client->tickets(bad));
        QCOMPARE(badJob->error().kind, Kind::Rejected);
        QCOMPARE(badJob->httpStatus(), 400);
        QVERIFY2(badJob->error().message.contains(QLatin1String("status")),
                 qPrintable(badJob->error().message));
        QCOMPARE(badJob->attempts(), 1); // a rejected request is not repeated
    }

    void ticketCreatePatchAndConflict()
    {
        auto client = loggedIn(QStringLiteral("agent1"));
        QVERIFY(client);

        const QString subject = QStringLiteral("Printer on floor 3 prints only blank pages %1")
                                    .arg(QRandomGenerator::global()->generate());
        auto created = finished(
            client->createTicket({{QStringLiteral("subject"), subject},
                                  {QStringLiteral("requester_id"), m_customerId},
                                  {QStringLiteral("severity"), 3},
                                  {QStringLiteral("body"), QStringLiteral("Blank pages since Monday.")}},
                                 TypedClient::newIdempotencyKey()));
        VERIFY_OK(created);
        QCOMPARE(created->httpStatus(), 201);
        const qint64 id = created->json().value(QLatin1String("id")).toInteger();
        const qint64 version = created->json().value(QLatin1String("version")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created->json().value(QLatin1String("subject")).toString(), subject);
        QCOMPARE(created->responseHeader("location"), "/api/v1/tickets/" + QByteArray::number(id));

        auto one = finished(client->ticket(id));
        VERIFY_OK(one);
        QCOMPARE(one->json().value(QLatin1String("subject")).toString(), subject);
        QCOMPARE(one->responseHeader("ETag"), '"' + QByteArray::number(version) + '"');

        auto patched = finished(client->patchTicket(id, version, {{QStringLiteral("severity"), 2}},
                                                    TypedClient::newIdempotencyKey()));
        VERIFY_OK(patched);
        QCOMPARE(patched->httpStatus(), 200);
        QCOMPARE(patched->json().value(QLatin1String("severity")).toInt(), 2);
        const qint64 newVersion = patched->json().value(QLatin1String("version")).toInteger();
        QVERIFY(newVersion > version);

        // An edit made against the old version: the server refuses it and sends what it has now.
        auto stale = finished(client->patchTicket(id, version, {{QStringLiteral("severity"), 4}},
                                                  TypedClient::newIdempotencyKey()));
        QCOMPARE(stale->error().kind, Kind::Conflict);
        QCOMPARE(stale->httpStatus(), 412);
        QCOMPARE(stale->error().code, QStringLiteral("version_mismatch"));
        QVERIFY(!stale->error().message.isEmpty());
        const QJsonObject current = stale->error().body.value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(current.value(QLatin1String("version")).toInteger(), newVersion);
        QCOMPARE(current.value(QLatin1String("severity")).toInt(), 2);
        QCOMPARE(stale->attempts(), 1); // a conflict is not transient: never repeated

        auto audit = finished(client->ticketAudit(id));
        VERIFY_OK(audit);
        QVERIFY(!audit->items().isEmpty());

        auto missing = finished(client->ticket(987654321));
        QCOMPARE(missing->error().kind, Kind::NotFound);
        QCOMPARE(missing->httpStatus(), 404);
    }

    void messages()
    {
        auto client = loggedIn(QStringLiteral("agent1"));
        QVERIFY(client);
        const qint64 id = createTicket(*client, QStringLiteral("VPN drops every 20 minutes"));
        QVERIFY(id > 0);

        auto before = finished(client->messages(id));
        VERIFY_OK(before);
        QCOMPARE(before->items().size(), 1); // the draft's body

        const QString body = QStringLiteral("Could you send the VPN client log? Zażółć gęślą jaźń.");
        auto posted = finished(client->postMessage(
            id, {{QStringLiteral("kind"), QStringLiteral("public")}, {QStringLiteral("body"), body}},
            TypedClient::newIdempotencyKey()));
        VERIFY_OK(posted);
        QCOMPARE(posted->httpStatus(), 201);
        QCOMPARE(posted->json().value(QLatin1String("body")).toString(), body);

        auto after = finished(client->messages(id));
        VERIFY_OK(after);
        QCOMPARE(after->items().size(), 2);
        QCOMPARE(after->items().last().toObject().value(QLatin1String("body")).toString(), body);
    }

    void articlesSearchAndEdit()
    {
        auto client = loggedIn(QStringLiteral("agent2"));
        QVERIFY(client);

        QUrlQuery byCode;
        byCode.addQueryItem(QStringLiteral("error_code"), QStringLiteral("SMTP-421"));
        auto coded = finished(client->articles(byCode));
        VERIFY_OK(coded);
        QVERIFY(!coded->items().isEmpty());
        for (const QJsonValue &a : coded->items()) {
            QVERIFY(a.toObject()
                        .value(QLatin1String("error_codes"))
                        .toArray()
                        .contains(QStringLiteral("SMTP-421")));
        }

        QUrlQuery words;
        words.addQueryItem(QStringLiteral("q"), QStringLiteral("błąd"));
        auto found = finished(client->articles(words));
        VERIFY_OK(found);
        QVERIFY(!found->items().isEmpty());
        const ApiReply reference =
            m_raw->get(QStringLiteral("/api/v1/kb/articles?q=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("błąd"))));
        QCOMPARE(idsOf(found->items()), idsOf(reference.json().value(QLatin1String("items")).toArray()));

        const qint64 articleId = coded->items().first().toObject().value(QLatin1String("id")).toInteger();
        auto one = finished(client->article(articleId));
        VERIFY_OK(one);
        QCOMPARE(one->json().value(QLatin1String("id")).toInteger(), articleId);

        auto created = finished(
            client->createArticle({{QStringLiteral("title"), QStringLiteral("Clearing the quorblix cache")},
                                   {QStringLiteral("body"), QStringLiteral("Settings, then Clear.")},
                                   {QStringLiteral("lang"), QStringLiteral("en")},
                                   {QStringLiteral("category"), QStringLiteral("Testing")}},
                                  TypedClient::newIdempotencyKey()));
        VERIFY_OK(created);
        QCOMPARE(created->httpStatus(), 201);
        const qint64 newId = created->json().value(QLatin1String("id")).toInteger();
        auto patched = finished(
            client->patchArticle(newId, created->json().value(QLatin1String("version")).toInteger(),
                                 {{QStringLiteral("body"), QStringLiteral("Settings, Storage, Clear.")}},
                                 TypedClient::newIdempotencyKey()));
        VERIFY_OK(patched);
        QCOMPARE(patched->json().value(QLatin1String("body")).toString(),
                 QStringLiteral("Settings, Storage, Clear."));
        auto stale = finished(client->patchArticle(newId, 1, {{QStringLiteral("body"), QStringLiteral("x")}},
                                                   TypedClient::newIdempotencyKey()));
        QCOMPARE(stale->error().kind, Kind::Conflict);
        QCOMPARE(stale->error()
                     .body.value(QLatin1String("current"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toInteger(),
                 newId);
    }

    void changesPageUntilHead()
    {
        auto client = loggedIn(QStringLiteral("agent1"));
        QVERIFY(client);
        QVERIFY(createTicket(*client, QStringLiteral("Feed check")) > 0);

        qint64 since = 0;
        qint64 lastSeq = 0;
        qint64 head = 0;
        int pages = 0;
        QSet<QString> entities;
        QSet<qint64> ticketIds;
        bool more = true;
        while (more) {
            auto page = finished(client->changes(since, 25));
            VERIFY_OK(page);
            QCOMPARE(page->since(), since);
            QVERIFY(page->changes().size() <= 25);
            for (const tierdesk::FeedChange &change : page->changes()) {
                QVERIFY2(change.seq > lastSeq, "sequences must grow");
                lastSeq = change.seq;
                QVERIFY(!change.entity.isEmpty());
                QVERIFY(change.id > 0);
                entities.insert(change.entity);
                if (change.entity == QLatin1String("ticket") && !change.deleted) {
                    QCOMPARE(change.data.value(QLatin1String("id")).toInteger(), change.id);
                    ticketIds.insert(change.id);
                }
            }
            QVERIFY(page->head() >= page->next());
            if (page->more())
                QCOMPARE(page->changes().size(), 25);
            head = page->head();
            more = page->more();
            since = page->next();
            QVERIFY(++pages < 10000);
        }
        QVERIFY(pages > 1);    // the demo has far more than 25 changes
        QCOMPARE(since, head); // an agent sees everything: the last page ends at the head
        QVERIFY(lastSeq <= head);
        QVERIFY(entities.contains(QStringLiteral("ticket")));
        QVERIFY(entities.contains(QStringLiteral("user")));
        QCOMPARE(ticketIds, idsOf(allTickets()));

        // At the head: an empty page, more=false, next stays.
        auto empty = finished(client->changes(head, 25));
        VERIFY_OK(empty);
        QVERIFY(empty->changes().isEmpty());
        QVERIFY(!empty->more());
        QCOMPARE(empty->next(), head);
    }

    void usersGroupsIncidentsMeHealth()
    {
        auto client = loggedIn(QStringLiteral("supervisor"));
        QVERIFY(client);
        auto users = finished(client->users());
        VERIFY_OK(users);
        QCOMPARE(users->items().size(), m_raw->get(QStringLiteral("/api/v1/users"))
                                            .json()
                                            .value(QLatin1String("items"))
                                            .toArray()
                                            .size());
        QVERIFY(users->items().size() >= 8);
        auto groups = finished(client->groups());
        VERIFY_OK(groups);
        QCOMPARE(groups->items().size(), 3);
        auto incidents = finished(client->incidents());
        VERIFY_OK(incidents);
        QCOMPARE(incidents->items().size(), 1);
        auto me = finished(client->me());
        VERIFY_OK(me);
        QCOMPARE(me->json().value(QLatin1String("login")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(me->json().value(QLatin1String("role")).toString(), QStringLiteral("supervisor"));
        auto health = finished(client->health());
        VERIFY_OK(health);
        QCOMPARE(health->json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));

        // A customer sees only themselves: the typed call passes the server's answer on.
        auto customer = loggedIn(QStringLiteral("customer2"));
        QVERIFY(customer);
        auto self = finished(customer->users());
        VERIFY_OK(self);
        QCOMPARE(self->items().size(), 1);
        auto audit = finished(customer->ticketAudit(1));
        QVERIFY(audit->error().kind == Kind::NotFound || audit->error().kind == Kind::Forbidden);
    }

    void logoutEndsTheSession()
    {
        auto client = loggedIn(QStringLiteral("agent3"));
        QVERIFY(client);
        const QByteArray token = client->token();
        QSignalSpy unauthorized(client->connection(), &tierdesk::ApiConnection::unauthorized);

        auto logout = finished(client->logout());
        VERIFY_OK(logout);
        QCOMPARE(logout->httpStatus(), 204);
        QVERIFY(client->token().isEmpty()); // forgotten by the client
        QCOMPARE(unauthorized.count(), 0);

        // The old token (as another program still holding it would send it) is dead on the server.
        client->setToken(token);
        auto me = finished(client->me());
        QCOMPARE(me->error().kind, Kind::Unauthorized);
        QCOMPARE(me->httpStatus(), 401);
        QVERIFY(!me->error().message.isEmpty());
        QCOMPARE(me->attempts(), 1);
        QCOMPARE(unauthorized.count(), 1);

        // Without any token: 401 as well, but that is no ended session.
        client->setToken({});
        auto anonymous = finished(client->users());
        QCOMPARE(anonymous->error().kind, Kind::Unauthorized);
        QCOMPARE(unauthorized.count(), 1);
    }

    void attachmentRoundTrip()
    {
        auto client = loggedIn(QStringLiteral("agent1"));
        QVERIFY(client);
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17, 4711);
        auto upload = client->uploadAttachment(QStringLiteral("vpn-client log (März).bin"),
                                               "application/octet-stream", bytes);
        QSignalSpy uploadProgress(upload, &ApiJob::progress);
        auto uploaded = finished(upload);
        VERIFY_OK(uploaded);
        QCOMPARE(uploaded->httpStatus(), 201);
        const tierdesk::AttachmentInfo info = uploaded->attachment();
        QVERIFY(info.id > 0);
        QCOMPARE(info.size, bytes.size());
        QCOMPARE(info.sha256.toLatin1(), sha256Hex(bytes));
        QCOMPARE(info.filename, QStringLiteral("vpn-client log (März).bin"));
        QVERIFY(!uploadProgress.isEmpty());
        QCOMPARE(uploadProgress.last().at(0).toLongLong(), qint64(bytes.size()));

        auto download = client->downloadAttachment(info.id, info.sha256.toLatin1());
        QSignalSpy downloadProgress(download, &ApiJob::progress);
        auto downloaded = finished(download);
        VERIFY_OK(downloaded);
        QCOMPARE(downloaded->bytes().size(), bytes.size());
        QVERIFY(downloaded->bytes() == bytes);
        QCOMPARE(downloaded->contentType(), QByteArray("application/octet-stream"));
        QVERIFY(!downloadProgress.isEmpty());
        QCOMPARE(downloadProgress.last().at(0).toLongLong(), qint64(bytes.size()));

        // Without an expected checksum the bytes come as they are.
        auto unchecked = finished(client->downloadAttachment(info.id));
        VERIFY_OK(unchecked);
        QVERIFY(unchecked->bytes() == bytes);

        // A checksum that does not match (as if the file were damaged on the way): an error, not the file.
        QByteArray wrong = sha256Hex(bytes);
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        auto damaged = finished(client->downloadAttachment(info.id, wrong));
        QCOMPARE(damaged->error().kind, Kind::Protocol);
        QVERIFY2(damaged->error().message.contains(QLatin1String("checksum")),
                 qPrintable(damaged->error().message));
        QVERIFY(!damaged->ok());

        auto missing = finished(client->downloadAttachment(info.id + 1000));
        QCOMPARE(missing->error().kind, Kind::NotFound);
    }

    void connectionRefused()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        TypedClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.connection()->setRetryPolicy(RetryPolicy(3, 10, 40));
        client.setToken("some-token");

        auto get = finished(client.tickets());
        QCOMPARE(get->error().kind, Kind::Network);
        QCOMPARE(
            get->error().message,
            QStringLiteral("The server at 127.0.0.1:%1 refused the connection — is it running?").arg(port));
        QVERIFY(get->error().isTransient());
        QCOMPARE(get->attempts(), 3); // retried per policy

        // A POST without an idempotency key might have been applied: never repeated by itself.
        auto post =
            finished(client.createTicket({{QStringLiteral("subject"), QStringLiteral("x")}}, QByteArray()));
        QCOMPARE(post->error().kind, Kind::Network);
        QVERIFY(!post->isRetrySafe());
        QCOMPARE(post->attempts(), 1);

        // With a key it is safe to repeat.
        auto keyed = finished(client.createTicket({{QStringLiteral("subject"), QStringLiteral("x")}},
                                                  TypedClient::newIdempotencyKey()));
        QVERIFY(keyed->isRetrySafe());
        QCOMPARE(keyed->attempts(), 3);

        // A job may lower the number of attempts.
        auto job = new ApiJob(client.connection(), "GET", QStringLiteral("/healthz"));
        job->setMaxAttempts(1);
        job->start();
        auto single = finished(job);
        QCOMPARE(single->attempts(), 1);
        QCOMPARE(single->error().kind, Kind::Network);
    }

    void unknownHost()
    {
        TypedClient client(QUrl(QStringLiteral("http://tierdesk-no-such-host.invalid:8080")));
        client.connection()->setRetryPolicy(RetryPolicy(1, 10, 10));
        auto job = finished(client.health());
        QCOMPARE(job->error().kind, Kind::Network);
        QVERIFY2(job->error().message.contains(QLatin1String("could not be found")),
                 qPrintable(job->error().message));
        QVERIFY(job->error().message.contains(QLatin1String("tierdesk-no-such-host.invalid")));
    }

    void timeout()
    {
        // A fake server: a real tierdesk-server cannot be made to hang, so a plain socket that accepts
        // connections and reads requests but never answers stands in for one that stopped responding.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        int connections = 0;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                ++connections;
                held.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            }
        });

        TypedClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        client.connection()->setTimeoutMs(300);
        client.connection()->setRetryPolicy(RetryPolicy(2, 10, 20));
        auto get = finished(client.me());
        QCOMPARE(get->error().kind, Kind::Timeout);
        QVERIFY2(get->error().message.contains(QLatin1String("did not answer within 0.3 seconds")),
                 qPrintable(get->error().message));
        QVERIFY(get->error().message.contains(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort())));
        QCOMPARE(get->attempts(), 2); // a timeout is transient, a GET is safe to repeat
        QVERIFY(connections >= 1);

        // abort() ends a waiting job at once, as Cancelled.
        client.connection()->setTimeoutMs(60000);
        auto *job = client.me();
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owned(job);
        const int before = connections;
        QTRY_VERIFY(connections > before); // the request is out and waits for its answer
        QSignalSpy finishedSpy(job, &ApiJob::finished);
        job->abort();
        QVERIFY(job->isFinished());
        QCOMPARE(finishedSpy.count(), 1);
        QCOMPARE(job->error().kind, Kind::Cancelled);
        QCOMPARE(job->attempts(), 1);
        qDeleteAll(held);
    }

    void idempotentPostSurvivesALostAnswer()
    {
        FaultProxy proxy(m_server->baseUrl());
        QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));
        auto client = loggedIn(QStringLiteral("agent1"), proxy.url());
        QVERIFY(client);
        client->connection()->setRetryPolicy(RetryPolicy(6, 20, 100));

        // The server handles the request; the answer never reaches the client (reset before its first byte).
        // Three times: Qt's HTTP layer itself may send a request once more after such a reset (it did in
        // about half of the measured cases), so three faults make sure that the job's own retry is exercised.
        proxy.setMode(FaultProxy::Mode::ResetInResponse);
        proxy.setResetAfterResponseBytes(0);
        proxy.setFaultBudget(3);
        const int requestsBefore = proxy.requestsSeen();

        const QString subject = QStringLiteral("Lost answer %1").arg(QRandomGenerator::global()->generate());
        auto created = finished(client->createTicket(
            {{QStringLiteral("subject"), subject}, {QStringLiteral("requester_id"), m_customerId}},
            TypedClient::newIdempotencyKey()));
        VERIFY_OK(created);
        QCOMPARE(proxy.faults(FaultProxy::Fault::ResetInResponse), 3);
        QCOMPARE(proxy.requestsSeen() - requestsBefore, 4); // three lost answers, then one that arrived
        QVERIFY2(created->attempts() >= 2, "the job repeated the request itself");
        QCOMPARE(created->httpStatus(), 201);
        // The last answer is the stored answer to the first request: the server did the work once.
        QCOMPARE(created->responseHeader("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(countTickets(subject), 1);

        // Without the caller's key the lost answer is reported, not repeated by the job (the caller decides).
        // The job's own key still keeps a repetition by Qt's HTTP layer from creating a second ticket.
        proxy.setFaultBudget(10);
        const QString unkeyedSubject =
            QStringLiteral("Unkeyed %1").arg(QRandomGenerator::global()->generate());
        auto unkeyed = finished(client->createTicket(
            {{QStringLiteral("subject"), unkeyedSubject}, {QStringLiteral("requester_id"), m_customerId}},
            QByteArray()));
        proxy.setFaultBudget(0);
        QCOMPARE(unkeyed->error().kind, Kind::Network);
        QCOMPARE(unkeyed->attempts(), 1);
        QVERIFY2(unkeyed->error().message.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())),
                 qPrintable(unkeyed->error().message));
        QCOMPARE(countTickets(unkeyedSubject), 1);
    }

    void cutResponseOfAGetIsRetried()
    {
        FaultProxy proxy(m_server->baseUrl());
        QVERIFY(proxy.listen());
        auto client = loggedIn(QStringLiteral("agent1"), proxy.url());
        QVERIFY(client);
        client->connection()->setRetryPolicy(RetryPolicy(3, 20, 100));
        proxy.setMode(FaultProxy::Mode::CutResponse);
        proxy.setFaultBudget(1);
        auto tickets = finished(client->tickets());
        VERIFY_OK(tickets);
        QCOMPARE(proxy.faults(FaultProxy::Fault::CutResponse), 1);
        QCOMPARE(tickets->attempts(), 2);
        QVERIFY(!tickets->items().isEmpty());
    }

    void delayedAndRefusedRequestsThroughTheProxy()
    {
        FaultProxy proxy(m_server->baseUrl());
        QVERIFY(proxy.listen());
        auto client = loggedIn(QStringLiteral("agent1"), proxy.url());
        QVERIFY(client);
        client->connection()->setRetryPolicy(RetryPolicy(3, 20, 100));

        // Every chunk held back 15 ms, both ways: a megabyte up and down arrives intact and in order.
        proxy.setMode(FaultProxy::Mode::Delay);
        proxy.setDelayMs(15);
        const QByteArray bytes = randomBytes(1024 * 1024, 99);
        auto uploaded =
            finished(client->uploadAttachment(QStringLiteral("slow.bin"), "application/octet-stream", bytes));
        VERIFY_OK(uploaded);
        auto downloaded = finished(client->downloadAttachment(uploaded->attachment().id, sha256Hex(bytes)));
        VERIFY_OK(downloaded);
        QVERIFY(downloaded->bytes() == bytes);
        QVERIFY(proxy.faults(FaultProxy::Fault::Delay) >= 4);

        // The connection reset as the request starts: nothing reached the server; a GET is repeated.
        // (Qt's HTTP layer may do the repeat itself before the job sees an error.)
        proxy.setMode(FaultProxy::Mode::ResetBeforeRequest);
        proxy.setFaultBudget(1);
        const int requestsBefore = proxy.requestsSeen();
        auto tickets = finished(client->tickets());
        VERIFY_OK(tickets);
        QCOMPARE(proxy.faults(FaultProxy::Fault::ResetBeforeRequest), 1);
        QCOMPARE(proxy.requestsSeen() - requestsBefore, 2);
        QVERIFY(!tickets->items().isEmpty());

        // Every open connection reset at once (a restarted NAT box or proxy). A request sent right after that
        // often hangs in Qt 6.4: no error, no new connection (11 of 25 runs here; 11 of 20 with a bare
        // QNetworkAccessManager against a QTcpServer that resets its idle connections). Only the job's
        // timeout gets it going again, and the retry succeeds.
        proxy.setMode(FaultProxy::Mode::PassThrough);
        QVERIFY(proxy.activeConnections() >= 1);
        proxy.abortAllConnections();
        QTRY_COMPARE(proxy.activeConnections(), 0);
        client->connection()->setTimeoutMs(2000);
        auto again = finished(client->me());
        VERIFY_OK(again);
        QVERIFY(again->attempts() <= 2);
        qInfo() << "after the reset of all connections:" << again->attempts() << "attempt(s)";
    }

    void manyMutationsThroughRandomFaults()
    {
        // 150 keyed creations at once through a proxy that resets, cuts and delays at random: every one
        // succeeds in the end and the server holds each exactly once.
        FaultProxy proxy(m_server->baseUrl());
        QVERIFY(proxy.listen());
        auto client = loggedIn(QStringLiteral("agent2"), proxy.url());
        QVERIFY(client);
        client->connection()->setRetryPolicy(RetryPolicy(12, 10, 200));
        client->connection()->setTimeoutMs(5000); // see delayedAndRefusedRequestsThroughTheProxy: Qt may hang
        FaultProxy::RandomFaults faults;
        faults.seed = 20240611;
        faults.resetBeforeRequest = 0.05;
        faults.resetInResponse = 0.05;
        faults.cutResponse = 0.05;
        faults.delay = 0.2;
        faults.maxDelayMs = 20;
        proxy.setRandomFaults(faults);
        proxy.setMode(FaultProxy::Mode::Random);

        const QString prefix = QStringLiteral("Batch %1 #").arg(QRandomGenerator::global()->generate());
        std::vector<std::unique_ptr<ApiJob>> jobs;
        for (int i = 0; i < 150; ++i) {
            ApiJob *job = client->createTicket({{QStringLiteral("subject"), prefix + QString::number(i)},
                                                {QStringLiteral("requester_id"), m_customerId}},
                                               TypedClient::newIdempotencyKey());
            job->setAutoDelete(false);
            jobs.emplace_back(job);
        }
        for (const auto &job : jobs) {
            QVERIFY(job->waitForFinished(60000));
            VERIFY_OK(job);
        }
        proxy.setMode(FaultProxy::Mode::PassThrough);
        QVERIFY2(proxy.faults(FaultProxy::Fault::ResetBeforeRequest) > 0, "no fault of this kind was drawn");
        QVERIFY(proxy.faults(FaultProxy::Fault::ResetInResponse) > 0);
        QVERIFY(proxy.faults(FaultProxy::Fault::CutResponse) > 0);
        QVERIFY(proxy.faults(FaultProxy::Fault::Delay) > 0);
        qInfo() << "through the proxy:" << proxy.connectionsAccepted() << "connections,"
                << proxy.requestsSeen() << "requests," << proxy.faultsInjected() << "faults";

        QHash<QString, int> seen;
        for (const QJsonValue &t : allTickets()) {
            const QString subject = t.toObject().value(QLatin1String("subject")).toString();
            if (subject.startsWith(prefix))
                ++seen[subject];
        }
        QCOMPARE(seen.size(), 150);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void httpsWithSelfSignedCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend with certificate verification here");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString certificate, key, other, otherKey, error;
        if (!makeCertificate(dir.path(), QStringLiteral("server"), &certificate, &key, &error))
            QSKIP(qPrintable(error));
        QVERIFY2(makeCertificate(dir.path(), QStringLiteral("other"), &other, &otherKey, &error),
                 qPrintable(error));

        TestServer server(
            {.demo = true,
             .extraArgs = {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));

        TypedClient client(server.baseUrl());
        client.connection()->setRetryPolicy(RetryPolicy(3, 10, 20));
        auto refused = finished(client.health());
        QCOMPARE(refused->error().kind, Kind::Tls);
        QVERIFY2(refused->error().message.startsWith(
                     QLatin1String("The certificate of 127.0.0.1 is self-signed and not trusted")),
                 qPrintable(refused->error().message));
        QCOMPARE(refused->attempts(), 1); // the user must act; repeating changes nothing

        // Trusting some other certificate does not help: verification still happens.
        client.connection()->addTrustedCertificates(QSslCertificate::fromPath(other));
        auto stillRefused = finished(client.health());
        QCOMPARE(stillRefused->error().kind, Kind::Tls);

        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(certificate);
        QCOMPARE(trusted.size(), 1);
        client.connection()->addTrustedCertificates(trusted);
        auto health = finished(client.health());
        VERIFY_OK(health);
        auto login = finished(client.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        VERIFY_OK(login);
        auto tickets = finished(client.tickets());
        VERIFY_OK(tickets);
        QVERIFY(!tickets->items().isEmpty());
    }

    void protocolErrorsAreReported()
    {
        // A fake server again: the real one always answers JSON, so a canned non-JSON answer shows how the
        // client treats a body that is not what the API promises (e.g. a captive portal's HTML page).
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        QByteArray answer;
        bool closeAfterAnswer = false;
        connect(&fake, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = fake.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &answer, &closeAfterAnswer] {
                    socket->readAll();
                    socket->write(answer);
                    if (closeAfterAnswer)
                        socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        TypedClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort())));

        const QByteArray html = "<html>Please sign in to the hotel Wi-Fi</html>";
        answer = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                 QByteArray::number(html.size()) + "\r\n\r\n" + html;
        auto notJson = finished(client.me());
        QCOMPARE(notJson->error().kind, Kind::Protocol);
        QVERIFY2(notJson->error().message.contains(QLatin1String("not a JSON object")),
                 qPrintable(notJson->error().message));

        const QByteArray feed =
            R"({"changes":[{"seq":1,"entity":"ticket","id":5,"op":"upsert"}],"next":1,"more":false,"head":1})";
        answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(feed.size()) + "\r\n\r\n" + feed;
        auto damaged = finished(client.changes(0));
        QCOMPARE(damaged->error().kind, Kind::Protocol);
        QVERIFY2(damaged->error().message.contains(QLatin1String("no data")),
                 qPrintable(damaged->error().message));
        QVERIFY(damaged->changes().isEmpty());

        const QByteArray noHead = R"({"changes":[],"next":0,"more":false})";
        answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(noHead.size()) + "\r\n\r\n" + noHead;
        auto headless = finished(client.changes(0));
        QCOMPARE(headless->error().kind, Kind::Protocol);
        QVERIFY(headless->error().message.contains(QLatin1String("'head'")));

        // A body shorter than its Content-Length, then the connection closes: a broken line (Network, so a
        // GET is repeated), never an answer. Qt 6.4 itself sometimes reports this as a success with the short
        // body (a race between the last bytes and the close; seen with a bare QNetworkAccessManager too), so
        // ApiJob compares the length itself; 30 tries on fresh connections hit both of Qt's outcomes.
        answer = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                 "{\"login\":\"agent1\",";
        closeAfterAnswer = true;
        int caughtByLength = 0;
        for (int i = 0; i < 30; ++i) {
            TypedClient fresh(client.baseUrl());
            fresh.connection()->setRetryPolicy(RetryPolicy(i == 0 ? 2 : 1, 10, 10));
            auto cut = finished(fresh.me());
            QCOMPARE(cut->error().kind, Kind::Network);
            QCOMPARE(cut->attempts(), i == 0 ? 2 : 1);
            if (cut->error().message.contains(QLatin1String("was cut off after 18 of 100 bytes")))
                ++caughtByLength;
            else
                QVERIFY2(
                    cut->error().message.contains(QLatin1String("closed the connection before answering")),
                    qPrintable(cut->error().message));
        }
        closeAfterAnswer = false;
        qInfo() << "short bodies Qt reported as complete:" << caughtByLength << "of 30";

        client.connection()->setRetryPolicy(RetryPolicy(2, 10, 10));
        const QByteArray busy = "<html>Bad gateway</html>";
        answer = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: " +
                 QByteArray::number(busy.size()) + "\r\n\r\n" + busy;
        auto gateway = finished(client.me());
        QCOMPARE(gateway->error().kind, Kind::Server);
        QCOMPARE(gateway->httpStatus(), 502);
        QCOMPARE(gateway->attempts(), 2);
        QVERIFY2(gateway->error().message.contains(QLatin1String("502")),
                 qPrintable(gateway->error().message));
    }

    void destroyingTheClientWithJobsRunning()
    {
        // Jobs are children of the client, like its connection and network manager: tearing the client
        // down in the middle of requests must neither crash nor leave a job hanging.
        auto client = loggedIn(QStringLiteral("agent1"));
        QVERIFY(client);
        QList<QPointer<ApiJob>> jobs;
        for (int i = 0; i < 10; ++i)
            jobs.append(client->tickets());
        client.reset();
        for (const QPointer<ApiJob> &job : jobs)
            QVERIFY(job.isNull());
        QCoreApplication::processEvents();

        // A job that outlives its connection finishes as cancelled.
        auto other = loggedIn(QStringLiteral("agent1"));
        QVERIFY(other);
        auto *orphan = new ApiJob(other->connection(), "GET", QStringLiteral("/api/v1/tickets"));
        orphan->setAutoDelete(false);
        std::unique_ptr<ApiJob> owned(orphan);
        orphan->start();
        other.reset();
        QVERIFY(orphan->waitForFinished(5000));
        QCOMPARE(orphan->error().kind, Kind::Cancelled);
    }

    void idempotencyKeysAreRandomAndUrlSafe()
    {
        QSet<QByteArray> keys;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray key = TypedClient::newIdempotencyKey();
            QCOMPARE(key.size(), 22); // 128 bits in base64url without padding
            for (const char c : key)
                QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
            keys.insert(key);
        }
        QCOMPARE(keys.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
