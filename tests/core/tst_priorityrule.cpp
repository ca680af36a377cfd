#include "core/priorityrule.h"
#include "core/slapolicy.h"

#include <QTest>

using namespace tierdesk;

class TestPriorityRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classes_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("vip");
        QTest::addColumn<int>("priority");
        QTest::newRow("critical vip") << 1 << true << 1;
        QTest::newRow("critical standard") << 1 << false << 2;
        QTest::newRow("high vip") << 2 << true << 3;
        QTest::newRow("high standard") << 2 << false << 4;
        QTest::newRow("normal vip") << 3 << true << 5;
        QTest::newRow("normal standard") << 3 << false << 6;
        QTest::newRow("low vip") << 4 << true << 7;
        QTest::newRow("low standard") << 4 << false << 8;
        QTest::newRow("below range clamps") << 0 << false << 2;
        QTest::newRow("above range clamps") << 9 << true << 7;
    }
    void classes()
    {
        QFETCH(int, severity);
        QFETCH(bool, vip);
        QFETCH(int, priority);
        QCOMPARE(PriorityRule::priority(severity, vip ? Importance::Vip : Importance::Standard), priority);
    }

    void severityDominatesImportance()
    {
        for (int s = MinSeverity; s < MaxSeverity; ++s)
            QVERIFY(PriorityRule::priority(s, Importance::Standard) < PriorityRule::priority(s + 1, Importance::Vip));
    }

    void vipRanksAboveStandardOfSameSeverity()
    {
        for (int s = MinSeverity; s <= MaxSeverity; ++s)
            QVERIFY(PriorityRule::priority(s, Importance::Vip) < PriorityRule::priority(s, Importance::Standard));
    }

    void slaTargets()
    {
        constexpr qint64 hour = 3600 * 1000;
        QCOMPARE(SlaPolicy::firstResponseTargetMs(1, Importance::Standard), 1 * hour);
        QCOMPARE(SlaPolicy::firstResponseTargetMs(4, Importance::Standard), 24 * hour);
        QCOMPARE(SlaPolicy::firstResponseTargetMs(2, Importance::Vip), 2 * hour);
        QCOMPARE(SlaPolicy::dueAtMs(1000, 3, Importance::Standard), 1000 + 8 * hour);
    }
};

QTEST_APPLESS_MAIN(TestPriorityRule)
#include "tst_priorityrule.moc"
