// The dashboard's page cache: what is saved comes back with its time; a new listing replaces the old one; the
// cache stays bounded; a course can be forgotten.
#include "storage/DashboardStore.h"

#include "FreshCache.h"

#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

CachedPage pageAt(const QDateTime &time, const QByteArray &rows = "[]", int total = 10)
{
    return CachedPage{total, rows, time};
}

} // namespace

class tst_DashboardStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;

private slots:
    void init()
    {
        Result<std::unique_ptr<CacheDatabase>> db = openFreshCache(m_dir);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void aSavedPageComesBackAsSaved()
    {
        DashboardStore store(*m_db);
        QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 50, pageAt(t0, "[{\"id\":7}]", 120)).ok());
        const auto page = store.page(1, u"learners"_s, u"q"_s, 50);
        QVERIFY(page.ok() && page->has_value());
        QCOMPARE((*page)->total, 120);
        QCOMPARE((*page)->rowsJson, QByteArray("[{\"id\":7}]"));
        QCOMPARE((*page)->fetchedAt, t0);
    }

    void pagesAreKeyedByCourseListQueryAndOffset_data()
    {
        QTest::addColumn<qint64>("course");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("offset");
        QTest::addRow("another course") << qint64(2) << u"learners"_s << u"q"_s << 0;
        QTest::addRow("another list") << qint64(1) << u"quiz"_s << u"q"_s << 0;
        QTest::addRow("another query") << qint64(1) << u"learners"_s << u"other"_s << 0;
        QTest::addRow("another offset") << qint64(1) << u"learners"_s << u"q"_s << 50;
    }
    void pagesAreKeyedByCourseListQueryAndOffset()
    {
        QFETCH(qint64, course);
        QFETCH(QString, kind);
        QFETCH(QString, query);
        QFETCH(int, offset);
        DashboardStore store(*m_db);
        QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 0, pageAt(t0)).ok());
        const auto page = store.page(course, kind, query, offset);
        QVERIFY(page.ok());
        QVERIFY(!page->has_value());
    }

    void aNewFirstPageDropsTheEarlierListingOfThatQuery()
    {
        DashboardStore store(*m_db);
        QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 0, pageAt(t0)).ok());
        QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 50, pageAt(t0)).ok());
        QVERIFY(store.savePage(1, u"learners"_s, u"other"_s, 50, pageAt(t0)).ok());
        QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 0, pageAt(t0.addSecs(60))).ok());
        QVERIFY(!store.page(1, u"learners"_s, u"q"_s, 50)->has_value()); // it belonged to the older listing
        QCOMPARE((*store.page(1, u"learners"_s, u"q"_s, 0))->fetchedAt, t0.addSecs(60));
        QVERIFY(store.page(1, u"learners"_s, u"other"_s, 50)->has_value());
    }

    void onlyTheMostRecentPagesOfAListAreKept()
    {
        DashboardStore store(*m_db);
        const int extra = 5;
        for (int i = 0; i < DashboardStore::pagesPerList + extra; ++i)
            QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 10 * (i + 1), pageAt(t0.addSecs(i))).ok());
        QVERIFY(store.savePage(1, u"quiz"_s, u"q"_s, 10, pageAt(t0)).ok());
        for (int i = 0; i < DashboardStore::pagesPerList + extra; ++i)
            QCOMPARE(store.page(1, u"learners"_s, u"q"_s, 10 * (i + 1))->has_value(), i >= extra);
        QVERIFY(store.page(1, u"quiz"_s, u"q"_s, 10)->has_value()); // another list has its own allowance
    }

    void summaryIsReplacedAndForgotten()
    {
        DashboardStore store(*m_db);
        QVERIFY(!store.summary(1)->has_value());
        QVERIFY(store.saveSummary(1, CachedSummary{"{\"a\":1}", t0}).ok());
        QVERIFY(store.saveSummary(1, CachedSummary{"{\"a\":2}", t0.addSecs(5)}).ok());
        QCOMPARE((*store.summary(1))->json, QByteArray("{\"a\":2}"));
        QCOMPARE((*store.summary(1))->fetchedAt, t0.addSecs(5));
        QVERIFY(store.savePage(1, u"learners"_s, u"q"_s, 0, pageAt(t0)).ok());
        QVERIFY(store.savePage(2, u"learners"_s, u"q"_s, 0, pageAt(t0)).ok());
        QVERIFY(store.forget(1).ok());
        QVERIFY(!store.summary(1)->has_value());
        QVERIFY(!store.page(1, u"learners"_s, u"q"_s, 0)->has_value());
        QVERIFY(store.page(2, u"learners"_s, u"q"_s, 0)->has_value());
    }
};

QTEST_GUILESS_MAIN(tst_DashboardStore)
#include "tst_DashboardStore.moc"
