#include "core/jsonreader.h"
#include "core/ticketpatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tierdesk;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsValidPatch()
    {
        JsonReader r(parse(R"({"subject":"  VPN drops  ","severity":2,"owner_id":7,"tags":["vpn","vpn"," x "]})"));
        const TicketPatch p = TicketPatch::fromJson(r);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(*p.subject, QStringLiteral("VPN drops"));
        QCOMPARE(*p.severity, 2);
        QCOMPARE(**p.ownerId, 7);
        QCOMPARE(*p.tags, (QStringList{QStringLiteral("vpn"), QStringLiteral("x")}));
        QCOMPARE(p.fieldNames(), (QStringList{QStringLiteral("subject"), QStringLiteral("severity"),
                                              QStringLiteral("owner_id"), QStringLiteral("tags")}));
    }

    void nullClearsNullableId()
    {
        JsonReader r(parse(R"({"incident_id":null})"));
        const TicketPatch p = TicketPatch::fromJson(r);
        QVERIFY(r.ok());
        QVERIFY(p.incidentId.has_value());
        QVERIFY(!p.incidentId->has_value());
        QVERIFY(!p.ownerId.has_value());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("severity as string") << QByteArray(R"({"severity":"2"})") << "severity";
        QTest::newRow("severity out of range") << QByteArray(R"({"severity":5})") << "severity";
        QTest::newRow("severity fractional") << QByteArray(R"({"severity":2.5})") << "severity";
        QTest::newRow("unknown status") << QByteArray(R"({"status":"done"})") << "status";
        QTest::newRow("empty subject") << QByteArray(R"({"subject":"   "})") << "subject";
        QTest::newRow("subject too long") << QByteArray("{\"subject\":\"" + QByteArray(201, 'a') + "\"}") << "subject";
        QTest::newRow("negative owner") << QByteArray(R"({"owner_id":-3})") << "owner_id";
        QTest::newRow("owner as bool") << QByteArray(R"({"owner_id":true})") << "owner_id";
        QTest::newRow("tags not array") << QByteArray(R"({"tags":"a,b"})") << "tags";
        QTest::newRow("tags with number") << QByteArray(R"({"tags":["a",1]})") << "tags";
        QTest::newRow("huge id") << QByteArray(R"({"group_id":1e300})") << "group_id";
        QTest::newRow("unknown field") << QByteArray(R"({"severty":2})") << "severty";
        QTest::newRow("nothing to change") << QByteArray(R"({})") << "";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        JsonReader r(QJsonDocument::fromJson(json).object());
        TicketPatch::fromJson(r);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorField(), field);
        QVERIFY(!r.error().isEmpty());
    }

    void firstErrorWins()
    {
        JsonReader r(parse(R"({"a":"x","b":1})"));
        r.optionalInt(QStringLiteral("a"), 0, 10);
        r.optionalString(QStringLiteral("b"), 0, 10);
        QCOMPARE(r.errorField(), QStringLiteral("a"));
    }

    void draftNeedsSubject()
    {
        JsonReader r(parse(R"({"body":"hello"})"));
        TicketDraft::fromJson(r);
        QCOMPARE(r.errorField(), QStringLiteral("subject"));
        JsonReader ok(parse(R"({"subject":"Printer","body":"jams","error_codes":["E-1"]})"));
        const TicketDraft d = TicketDraft::fromJson(ok);
        QVERIFY(ok.ok());
        QCOMPARE(d.severity, 3);
        QCOMPARE(d.errorCodes, QStringList{QStringLiteral("E-1")});
    }
};

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
