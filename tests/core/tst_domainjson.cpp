#include "core/article.h"
#include "core/attachmentinfo.h"
#include "core/message.h"
#include "core/ticket.h"
#include "core/timestamp.h"
#include "core/user.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace tierdesk;

class TestDomainJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticketRoundTrip()
    {
        Ticket t;
        t.id = 42;
        t.number = 1042;
        t.subject = QStringLiteral("Drukarka nie drukuje");
        t.status = TicketStatus::WaitingInternal;
        t.severity = 2;
        t.priority = 3;
        t.requesterId = 5;
        t.ownerId = 3;
        t.collaboratorIds = {4};
        t.errorCodes = {QStringLiteral("0x80070005")};
        t.createdAt = 1700000000123;
        t.updatedAt = 1700000100456;
        t.slaDueAt = 1700003600123;
        t.version = 7;
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(QStringLiteral("number")).toString(), QStringLiteral("TD-1042"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("waiting_internal"));
        QVERIFY(json.value(QStringLiteral("group_id")).isNull());
        QCOMPARE(json.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.123Z"));
        const auto back = Ticket::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
    }

    void messageAndArticleRoundTrip()
    {
        Message m;
        m.id = 1;
        m.ticketId = 2;
        m.authorId = 3;
        m.kind = MessageKind::Internal;
        m.body = QStringLiteral("Перевірте журнал");
        m.attachmentIds = {9};
        AttachmentInfo a;
        a.id = 9;
        a.filename = QStringLiteral("shot.png");
        m.attachments = {a};
        QCOMPARE(Message::fromJson(m.toJson())->toJson(), m.toJson());

        Article art;
        art.id = 4;
        art.title = QStringLiteral("SMTP-421");
        art.tags = {QStringLiteral("mail")};
        QCOMPARE(Article::fromJson(art.toJson())->toJson(), art.toJson());
    }

    void userRoundTrip()
    {
        User u;
        u.id = 8;
        u.login = QStringLiteral("vip1");
        u.role = Role::Customer;
        u.importance = Importance::Vip;
        u.organisationId = 2;
        u.organisation = QStringLiteral("Contoso");
        QCOMPARE(User::fromJson(u.toJson())->toJson(), u.toJson());
        QVERIFY(
            !User::fromJson({{QStringLiteral("id"), 1}, {QStringLiteral("role"), QStringLiteral("king")}}));
    }

    void timestamps()
    {
        QCOMPARE(Timestamp::fromIso(QStringLiteral("2026-11-23T09:00:00.000Z")), 1795424400000LL);
        QCOMPARE(Timestamp::fromIso(QStringLiteral("2026-11-23T10:00:00+01:00")), 1795424400000LL);
        QVERIFY(!Timestamp::fromIso(QStringLiteral("yesterday")));
        QVERIFY(!Timestamp::fromIso(QString()));
        QVERIFY(!Timestamp::fromIso(QStringLiteral("2026-02-30T09:00:00.000Z")));
        QVERIFY(!Timestamp::fromIso(QStringLiteral("2025-02-29T09:00:00.000Z")));
        QCOMPARE(Timestamp::fromIso(QStringLiteral("2024-02-29T23:59:59.999Z")), 1709251199999LL);
        // The fast path for our own format agrees with QDateTime everywhere from 1900 to 2100.
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = random.bounded(-2208988800000LL, 4102444800000LL);
            const QString iso = Timestamp::toIso(ms);
            QCOMPARE(Timestamp::fromIso(iso), ms);
            QCOMPARE(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch(), ms);
            QCOMPARE(iso, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        }
    }

    void sanitisedFilenames_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "screenshot.png"
                               << "screenshot.png";
        QTest::newRow("unix path") << "../../etc/passwd"
                                   << "passwd";
        QTest::newRow("windows path") << "C:\\Users\\a\\x.txt"
                                      << "x.txt";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("quotes and newline") << "a\"b\nc.txt"
                                            << "a_b_c.txt";
        QTest::newRow("empty") << ""
                               << "attachment";
        QTest::newRow("only dots") << ".."
                                   << "attachment";
        QTest::newRow("unicode kept") << "zrzut ekranu ąę.png"
                                      << "zrzut ekranu ąę.png";
    }
    void sanitisedFilenames()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(AttachmentInfo::sanitisedFilename(in), out);
    }
};

QTEST_APPLESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
