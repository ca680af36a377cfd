// RetryPolicy: the delay before attempt n lies in [c/2, c] with c = base * 2^(n-1) capped at the maximum;
// it grows with every attempt, never passes the cap, and the random part really spreads the delays.

#include "client/retrypolicy.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using tierdesk::RetryPolicy;

namespace {

// The upper bound the policy promises for `attempt` (before the cap).
double ceilingFor(int base, int attempt)
{
    return double(base) * std::ldexp(1.0, attempt - 1);
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void firstAttemptDoesNotWait()
    {
        const RetryPolicy policy(4, 250, 30000);
        QCOMPARE(policy.delayMs(1, 0.0), 0);
        QCOMPARE(policy.delayMs(1, 0.99), 0);
        QCOMPARE(policy.delayMs(0), 0);
    }

    void maxAttemptsIsAtLeastOne()
    {
        QCOMPARE(RetryPolicy(0, 10, 100).maxAttempts(), 1);
        QCOMPARE(RetryPolicy(-3, 10, 100).maxAttempts(), 1);
        QCOMPARE(RetryPolicy(7, 10, 100).maxAttempts(), 7);
        QCOMPARE(RetryPolicy().maxAttempts(), 4);
    }

    void delaysDoubleUntilTheCap()
    {
        const RetryPolicy policy(20, 250, 30000);
        // With the same random draw, each retry waits twice as long as the one before, until the cap.
        for (const double unit : {0.0, 0.5, 0.999}) {
            int previous = 0;
            for (int attempt = 2; attempt <= 20; ++attempt) {
                const int delay = policy.delayMs(attempt, unit);
                const double ceiling = std::min(ceilingFor(250, attempt), 30000.0);
                QVERIFY2(delay >= previous, qPrintable(QStringLiteral("attempt %1 waits %2 ms after %3 ms")
                                                           .arg(attempt)
                                                           .arg(delay)
                                                           .arg(previous)));
                if (ceilingFor(250, attempt) <= 30000.0 && previous > 0)
                    QVERIFY2(std::abs(delay - 2 * previous) <= 1,
                             qPrintable(QStringLiteral("attempt %1: %2 ms, before %3 ms")
                                            .arg(attempt)
                                            .arg(delay)
                                            .arg(previous)));
                QVERIFY(delay >= int(ceiling / 2) && delay <= int(ceiling));
                previous = delay;
            }
        }
        QCOMPARE(policy.delayMs(2, 0.0), 250);
        QCOMPARE(policy.delayMs(3, 0.0), 500);
        QCOMPARE(policy.delayMs(4, 0.0), 1000);
    }

    void delaysAreCapped()
    {
        const RetryPolicy policy(1000, 250, 5000);
        for (const int attempt : {10, 20, 63, 64, 100, 1000, std::numeric_limits<int>::max()}) {
            for (const double unit : {0.0, 0.3, 0.999999, 1.0, 7.0, -1.0}) {
                const int delay = policy.delayMs(attempt, unit);
                QVERIFY2(delay >= 2500 && delay <= 5000,
                         qPrintable(
                             QStringLiteral("attempt %1, draw %2: %3 ms").arg(attempt).arg(unit).arg(delay)));
            }
            const int drawn = policy.delayMs(attempt);
            QVERIFY(drawn >= 2500 && drawn <= 5000);
        }
    }

    void jitterStaysWithinBoundsAndSpreads()
    {
        const RetryPolicy policy(10, 100, 30000);
        for (int attempt = 2; attempt <= 8; ++attempt) {
            const double ceiling = ceilingFor(100, attempt);
            int lowest = std::numeric_limits<int>::max();
            int highest = 0;
            for (int i = 0; i < 2000; ++i) {
                const int delay = policy.delayMs(attempt);
                QVERIFY2(delay >= int(ceiling / 2) && delay <= int(ceiling),
                         qPrintable(QStringLiteral("attempt %1: %2 ms outside [%3, %4]")
                                        .arg(attempt)
                                        .arg(delay)
                                        .arg(ceiling / 2)
                                        .arg(ceiling)));
                lowest = std::min(lowest, delay);
                highest = std::max(highest, delay);
            }
            // 2000 uniform draws over the upper half: both ends of it are reached (a constant delay would
            // make clients that failed together retry together).
            QVERIFY2(lowest < ceiling * 0.55, qPrintable(QString::number(lowest)));
            QVERIFY2(highest > ceiling * 0.95, qPrintable(QString::number(highest)));
        }
    }

    void zeroBaseNeverWaits()
    {
        const RetryPolicy policy(5, 0, 1000);
        for (int attempt = 1; attempt <= 5; ++attempt)
            QCOMPARE(policy.delayMs(attempt), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
