// The small text classes the wizard relies on: error codes found in what customers paste, the capitals hint,
// and the significant words duplicate and outage matching compare.
#include "reporter/capitalshint.h"
#include "reporter/errorcodeextractor.h"
#include "reporter/problemdraft.h"
#include "reporter/significantwords.h"

#include <QJsonArray>
#include <QtTest>

using namespace tierdesk;

class TestErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void extracts_data();
    void extracts();
    void normalisesForComparison();
    void sharedCodes();
    void capitals_data();
    void capitals();
    void hintTextIsCalm();
    void significantWords();
    void draftBodyAndJson();
};

void TestErrorCodes::extracts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("hex") << "Update failed with error 0x80070005 (access denied)"
                         << QStringList{"0x80070005"};
    QTest::newRow("hex lower case") << "code 0x800704cf" << QStringList{"0x800704CF"};
    QTest::newRow("smtp") << "Mail bounced: SMTP-421 service not available" << QStringList{"SMTP-421"};
    QTest::newRow("product code") << "Eksport kończy się błędem TD-E1042." << QStringList{"TD-E1042"};
    QTest::newRow("ticket number is not a code") << "As in TD-1042, the export fails" << QStringList{};
    QTest::newRow("oracle") << "ORA-12170: TNS:Connect timeout occurred" << QStringList{"ORA-12170"};
    QTest::newRow("azure") << "AADSTS50011: The redirect URI does not match" << QStringList{"AADSTS50011"};
    QTest::newRow("chrome") << "This site can't provide a secure connection ERR_SSL_PROTOCOL_ERROR"
                            << QStringList{"ERR_SSL_PROTOCOL_ERROR"};
    QTest::newRow("chrome net prefix")
        << "NET::ERR_CERT_DATE_INVALID" << QStringList{"ERR_CERT_DATE_INVALID"};
    QTest::newRow("ios") << "Crashed: EXC_BAD_ACCESS (SIGSEGV)" << QStringList{"EXC_BAD_ACCESS"};
    QTest::newRow("http") << "The API answers HTTP 429 Too Many Requests" << QStringList{"HTTP 429"};
    QTest::newRow("http version") << "HTTP/1.1 503 Service Unavailable" << QStringList{"HTTP 503"};
    QTest::newRow("error number") << "VPN: Error 809 when connecting" << QStringList{"Error 809"};
    QTest::newRow("polish error number") << "VPN: błąd 13801 u pracowników" << QStringList{"Error 13801"};
    QTest::newRow("romanian") << "conectare eșuată: eroarea 809" << QStringList{"Error 809"};
    QTest::newRow("russian") << "ошибка 0x80070005 при обновлении" << QStringList{"0x80070005"};
    QTest::newRow("several, in order, once each")
        << "E1042 first, then SMTP-421, then E1042 again" << QStringList{"E1042", "SMTP-421"};
    QTest::newRow("dates and words are not codes")
        << "On 2026-11-23 at 09:05 the PRINTER stopped" << QStringList{};
    QTest::newRow("inside a path is not a code") << "C:\\temp\\ABC123x\\file" << QStringList{};
}

void TestErrorCodes::extracts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, codes);
    QCOMPARE(ErrorCodeExtractor::extract(text), codes);
}

void TestErrorCodes::normalisesForComparison()
{
    QCOMPARE(ErrorCodeExtractor::normalise("smtp-421"), QString("SMTP-421"));
    QCOMPARE(ErrorCodeExtractor::normalise("0X80070005"), QString("0x80070005"));
    QCOMPARE(ErrorCodeExtractor::normalise("http  429"), QString("HTTP 429"));
    QCOMPARE(ErrorCodeExtractor::normalise("ERROR 809"), QString("Error 809"));
    QCOMPARE(ErrorCodeExtractor::normalise("NET::ERR_CERT_DATE_INVALID"), QString("ERR_CERT_DATE_INVALID"));
}

void TestErrorCodes::sharedCodes()
{
    QCOMPARE(ErrorCodeExtractor::common({"SMTP-421", "0x80070005"}, {"smtp-421"}), QStringList{"SMTP-421"});
    QVERIFY(ErrorCodeExtractor::common({"E1042"}, {"TD-E1042"}).isEmpty());
}

void TestErrorCodes::capitals_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("shouting");
    QTest::newRow("all caps") << "URGENT!!! NOTHING WORKS" << true;
    QTest::newRow("all caps polish") << "NIC NIE DZIAŁA, PILNE" << true;
    QTest::newRow("all caps russian") << "НИЧЕГО НЕ РАБОТАЕТ" << true;
    QTest::newRow("mostly caps") << "THE EXPORT IS BROKEN again" << true;
    QTest::newRow("calm") << "Invoice export fails with an error" << false;
    QTest::newRow("acronyms") << "VPN drops every 10 minutes on the HQ LAN" << false;
    QTest::newRow("codes are not shouting") << "ERR_SSL_PROTOCOL_ERROR on the portal" << false;
    QTest::newRow("only a code") << "SMTP-421 HTTP-503 0x80070005" << false;
    QTest::newRow("too short to tell") << "VPN DOWN" << false;
    QTest::newRow("empty") << "" << false;
}

void TestErrorCodes::capitals()
{
    QFETCH(QString, subject);
    QFETCH(bool, shouting);
    QCOMPARE(CapitalsHint::isMostlyCapitals(subject), shouting);
}

void TestErrorCodes::hintTextIsCalm()
{
    const QString hint = CapitalsHint::hintText();
    QVERIFY(hint.contains("severity"));
    QVERIFY(hint.contains("priority"));
    QVERIFY(!CapitalsHint::isMostlyCapitals(hint)); // the hint itself does not shout
}

void TestErrorCodes::significantWords()
{
    const QSet<QString> a = SignificantWords::of("The invoice export to CSV fails");
    const QSet<QString> b = SignificantWords::of("Exporting invoices as csv failed");
    QVERIFY(!a.contains("the"));
    QVERIFY(a.contains("invoi") && b.contains("invoi"));
    QVERIFY(a.contains("expor") && b.contains("expor"));
    QVERIFY(a.contains("csv") && b.contains("csv"));
    QVERIFY(SignificantWords::overlap(a, b) >= 0.75);
    QCOMPARE(SignificantWords::overlap(a, SignificantWords::of("Printer out of paper")), 0.0);
    QCOMPARE(SignificantWords::overlap(a, {}), 0.0);
    // Polish inflection meets its stem.
    QVERIFY(SignificantWords::of("eksport faktur").contains("faktu"));
    QVERIFY(SignificantWords::of("faktury nie eksportują się").contains("faktu"));
}

void TestErrorCodes::draftBodyAndJson()
{
    ProblemDraft draft;
    draft.subject = "  Invoice export fails  ";
    draft.whatIDid = "Opened Invoices, chose November, clicked Export CSV";
    draft.whatIExpected = "A CSV file";
    draft.whatHappened = "A red box appeared";
    draft.errorMessage = "Export failed (TD-E1042)\nat line 2";
    draft.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(9, 5), Qt::OffsetFromUTC, 3600);
    draft.severity = 2;
    const QString body = draft.body();
    QVERIFY(body.indexOf("Opened Invoices") < body.indexOf("A CSV file"));
    QVERIFY(body.indexOf("A CSV file") < body.indexOf("A red box"));
    QVERIFY(body.contains("    Export failed (TD-E1042)\n    at line 2")); // quoted, line by line
    QVERIFY(body.contains("2026-11-23 09:05 (UTC+01:00)"));
    const QJsonObject json = draft.ticketJson(7);
    QCOMPARE(json.value("subject").toString(), QString("Invoice export fails"));
    QCOMPARE(json.value("severity").toInt(), 2);
    QCOMPARE(json.value("error_codes").toArray(), QJsonArray{"TD-E1042"});
    QCOMPARE(json.value("incident_id").toInteger(), 7);
    QCOMPARE(json.value("body").toString(), body);
    QVERIFY(!draft.ticketJson().contains("incident_id"));
    QVERIFY(draft.bodyForExistingTicket().startsWith("Another report of this problem: Invoice export fails"));
}

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "tst_report_errorcodes.moc"
