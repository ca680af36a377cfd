// DuplicateScorer and OutageMatcher: which open ticket of the customer and which known outage a new report
// looks like. The tickets and the incident are those of the demo data (resources/demo/demo.json).
#include "reporter/duplicatescorer.h"
#include "reporter/outagematcher.h"
#include "reporter/problemdraft.h"

#include <QJsonArray>
#include <QtTest>

using namespace tierdesk;

namespace {

QJsonObject ticket(qint64 id, const QString &subject, const QString &status, const QStringList &codes = {})
{
    return {{"id", id},
            {"number", QString("TD-%1").arg(1000 + id)},
            {"subject", subject},
            {"status", status},
            {"error_codes", QJsonArray::fromStringList(codes)},
            {"merged_into_id", QJsonValue::Null}};
}

ProblemDraft draft(const QString &subject, const QString &happened, const QString &error = {})
{
    ProblemDraft d;
    d.subject = subject;
    d.whatHappened = happened;
    d.errorMessage = error;
    return d;
}

const QJsonObject mailOutage{
    {"id", 3},
    {"title", "Outbound email relay refusing connections (SMTP-421)"},
    {"description",
     "Since about 6 hours ago the outbound relay eu-relay-02 answers new SMTP sessions with \"421 "
     "Service not available\" (SMTP-421): the queue volume is full."},
    {"status", "open"},
    {"resolved_at", QJsonValue::Null}};

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void sameErrorCodeIsADuplicate();
    void sameWordsAreADuplicate();
    void differentProblemIsNot();
    void oneSharedWordIsChance();
    void finishedTicketsAreNeverCandidates();
    void bestFirst();
    void outageByCode();
    void outageByWords();
    void resolvedOutageIsNotShown();
    void unrelatedReportHasNoOutage();
};

void TestDuplicates::sameErrorCodeIsADuplicate()
{
    // customer2's demo pair: different words (Polish and English), the same product error code.
    const ProblemDraft d =
        draft("Invoices cannot be exported", "A red box appears", "Export failed: TD-E1042");
    const DuplicateMatch m = DuplicateScorer::score(
        d, ticket(11, "Eksport faktur do CSV kończy się błędem TD-E1042", "open", {"TD-E1042"}), QString());
    QCOMPARE(m.sharedCodes, QStringList{"TD-E1042"});
    QVERIFY2(m.score >= DuplicateScorer::Threshold, qPrintable(QString::number(m.score)));
}

void TestDuplicates::sameWordsAreADuplicate()
{
    const ProblemDraft d = draft("CSV export of invoices fails",
                                 "When I export the November invoices to CSV the export stops half-way");
    const DuplicateMatch m = DuplicateScorer::score(
        d, ticket(5, "Invoice export to CSV fails", "waiting_customer"),
        "I export invoices every month; since Monday the CSV export stops before the end.");
    QVERIFY(m.sharedCodes.isEmpty());
    QVERIFY(m.sharedWords >= 3);
    QVERIFY2(m.score >= DuplicateScorer::Threshold, qPrintable(QString::number(m.score)));
}

void TestDuplicates::differentProblemIsNot()
{
    const ProblemDraft d =
        draft("Label printer prints blank pages", "The labels come out empty", "0x0000011B");
    const DuplicateMatch m = DuplicateScorer::score(
        d, ticket(5, "Invoice export to CSV fails", "open", {"TD-E1042"}), "The CSV export stops half-way.");
    QVERIFY(m.sharedCodes.isEmpty());
    QVERIFY2(m.score < DuplicateScorer::Threshold, qPrintable(QString::number(m.score)));
}

void TestDuplicates::oneSharedWordIsChance()
{
    const ProblemDraft d = draft("Invoice shows the wrong address", "Our old address is printed");
    const DuplicateMatch m =
        DuplicateScorer::score(d, ticket(5, "Invoice export to CSV fails", "open"), QString());
    QCOMPARE(m.score, 0.0);
}

void TestDuplicates::finishedTicketsAreNeverCandidates()
{
    const ProblemDraft d = draft("Desktop client update fails", "The update stops", "0x80070005");
    QList<QJsonObject> tickets{
        ticket(1, "Desktop client update fails with 0x80070005", "resolved", {"0x80070005"}),
        ticket(2, "Desktop client update fails with 0x80070005", "closed", {"0x80070005"})};
    QJsonObject merged = ticket(3, "Desktop client update fails with 0x80070005", "open", {"0x80070005"});
    merged.insert("merged_into_id", 1);
    tickets.append(merged);
    QVERIFY(DuplicateScorer::likelyDuplicates(d, tickets, {}).isEmpty());
    tickets.append(ticket(4, "Update problem", "waiting_customer", {"0x80070005"}));
    const QList<DuplicateMatch> found = DuplicateScorer::likelyDuplicates(d, tickets, {});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().ticketId, 4);
}

void TestDuplicates::bestFirst()
{
    const ProblemDraft d =
        draft("CSV export of invoices fails with TD-E1042", "The export stops", "TD-E1042");
    const QList<QJsonObject> tickets{ticket(1, "Invoice export to CSV fails", "open"),
                                     ticket(2, "Błąd TD-E1042 przy eksporcie faktur", "open", {"TD-E1042"}),
                                     ticket(3, "Mobile app closes when scanning", "open", {"TD-M4012"})};
    const QHash<qint64, QString> texts{{1, "The invoice export to CSV stops."}};
    const QList<DuplicateMatch> found = DuplicateScorer::likelyDuplicates(d, tickets, texts);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).ticketId, 2); // the shared code counts most
    QCOMPARE(found.at(1).ticketId, 1);
    QVERIFY(found.at(0).score >= found.at(1).score);
}

void TestDuplicates::outageByCode()
{
    const ProblemDraft d = draft("Nie wychodzą maile", "Klienci nie dostają powiadomień", "SMTP-421");
    const QList<OutageMatch> found = OutageMatcher::matches(d, {mailOutage});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().incidentId, 3);
    QCOMPARE(found.first().sharedCodes, QStringList{"SMTP-421"});
}

void TestDuplicates::outageByWords()
{
    const ProblemDraft d = draft("Our emails are not delivered",
                                 "The relay refuses the connection when we send notification emails");
    const OutageMatch m = OutageMatcher::match(d, mailOutage);
    QCOMPARE(m.incidentId, 3);
    QVERIFY(m.sharedCodes.isEmpty());
    QVERIFY(m.sharedWords >= OutageMatcher::MinimumSharedTitleWords);
}

void TestDuplicates::resolvedOutageIsNotShown()
{
    QJsonObject resolved = mailOutage;
    resolved.insert("status", "resolved");
    resolved.insert("resolved_at", "2026-11-23T09:00:00.000Z");
    const ProblemDraft d = draft("Mails fail", "Nothing is sent", "SMTP-421");
    QVERIFY(OutageMatcher::matches(d, {resolved}).isEmpty());
}

void TestDuplicates::unrelatedReportHasNoOutage()
{
    const ProblemDraft d =
        draft("Label printer prints blank pages", "The labels come out empty", "0x0000011B");
    QVERIFY(OutageMatcher::matches(d, {mailOutage}).isEmpty());
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_report_duplicates.moc"
