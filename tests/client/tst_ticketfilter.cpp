// The queue's filter box text parser (TicketFilter): tokens, warnings, and SQL that never holds what was
// typed, checked against the schema of a real (empty) cache with and without the full-text table. What the
// filters find in a cache of synthetic tickets is tested through the queue model
// (tests/workstation/tst_queuefilter.cpp).

#include "client/localstore.h"
#include "client/query/ticketfilter.h"
#include "client/query/ticketqueryengine.h"
#include "support/localstoretestaccess.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tierdesk;

class TestTicketFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath("cache.sqlite"), &error), qPrintable(error));
        QVERIFY(TicketQueryEngine(&m_store).hasSearchIndex()); // the schema has it
    }

    void tokenizeKeepsQuotedPhrasesAndTermValues()
    {
        QCOMPARE(TicketFilter::tokenize("  printer \"blank pages\"  group:\"Service desk\" E-4012 "),
                 (QStringList{"printer", "blank pages", "group:Service desk", "E-4012"}));
        QCOMPARE(TicketFilter::tokenize("\"unterminated phrase"), QStringList{"unterminated phrase"});
        QVERIFY(TicketFilter::tokenize("   ").isEmpty());
        QVERIFY(TicketFilter::parse("  ").isEmpty());
        QVERIFY(TicketFilter::parse("status:").isEmpty()); // a term still being typed means nothing yet
    }

    void typedTextNeverReachesTheSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("searchIndex");
        for (bool index : {false, true}) {
            const char *suffix = index ? " (search index)" : "";
            QTest::newRow(qPrintable(QString("quote%1").arg(suffix))) << "it's \"x' OR 1=1 --\"" << index;
            QTest::newRow(qPrintable(QString("terms%1").arg(suffix)))
                << "owner:o'hara requester:x\" tag:a'b code:\"c d\" group:g'h severity:<=2 vip:yes" << index;
            QTest::newRow(qPrintable(QString("semicolon%1").arg(suffix))) << "a;DROP TABLE quokkas" << index;
        }
    }

    void typedTextNeverReachesTheSql()
    {
        QFETCH(QString, text);
        QFETCH(bool, searchIndex);
        const TicketFilter filter = TicketFilter::parse(text);
        const TicketFilter::Sql sql = filter.toSql(42, searchIndex);
        // One bound value per placeholder, and no piece of what was typed in the statement itself.
        QCOMPARE(sql.where.count('?'), sql.values.size());
        QCOMPARE(sql.check.count('?'), sql.checkValues.size());
        for (const QString &token : TicketFilter::tokenize(text)) {
            const QString value = token.section(':', 1).isEmpty() ? token : token.section(':', 1);
            if (value.size() > 2 && !value.contains(QRegularExpression("^[<>=]*\\d+$")) && value != "yes")
                QVERIFY2(!sql.where.contains(value, Qt::CaseInsensitive) &&
                             !sql.check.contains(value, Qt::CaseInsensitive),
                         qPrintable(value + " in " + sql.where + " / " + sql.check));
        }
        // And SQLite accepts it.
        QSqlQuery q(LocalStoreTestAccess::database(m_store));
        QVERIFY2(q.prepare("SELECT COUNT(*) FROM tickets t WHERE " + sql.where +
                           (sql.check.isEmpty() ? QString() : " AND " + sql.check)),
                 qPrintable(q.lastError().text()));
    }

    void warningsNameWhatWasNotUnderstood()
    {
        QCOMPARE(TicketFilter::parse("printer owner:me").warnings(), QStringList());
        const TicketFilter unknown = TicketFilter::parse("stauts:open");
        QCOMPARE(unknown.warnings().size(), 1);
        QVERIFY(unknown.warnings().first().contains("stauts"));
        const TicketFilter badValue = TicketFilter::parse("severity:high status:pending");
        QCOMPARE(badValue.warnings().size(), 2);
        QVERIFY(badValue.warnings().at(0).contains("high"));
        QVERIFY(badValue.warnings().at(1).contains("pending"));
    }

    // owner:me is the asking user's id, bound; a long word goes to the full-text table only when it is
    // there, and is then checked exactly on the row.
    void theUserAndTheSearchIndexShapeTheSql()
    {
        const TicketFilter mine = TicketFilter::parse("owner:me");
        QCOMPARE(mine.toSql(42).values, QVariantList{42});
        QCOMPARE(mine.toSql(7).values, QVariantList{7});
        const TicketFilter word = TicketFilter::parse("printer");
        QVERIFY(!word.toSql(42, false).where.contains("tickets_search"));
        QVERIFY(word.toSql(42, false).check.isEmpty());
        QVERIFY(word.toSql(42, true).where.contains("tickets_search"));
        QVERIFY(word.toSql(42, true).check.contains("LIKE"));
        const TicketFilter shortWord = TicketFilter::parse("pr"); // shorter than a trigram: scans
        QVERIFY(!shortWord.toSql(42, true).where.contains("tickets_search"));
    }

private:
    QTemporaryDir m_dir;
    LocalStore m_store;
};

QTEST_MAIN(TestTicketFilter)
#include "tst_ticketfilter.moc"
