// How long a failed action waits before it is tried again (design.md, "Outbox rules"): RetryPolicy's exponential
// backoff with full jitter, capped at 15 minutes. How the sync engine and the scheduler use it against a server is
// tst_SyncRetry's.
//
// The jitter's random numbers are injected: no test sleeps through a backoff.
#include "sync/RetryPolicy.h"

#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr quint32 maxRandom = 0xFFFFFFFFu;
constexpr quint32 halfRandom = 0x80000000u;

// A random source that plays `values` in a loop.
std::function<quint32()> sequence(QList<quint32> values)
{
    auto next = std::make_shared<qsizetype>(0);
    return [values, next] { return values.at((*next)++ % values.size()); };
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    // --- RetryPolicy: the wait after `tries` failures is uniform in [0, min(cap, base × 2^(tries−1))) ---

    void theCeilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("tries");
        QTest::addColumn<qint64>("ceiling");
        // The defaults: a 2 s base, a 15 min cap.
        const QList<std::pair<int, qint64>> rows{
            {1, 2 * second},   {2, 4 * second},   {3, 8 * second},   {4, 16 * second},     {5, 32 * second},
            {6, 64 * second},  {7, 128 * second}, {8, 256 * second}, {9, 512 * second},    {10, 15 * minute},
            {11, 15 * minute}, {31, 15 * minute}, {64, 15 * minute}, {100000, 15 * minute}};
        for (const auto &[tries, ceiling] : rows)
            QTest::addRow("tries %d", tries) << tries << ceiling;
    }

    void theCeilingDoublesUpToTheCap()
    {
        QFETCH(int, tries);
        QFETCH(qint64, ceiling);
        const RetryPolicy policy(RetryPolicy::Options{}, [] { return maxRandom; });
        QCOMPARE(policy.options().capMs, 15 * minute);
        QCOMPARE(policy.ceilingMs(tries), ceiling);
        QVERIFY(policy.ceilingMs(tries) <= policy.options().capMs); // never exceeded, however many tries
        // Growth doubles until the cap; once reached, the cap stays.
        QCOMPARE(policy.ceilingMs(tries + 1), std::min(2 * ceiling, policy.options().capMs));
    }

    void theDelayIsAFullJitterUnderTheCeiling_data()
    {
        QTest::addColumn<quint32>("random");
        QTest::addColumn<int>("tries");
        QTest::addColumn<qint64>("delay");
        QTest::addRow("zero random: no wait") << quint32(0) << 1 << qint64(0);
        QTest::addRow("zero random, capped: no wait") << quint32(0) << 40 << qint64(0);
        QTest::addRow("a quarter of the range") << quint32(0x40000000u) << 3 << qint64(2 * second);
        QTest::addRow("the middle of the range") << halfRandom << 2 << qint64(2 * second);
        QTest::addRow("max random: just under the ceiling") << maxRandom << 1 << qint64(2 * second - 1);
        QTest::addRow("max random, capped: just under the cap") << maxRandom << 40 << qint64(15 * minute - 1);
        QTest::addRow("smallest step above zero") << quint32(1) << 10 << qint64(0);
    }

    void theDelayIsAFullJitterUnderTheCeiling()
    {
        QFETCH(quint32, random);
        QFETCH(int, tries);
        QFETCH(qint64, delay);
        const RetryPolicy policy(RetryPolicy::Options{}, [random] { return random; });
        QCOMPARE(policy.delayMs(tries), delay);
        QVERIFY(policy.delayMs(tries) >= 0);
        QVERIFY(policy.delayMs(tries) < policy.ceilingMs(tries));
    }

    void theDelayIsSpreadUniformlyOverTheRange()
    {
        // Sixteen evenly spaced random numbers give sixteen evenly spaced waits over [0, ceiling).
        QList<quint32> values;
        for (quint32 i = 0; i < 16; ++i)
            values << (i << 28);
        const RetryPolicy policy(RetryPolicy::Options{}, sequence(values));
        for (int tries : {1, 4, 12}) {
            const qint64 ceiling = policy.ceilingMs(tries);
            for (qint64 i = 0; i < 16; ++i)
                QCOMPARE(policy.delayMs(tries), ceiling * i / 16);
        }
    }

    void otherOptionsAreObeyed()
    {
        const RetryPolicy policy(RetryPolicy::Options{100, 1000}, [] { return maxRandom; });
        QCOMPARE(policy.ceilingMs(1), qint64(100));
        QCOMPARE(policy.ceilingMs(4), qint64(800));
        QCOMPARE(policy.ceilingMs(5), qint64(1000));
        QCOMPARE(policy.delayMs(5), qint64(999));
        const RetryPolicy none(RetryPolicy::Options{0, 1000}, [] { return maxRandom; });
        QCOMPARE(none.delayMs(3), qint64(0)); // a zero base: try again at once
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_RetryPolicy.moc"
