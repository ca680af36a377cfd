// SendQueue against a real tierdesk-server over loopback: attachments are uploaded with stored idempotency
// keys, then the ticket or message goes through the client library's outbox; everything survives the program
// being closed while the server is down; an interruption right after the hand-over sends nothing twice; a
// reply to a ticket written offline follows the ticket to its real id; a refused file fails its entry only.
#include "reporter/reportersession.h"
#include "reporter/sendqueue.h"

#include "client/apiclient.h"
#include "client/localstore.h"
#include "client/syncengine.h"

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierdesk;
using tierdesk::test::TestServer;

namespace {

const QString Password = QStringLiteral("report-password-1");

QByteArray bytesOf(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7 % 251);
    return bytes;
}

// A real PNG (the server checks that image/png is one), different for every seed.
QByteArray pngOf(int seed)
{
    QImage image(120, 80, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * seed) % 256, (y * 3 + seed) % 256, (x + y + seed * 11) % 256));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool addCustomer(TestServer &server, const QString &login)
{
    const auto result = server.runCli({"user", "add", login, "--role", "customer", "--password-stdin"},
                                      Password.toUtf8() + '\n');
    if (!result.finished || result.exitCode != 0)
        qWarning() << result.standardError << result.error;
    return result.finished && result.exitCode == 0;
}

std::unique_ptr<ReporterSession> signIn(const QUrl &server, const QString &dataDir, const QString &login)
{
    auto session = std::make_unique<ReporterSession>(server);
    session->setDataDirectory(dataDir);
    QSignalSpy signedIn(session.get(), &ReporterSession::signedIn);
    QSignalSpy failed(session.get(), &ReporterSession::signInFailed);
    session->signIn(login, Password);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000) ||
        signedIn.isEmpty()) {
        qWarning() << "sign-in failed" << (failed.isEmpty() ? QVariant("timeout") : failed.first().at(1));
        return nullptr;
    }
    session->engine()->setMaxPollIntervalMs(500);
    return session;
}

bool settle(ReporterSession &session, int timeoutMs = 30000)
{
    return QTest::qWaitFor(
        [&] {
            return session.queue()->isIdle() && session.engine()->isIdle() &&
                   session.store()->pendingCount() == 0;
        },
        timeoutMs);
}

// The server's view, as the customer: tickets by subject, messages of one ticket.
QJsonObject serverTicket(tierdesk::test::ApiClient &api, const QString &subject, int *count = nullptr)
{
    const auto reply = api.get("/api/v1/tickets?limit=200");
    QJsonObject found;
    int n = 0;
    for (const QJsonValue &v : reply.json().value("items").toArray()) {
        if (v.toObject().value("subject").toString() == subject) {
            found = v.toObject();
            ++n;
        }
    }
    if (count)
        *count = n;
    return found;
}

QJsonArray serverMessages(tierdesk::test::ApiClient &api, qint64 ticketId)
{
    return api.get(QString("/api/v1/tickets/%1/messages").arg(ticketId)).json().value("items").toArray();
}

} // namespace

class TestSendQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketWithFilesArrivesWithTheirHashes();
    void survivesAClosedProgramWhileTheServerIsDown();
    void interruptedHandOverIsNotSentTwice();
    void replyToATicketWrittenOffline();
    void refusedFileFailsOnlyItsEntry();

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_data;
};

void TestSendQueue::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<TestServer>(
        tierdesk::test::TestServerOptions{.extraArgs = {"--attachment-limit", "200000"}});
    QVERIFY(addCustomer(*m_server, "ann"));
    QVERIFY(addCustomer(*m_server, "bob"));
    QVERIFY(addCustomer(*m_server, "cleo"));
    QVERIFY(addCustomer(*m_server, "dan"));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestSendQueue::ticketWithFilesArrivesWithTheirHashes()
{
    auto session = signIn(m_server->baseUrl(), m_data.filePath("ann"), "ann");
    QVERIFY(session);
    const QByteArray png = pngOf(3);
    const QByteArray log = "line 1\nline 2\n";
    QSignalSpy handed(session->queue(), &SendQueue::handedOver);
    QString error;
    const QString entry = session->queue()->enqueueTicket(
        {{"subject", "Export fails"}, {"body", "It stops."}, {"severity", 3}},
        {{"shot.png", "image/png", png}, {"export.log", "text/plain", log}}, &error);
    QVERIFY2(!entry.isEmpty(), qPrintable(error));
    QVERIFY(settle(*session));
    QCOMPARE(handed.size(), 1);
    QCOMPARE(handed.first().at(0).toString(), entry);
    QVERIFY(session->queue()->entries().isEmpty());
    QVERIFY(QDir(session->queue()->directory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

    tierdesk::test::ApiClient api(*m_server);
    QVERIFY(api.login("ann", Password));
    const QJsonObject ticket = serverTicket(api, "Export fails");
    QVERIFY(!ticket.isEmpty());
    const QJsonArray messages = serverMessages(api, ticket.value("id").toInteger());
    QCOMPARE(messages.size(), 1);
    const QJsonArray attachments = messages.first().toObject().value("attachments").toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(0).toObject().value("filename").toString(), QString("shot.png"));
    QCOMPARE(attachments.at(0).toObject().value("sha256").toString(), sha(png));
    QCOMPARE(attachments.at(1).toObject().value("filename").toString(), QString("export.log"));
    QCOMPARE(attachments.at(1).toObject().value("sha256").toString(), sha(log));
    const auto download =
        api.get(QString("/api/v1/attachments/%1").arg(attachments.at(0).toObject().value("id").toInteger()));
    QCOMPARE(download.body, png);
}

void TestSendQueue::survivesAClosedProgramWhileTheServerIsDown()
{
    const QString dataDir = m_data.filePath("bob");
    QByteArray token;
    qint64 ticketId = 0;
    const QByteArray shot = pngOf(9);
    {
        auto session = signIn(m_server->baseUrl(), dataDir, "bob");
        QVERIFY(session);
        token = session->token();
        QString error;
        QVERIFY(!session->queue()
                     ->enqueueTicket({{"subject", "Printer offline"}, {"body", "Since 9:00."}}, {}, &error)
                     .isEmpty());
        QVERIFY(settle(*session));
        ticketId = session->myTickets().first().value("id").toInteger();
        QVERIFY(ticketId > 0);

        QVERIFY(m_server->stop());
        QSignalSpy waiting(session->queue(), &SendQueue::waitingForServer);
        const QString entry =
            session->queue()->enqueueMessage(ticketId, {{"kind", "public"}, {"body", "Here is the screen."}},
                                             {{"screen.png", "image/png", shot}}, &error);
        QVERIFY2(!entry.isEmpty(), qPrintable(error));
        QVERIFY(waiting.wait(15000)); // tried, and the server is not there
        QCOMPARE(session->queue()->pendingCount(), 1);
    } // the program is closed with the reply still waiting

    QVERIFY2(m_server->restart(true), qPrintable(m_server->errorString()));
    ReporterSession session(m_server->baseUrl());
    session.setDataDirectory(dataDir);
    QString error;
    QVERIFY2(session.resume("bob", token, &error), qPrintable(error));
    session.engine()->setMaxPollIntervalMs(500);
    QCOMPARE(session.queue()->pendingCount(), 1); // still on disk
    QVERIFY(settle(session));

    tierdesk::test::ApiClient api(*m_server);
    QVERIFY(api.login("bob", Password));
    const QJsonArray messages = serverMessages(api, ticketId);
    QCOMPARE(messages.size(), 2);
    const QJsonObject reply = messages.at(1).toObject();
    QCOMPARE(reply.value("body").toString(), QString("Here is the screen."));
    QCOMPARE(reply.value("attachments").toArray().size(), 1);
    QCOMPARE(reply.value("attachments").toArray().first().toObject().value("sha256").toString(), sha(shot));
}

void TestSendQueue::interruptedHandOverIsNotSentTwice()
{
    const QString dataDir = m_data.filePath("cleo");
    auto session = signIn(m_server->baseUrl(), dataDir, "cleo");
    QVERIFY(session);
    const QByteArray shot = pngOf(5);
    QSignalSpy handed(session->queue(), &SendQueue::handedOver);
    QString error;
    const QJsonObject draft{{"subject", "Scanner stops"}, {"body", "After three pages."}};
    QVERIFY(!session->queue()->enqueueTicket(draft, {{"scan.png", "image/png", shot}}, &error).isEmpty());
    QVERIFY(settle(*session));
    QCOMPARE(handed.size(), 1);
    tierdesk::test::ApiClient api(*m_server);
    QVERIFY(api.login("cleo", Password));
    int count = 0;
    const QJsonObject ticket = serverTicket(api, "Scanner stops", &count);
    QCOMPARE(count, 1);
    const qint64 attachmentId = serverMessages(api, ticket.value("id").toInteger())
                                    .first()
                                    .toObject()
                                    .value("attachment_ids")
                                    .toArray()
                                    .first()
                                    .toInteger();

    // A crash between handing the ticket to the outbox and removing the queue's folder leaves the entry in
    // state "handing_over" (written by the queue just before). Its folder is put back as it would be found.
    const QString folder = QDir(session->queue()->directory()).filePath("0000000000001-0001-crashed0");
    QVERIFY(QDir().mkpath(folder));
    const QJsonObject entry{{"kind", "ticket"},
                            {"ticket_id", 0},
                            {"payload", draft},
                            {"files", QJsonArray{QJsonObject{{"name", "scan.png"},
                                                             {"content_type", "image/png"},
                                                             {"file", "file-001"},
                                                             {"key", "k"},
                                                             {"size", shot.size()},
                                                             {"sha256", sha(shot)},
                                                             {"attachment_id", attachmentId}}}},
                            {"state", "handing_over"},
                            {"error", ""},
                            {"created_at", 1}};
    QFile file(QDir(folder).filePath("entry.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(entry).toJson());
    file.close();

    session.reset(); // the program starts again
    QString resumeError;
    ReporterSession again(m_server->baseUrl());
    again.setDataDirectory(dataDir);
    QVERIFY(again.resume("cleo", api.token(), &resumeError));
    QSignalSpy handedAgain(again.queue(), &SendQueue::handedOver);
    QVERIFY(settle(again));
    QVERIFY(again.queue()->entries().isEmpty()); // recognised and removed
    QCOMPARE(handedAgain.size(), 0);
    serverTicket(api, "Scanner stops", &count);
    QCOMPARE(count, 1);
}

void TestSendQueue::replyToATicketWrittenOffline()
{
    const QString dataDir = m_data.filePath("dan");
    auto session = signIn(m_server->baseUrl(), dataDir, "dan");
    QVERIFY(session);
    QVERIFY(settle(*session));
    QVERIFY(m_server->stop());

    QSignalSpy handed(session->queue(), &SendQueue::handedOver);
    QString error;
    QVERIFY(
        !session->queue()
             ->enqueueTicket({{"subject", "Written on the train"}, {"body", "No network here."}}, {}, &error)
             .isEmpty());
    QCOMPARE(handed.size(), 1); // no files: straight into the outbox
    const qint64 localId = handed.first().at(2).toLongLong();
    QVERIFY(localId < 0);
    const QByteArray shot = pngOf(1);
    QVERIFY(!session->queue()
                 ->enqueueMessage(localId, {{"kind", "public"}, {"body", "And the screenshot."}},
                                  {{"train.png", "image/png", shot}}, &error)
                 .isEmpty());

    QVERIFY2(m_server->restart(true), qPrintable(m_server->errorString()));
    QVERIFY(settle(*session, 45000));
    tierdesk::test::ApiClient api(*m_server);
    QVERIFY(api.login("dan", Password));
    int count = 0;
    const QJsonObject ticket = serverTicket(api, "Written on the train", &count);
    QCOMPARE(count, 1);
    const QJsonArray messages = serverMessages(api, ticket.value("id").toInteger());
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value("body").toString(), QString("And the screenshot."));
    QCOMPARE(messages.at(1)
                 .toObject()
                 .value("attachments")
                 .toArray()
                 .first()
                 .toObject()
                 .value("sha256")
                 .toString(),
             sha(shot));
}

void TestSendQueue::refusedFileFailsOnlyItsEntry()
{
    auto session = signIn(m_server->baseUrl(), m_data.filePath("ann2"), "ann");
    QVERIFY(session);
    QSignalSpy failed(session->queue(), &SendQueue::entryFailed);
    QString error;
    const QString big = session->queue()->enqueueTicket(
        {{"subject", "Huge dump"}, {"body", "See the dump."}},
        {{"dump.bin", "application/octet-stream", bytesOf(300000, 2)}}, &error);
    const QString small = session->queue()->enqueueTicket(
        {{"subject", "Small log"}, {"body", "See the log."}}, {{"small.log", "text/plain", "ok\n"}}, &error);
    QVERIFY(!big.isEmpty() && !small.isEmpty());
    QVERIFY(settle(*session));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), big);
    const QList<SendQueue::Entry> entries = session->queue()->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, SendQueue::State::Failed);
    QVERIFY2(entries.first().error.contains("dump.bin"), qPrintable(entries.first().error));
    tierdesk::test::ApiClient api(*m_server);
    QVERIFY(api.login("ann", Password));
    QVERIFY(!serverTicket(api, "Small log").isEmpty());
    QVERIFY(serverTicket(api, "Huge dump").isEmpty());
    QVERIFY(session->queue()->removeEntry(big));
    QVERIFY(session->queue()->entries().isEmpty());
}

QTEST_MAIN(TestSendQueue)
#include "tst_report_sendqueue.moc"
