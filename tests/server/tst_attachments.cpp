// Attachments over HTTP: byte-exact round trips of random binary data (1 byte to 20 MiB) with the right
// SHA-256 and size, image type checks, file name sanitising, the upload limit, and who may download what
// before and after a file is linked to a public message or an internal note.

#include "support/apiclient.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace tierdesk::test;

namespace {

const QByteArray OctetStream = QByteArrayLiteral("application/octet-stream");
const QByteArray Png = QByteArrayLiteral("image/png");

// A complete 2x2 RGB PNG (red, green / blue, white) with correct CRCs, written by hand so that the test
// does not need Qt Gui.
const unsigned char MinimalPng[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
    0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xfd,
    0xd4, 0x9a, 0x73, 0x00, 0x00, 0x00, 0x12, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xf8,
    0xcf, 0xc0, 0xc0, 0x00, 0xc2, 0x0c, 0xff, 0x81, 0x00, 0x00, 0x1f, 0xee, 0x05, 0xfb, 0xf1,
    0xab, 0xba, 0x77, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

QByteArray minimalPng()
{
    return QByteArray(reinterpret_cast<const char *>(MinimalPng), qsizetype(sizeof(MinimalPng)));
}

// Deterministic pseudo-random bytes: the same seed gives the same file on every run.
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QList<quint32> words((size + 3) / 4);
    generator.fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString uploadPath(const QString &filename)
{
    return QStringLiteral("/api/v1/attachments?filename=") +
           QString::fromLatin1(QUrl::toPercentEncoding(filename));
}

QString attachmentPath(qint64 id)
{
    return QStringLiteral("/api/v1/attachments/%1").arg(id);
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toInteger();
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_customer1.login(QStringLiteral("customer1"), QStringLiteral("demo")));
        QVERIFY(m_customer2.login(QStringLiteral("customer2"), QStringLiteral("demo")));
        QVERIFY(m_agent1.login(QStringLiteral("agent1"), QStringLiteral("demo")));
        QVERIFY(m_agent2.login(QStringLiteral("agent2"), QStringLiteral("demo")));
        // The 20 MiB round trip may take a while on a loaded machine.
        for (ApiClient *client : {&m_customer1, &m_customer2, &m_agent1, &m_agent2})
            client->setTimeout(120000);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("1 byte") << qsizetype(1) << quint32(1);
        QTest::newRow("1 MiB") << qsizetype(1024 * 1024) << quint32(2);
        QTest::newRow("1 MiB + 3") << qsizetype(1024 * 1024 + 3) << quint32(3);
        QTest::newRow("20 MiB") << qsizetype(20 * 1024 * 1024) << quint32(4);
    }

    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(quint32, seed);
        const QByteArray bytes = randomBytes(size, seed);
        QCOMPARE(bytes.size(), size);

        const ApiReply up = m_customer1.post(uploadPath(QStringLiteral("random.bin")), bytes, OctetStream);
        QVERIFY2(up.status == 201, qPrintable(up.describe()));
        const QJsonObject info = up.json();
        QVERIFY(idOf(info) > 0);
        QCOMPARE(info.value(QLatin1String("sha256")).toString(), sha256Hex(bytes));
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), qint64(size));
        QCOMPARE(info.value(QLatin1String("content_type")).toString(), QString::fromLatin1(OctetStream));
        QCOMPARE(info.value(QLatin1String("filename")).toString(), QStringLiteral("random.bin"));
        QCOMPARE(info.value(QLatin1String("uploader_id")).toInteger(), idOf(m_customer1.user()));
        QVERIFY(!info.value(QLatin1String("created_at")).toString().isEmpty());

        const ApiReply down = m_customer1.get(attachmentPath(idOf(info)));
        QVERIFY2(down.status == 200, qPrintable(down.describe().left(500)));
        QCOMPARE(down.body.size(), size);
        QVERIFY2(down.body == bytes, "the downloaded bytes differ from the uploaded ones");
        QCOMPARE(down.header("content-type"), OctetStream);
        QVERIFY2(down.header("content-disposition").contains("random.bin"),
                 down.header("content-disposition").constData());
    }

    void pngUploadsAsImage()
    {
        const QByteArray png = minimalPng();
        const ApiReply up = m_customer1.post(uploadPath(QStringLiteral("screenshot.png")), png, Png);
        QVERIFY2(up.status == 201, qPrintable(up.describe()));
        QCOMPARE(up.json().value(QLatin1String("content_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(up.json().value(QLatin1String("size")).toInteger(), qint64(png.size()));
        QCOMPARE(up.json().value(QLatin1String("sha256")).toString(), sha256Hex(png));

        const ApiReply down = m_customer1.get(attachmentPath(idOf(up.json())));
        QCOMPARE(down.status, 200);
        QCOMPARE(down.header("content-type"), Png);
        QCOMPARE(down.body, png);
    }

    void brokenPngIsRejected()
    {
        const QByteArray garbage = randomBytes(4096, 77);
        QVERIFY(!garbage.startsWith("\x89PNG"));
        const ApiReply r = m_customer1.post(uploadPath(QStringLiteral("broken.png")), garbage, Png);
        QVERIFY2(r.status == 422, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void pathInFilenameIsStripped()
    {
        const QByteArray bytes = randomBytes(100, 5);
        const ApiReply up =
            m_customer1.post(uploadPath(QStringLiteral("../../etc/passwd")), bytes, OctetStream);
        QVERIFY2(up.status == 201, qPrintable(up.describe()));
        QCOMPARE(up.json().value(QLatin1String("filename")).toString(), QStringLiteral("passwd"));

        const ApiReply down = m_customer1.get(attachmentPath(idOf(up.json())));
        QCOMPARE(down.status, 200);
        QCOMPARE(down.body, bytes);
        const QByteArray disposition = down.header("content-disposition");
        QVERIFY2(disposition.startsWith("attachment"), disposition.constData());
        QVERIFY2(disposition.contains("filename=\"passwd\""), disposition.constData());
        QVERIFY2(!disposition.contains(".."), disposition.constData());
        QVERIFY2(!disposition.contains("etc"), disposition.constData());
    }

    void downloadNeedsToken()
    {
        const ApiReply up =
            m_customer1.post(uploadPath(QStringLiteral("a.bin")), randomBytes(10, 6), OctetStream);
        QCOMPARE(up.status, 201);
        ApiClient anonymous(m_server);
        const ApiReply r = anonymous.get(attachmentPath(idOf(up.json())));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(anonymous.post(uploadPath(QStringLiteral("b.bin")), QByteArray("x"), OctetStream).status,
                 401);
    }

    void unknownAttachmentIs404()
    {
        const ApiReply r = m_agent1.get(attachmentPath(987654321));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }

    void overTheLimit()
    {
        TestServer limited(
            {.demo = true, .extraArgs = {QStringLiteral("--attachment-limit"), QStringLiteral("1000000")}});
        QVERIFY2(limited.start(), qPrintable(limited.errorString()));
        ApiClient customer(limited);
        QVERIFY(customer.login(QStringLiteral("customer1"), QStringLiteral("demo")));

        const ApiReply atLimit =
            customer.post(uploadPath(QStringLiteral("exact.bin")), randomBytes(1000000, 8), OctetStream);
        QVERIFY2(atLimit.status == 201, qPrintable(atLimit.describe()));
        QCOMPARE(atLimit.json().value(QLatin1String("size")).toInteger(), qint64(1000000));

        const ApiReply over =
            customer.post(uploadPath(QStringLiteral("over.bin")), randomBytes(1000001, 9), OctetStream);
        QVERIFY2(over.status == 413, qPrintable(over.describe()));
        QCOMPARE(over.errorCode(), QStringLiteral("payload_too_large"));

        const ApiReply wayOver =
            customer.post(uploadPath(QStringLiteral("big.bin")), randomBytes(3000000, 10), OctetStream);
        QVERIFY2(wayOver.status == 413, qPrintable(wayOver.describe()));

        // The server survived and still serves, uploads included.
        QVERIFY(limited.isRunning());
        ApiClient fresh(limited);
        const ApiReply health = fresh.get(QStringLiteral("/healthz"));
        QVERIFY2(health.status == 200, qPrintable(health.describe()));
        QVERIFY(fresh.login(QStringLiteral("customer2"), QStringLiteral("demo")));
        const QByteArray small = randomBytes(1000, 11);
        const ApiReply after = fresh.post(uploadPath(QStringLiteral("small.bin")), small, OctetStream);
        QVERIFY2(after.status == 201, qPrintable(after.describe()));
        const ApiReply down = fresh.get(attachmentPath(idOf(after.json())));
        QCOMPARE(down.status, 200);
        QCOMPARE(down.body, small);
    }

    void permissionsBeforeAndAfterLinking()
    {
        const QByteArray bytes = randomBytes(5000, 12);
        const ApiReply up = m_customer1.post(uploadPath(QStringLiteral("log.txt")), bytes, OctetStream);
        QVERIFY2(up.status == 201, qPrintable(up.describe()));
        const qint64 id = idOf(up.json());

        // Not linked anywhere yet: the uploader and staff may read it, another customer may not even learn
        // that it exists.
        QCOMPARE(m_customer1.get(attachmentPath(id)).status, 200);
        const ApiReply stranger = m_customer2.get(attachmentPath(id));
        QCOMPARE(stranger.status, 404);
        QVERIFY(stranger.body != bytes);
        const ApiReply agent = m_agent1.get(attachmentPath(id));
        QCOMPARE(agent.status, 200);
        QCOMPARE(agent.body, bytes);

        // customer1 posts it on a public message of their own ticket.
        qint64 ticketId = 0;
        QVERIFY(createTicket(m_customer1, QStringLiteral("Sync log attached"), &ticketId));
        const ApiReply message = m_customer1.post(QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId),
                                                  QJsonObject{{"kind", "public"},
                                                              {"body", "Here is the log."},
                                                              {"attachment_ids", QJsonArray{id}}});
        QVERIFY2(message.status == 201, qPrintable(message.describe()));
        QCOMPARE(message.json().value(QLatin1String("attachment_ids")).toArray(), QJsonArray{id});

        QCOMPARE(m_customer1.get(attachmentPath(id)).status, 200);
        QCOMPARE(m_customer2.get(attachmentPath(id)).status, 404);
        const ApiReply otherAgent = m_agent2.get(attachmentPath(id));
        QCOMPARE(otherAgent.status, 200);
        QCOMPARE(otherAgent.body, bytes);
    }

    void internalNoteAttachmentIsStaffOnly()
    {
        qint64 ticketId = 0;
        QVERIFY(createTicket(m_customer1, QStringLiteral("Printer offline"), &ticketId));
        const QByteArray bytes = randomBytes(2048, 13);
        const ApiReply up = m_agent1.post(uploadPath(QStringLiteral("diagnosis.bin")), bytes, OctetStream);
        QVERIFY2(up.status == 201, qPrintable(up.describe()));
        const qint64 id = idOf(up.json());

        const ApiReply note = m_agent1.post(QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId),
                                            QJsonObject{{"kind", "internal"},
                                                        {"body", "Driver dump, for us only."},
                                                        {"attachment_ids", QJsonArray{id}}});
        QVERIFY2(note.status == 201, qPrintable(note.describe()));
        QCOMPARE(note.json().value(QLatin1String("kind")).toString(), QStringLiteral("internal"));
        QCOMPARE(note.json().value(QLatin1String("attachment_ids")).toArray(), QJsonArray{id});

        // The ticket is customer1's, but the file hangs only on an internal note.
        const ApiReply customer = m_customer1.get(attachmentPath(id));
        QCOMPARE(customer.status, 404);
        QVERIFY(customer.body != bytes);
        QCOMPARE(m_customer2.get(attachmentPath(id)).status, 404);
        const ApiReply agent = m_agent1.get(attachmentPath(id));
        QCOMPARE(agent.status, 200);
        QCOMPARE(agent.body, bytes);
        QCOMPARE(m_agent2.get(attachmentPath(id)).status, 200);
    }

    void attachAtTicketCreation()
    {
        const QByteArray png = minimalPng();
        const QByteArray log = randomBytes(3000, 14);
        const ApiReply image = m_customer1.post(uploadPath(QStringLiteral("error dialog.png")), png, Png);
        const ApiReply file = m_customer1.post(uploadPath(QStringLiteral("client.log")), log, OctetStream);
        QVERIFY2(image.status == 201, qPrintable(image.describe()));
        QVERIFY2(file.status == 201, qPrintable(file.describe()));
        const qint64 imageId = idOf(image.json());
        const qint64 fileId = idOf(file.json());

        const ApiReply created = m_customer1.post(
            QStringLiteral("/api/v1/tickets"), QJsonObject{{"subject", "Client crashes on start"},
                                                           {"body", "Screenshot and log attached."},
                                                           {"severity", 3},
                                                           {"attachment_ids", QJsonArray{imageId, fileId}}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const qint64 ticketId = idOf(created.json());

        const ApiReply messages =
            m_customer1.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId));
        QVERIFY2(messages.status == 200, qPrintable(messages.describe()));
        const QJsonArray items = messages.jsonArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("public"));
        QCOMPARE(first.value(QLatin1String("body")).toString(),
                 QStringLiteral("Screenshot and log attached."));
        QCOMPARE(first.value(QLatin1String("attachment_ids")).toArray(), (QJsonArray{imageId, fileId}));

        const QJsonArray attachments = first.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        QHash<qint64, QJsonObject> byId;
        for (const QJsonValue &value : attachments)
            byId.insert(idOf(value.toObject()), value.toObject());
        QVERIFY(byId.contains(imageId));
        QVERIFY(byId.contains(fileId));
        const QJsonObject imageInfo = byId.value(imageId);
        QCOMPARE(imageInfo.value(QLatin1String("filename")).toString(), QStringLiteral("error dialog.png"));
        QCOMPARE(imageInfo.value(QLatin1String("content_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(imageInfo.value(QLatin1String("size")).toInteger(), qint64(png.size()));
        QCOMPARE(imageInfo.value(QLatin1String("sha256")).toString(), sha256Hex(png));
        const QJsonObject fileInfo = byId.value(fileId);
        QCOMPARE(fileInfo.value(QLatin1String("filename")).toString(), QStringLiteral("client.log"));
        QCOMPARE(fileInfo.value(QLatin1String("content_type")).toString(), QString::fromLatin1(OctetStream));
        QCOMPARE(fileInfo.value(QLatin1String("size")).toInteger(), qint64(log.size()));
        QCOMPARE(fileInfo.value(QLatin1String("sha256")).toString(), sha256Hex(log));
        QCOMPARE(fileInfo.value(QLatin1String("uploader_id")).toInteger(), idOf(m_customer1.user()));

        // Staff see the same metadata, and the files are readable through the ticket.
        const ApiReply asAgent = m_agent1.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId));
        QCOMPARE(asAgent.status, 200);
        QCOMPARE(asAgent.jsonArray().at(0).toObject().value(QLatin1String("attachments")).toArray().size(),
                 2);
        QCOMPARE(m_agent1.get(attachmentPath(imageId)).body, png);
        QCOMPARE(m_customer2.get(attachmentPath(fileId)).status, 404);
    }

    void foreignAttachmentCannotBeLinked()
    {
        // customer2 may not smuggle customer1's upload onto their own ticket and so gain read access.
        const QByteArray bytes = randomBytes(64, 15);
        const ApiReply up = m_customer1.post(uploadPath(QStringLiteral("private.bin")), bytes, OctetStream);
        QCOMPARE(up.status, 201);
        const qint64 id = idOf(up.json());
        qint64 ticketId = 0;
        QVERIFY(createTicket(m_customer2, QStringLiteral("Borrowed file"), &ticketId));
        const ApiReply r = m_customer2.post(
            QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId),
            QJsonObject{{"kind", "public"}, {"body", "Look at this."}, {"attachment_ids", QJsonArray{id}}});
        QVERIFY2(r.status == 422 || r.status == 404 || r.status == 403, qPrintable(r.describe()));
        QCOMPARE(m_customer2.get(attachmentPath(id)).status, 404);
    }

private:
    // A new severity-3 ticket of the client's user; false (with the reply printed) when that fails.
    static bool createTicket(ApiClient &client, const QString &subject, qint64 *id)
    {
        const ApiReply r =
            client.post(QStringLiteral("/api/v1/tickets"),
                        QJsonObject{{"subject", subject}, {"body", "Details follow."}, {"severity", 3}});
        *id = idOf(r.json());
        if (r.status != 201 || *id <= 0) {
            qWarning().noquote() << "creating a ticket failed:" << r.describe();
            return false;
        }
        return true;
    }

    TestServer m_server{TestServerOptions{.demo = true}};
    ApiClient m_customer1{m_server};
    ApiClient m_customer2{m_server};
    ApiClient m_agent1{m_server};
    ApiClient m_agent2{m_server};
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
