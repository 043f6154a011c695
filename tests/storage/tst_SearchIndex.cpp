// SearchIndex: offline full-text search over the cache (FTS5): what is found, in which order, and what a query
// may contain without breaking anything; kept in step by imports and notes.
#include "FakeClock.h"
#include "FindFixture.h"
#include "FreshCache.h"

#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"
#include "storage/NoteStore.h"
#include "storage/SearchIndex.h"
#include "storage/SearchSource.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace coursedesk;
using namespace Qt::StringLiterals;

using Ids = QList<qint64>;

class tst_SearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = test::openFreshCache(m_dir);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
        CourseStore store(*m_db);
        QVERIFY(store.importCourse(test::chemistryCourse(), m_clock.now()));
        QVERIFY(store.importCourse(test::cookingCourse(), m_clock.now()));
        QVERIFY(NoteStore(*m_db).setText(2, 201, u"Remember the emulsion trick"_s, m_clock.now()));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("course"); // 0: every course
        QTest::addColumn<Ids>("lessons");   // in rank order; compared in full unless `first`
        QTest::addColumn<bool>("first");    // only the first hit is checked
        QTest::addColumn<QString>("error");

        // Accents are folded both ways.
        QTest::addRow("accents: cafe finds Café") << u"cafe"_s << qint64(0) << Ids{101} << false << QString();
        QTest::addRow("accents: CAFÉ finds Café") << u"CAFÉ"_s << qint64(0) << Ids{101} << false << QString();
        QTest::addRow("accents: creme brulee finds Crème brûlée")
            << u"creme brulee"_s << qint64(0) << Ids{200} << false << QString();
        QTest::addRow("accents: an entity in the HTML (Caf&eacute;)")
            << u"lait"_s << qint64(0) << Ids{101} << false << QString();
        // Every word is a prefix.
        QTest::addRow("prefix: caf finds Café and caffeine") << u"caf"_s << qint64(0) << Ids{101} << false << QString();
        QTest::addRow("prefix: titr finds the title and the text")
            << u"titr"_s << qint64(0) << Ids{110} << false << QString();
        QTest::addRow("prefix: every word must match") << u"acid prot"_s << qint64(0) << Ids{100} << false << QString();
        // Ranking: a title match before a text match, more matches before fewer.
        QTest::addRow("ranking: the lesson called Acids comes first")
            << u"acid"_s << qint64(0) << Ids{100} << true << QString();
        QTest::addRow("ranking: every lesson with the word is found")
            << u"acid"_s << qint64(0) << Ids{100, 105, 102, 110, 201} << false << QString();
        QTest::addRow("ranking: in one course only") << u"acid"_s << qint64(2) << Ids{201} << false << QString();
        // What is indexed besides titles and text.
        QTest::addRow("quiz question") << u"strong"_s << qint64(0) << Ids{102} << false << QString();
        QTest::addRow("quiz answer") << u"hydrochloric"_s << qint64(0) << Ids{102} << false << QString();
        QTest::addRow("attachment title") << u"periodic poster"_s << qint64(0) << Ids{103} << false << QString();
        QTest::addRow("markup is not text") << u"intro"_s << qint64(0) << Ids{} << false << QString();
        // Locked lessons are found too (their section opens in 2099).
        QTest::addRow("locked lesson") << u"titration"_s << qint64(0) << Ids{110} << false << QString();
        // Notes.
        QTest::addRow("note") << u"emulsion"_s << qint64(0) << Ids{201} << false << QString();
        QTest::addRow("note and text together") << u"emuls vinaig"_s << qint64(0) << Ids{201} << false << QString();
        // What people type: FTS syntax is taken as words, never as syntax.
        QTest::addRow("odd: a lone double quote") << u"\"acid"_s << qint64(0) << Ids{100} << true << QString();
        QTest::addRow("odd: quotes around a phrase")
            << u"\"proton to\""_s << qint64(0) << Ids{100} << false << QString();
        QTest::addRow("odd: a star of our own") << u"acid*"_s << qint64(0) << Ids{100} << true << QString();
        QTest::addRow("odd: AND is a word, not an operator")
            << u"acid AND proton"_s << qint64(0) << Ids{} << false << QString();
        QTest::addRow("odd: OR is a word") << u"cafe OR sauce"_s << qint64(0) << Ids{} << false << QString();
        QTest::addRow("odd: NEAR( and a column filter")
            << u"NEAR(acid title:proton"_s << qint64(0) << Ids{} << false << QString();
        QTest::addRow("odd: minus and caret") << u"-acid ^proton"_s << qint64(0) << Ids{100} << false << QString();
        QTest::addRow("odd: empty") << QString() << qint64(0) << Ids{} << false << u"empty_query"_s;
        QTest::addRow("odd: blanks") << u"  \t "_s << qint64(0) << Ids{} << false << u"empty_query"_s;
        QTest::addRow("odd: only a star") << u"*"_s << qint64(0) << Ids{} << false << u"empty_query"_s;
        QTest::addRow("odd: only quotes") << u"\"\" \""_s << qint64(0) << Ids{} << false << u"empty_query"_s;
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(qint64, course);
        QFETCH(Ids, lessons);
        QFETCH(bool, first);
        QFETCH(QString, error);

        const Result<QList<SearchHit>> hits =
            SearchIndex(*m_db).search(query, course ? std::optional<qint64>(course) : std::nullopt);
        if (!error.isEmpty()) {
            QVERIFY(!hits);
            QCOMPARE(hits.error().code, error);
            QVERIFY(!hits.error().message.isEmpty());
            return;
        }
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
        Ids found;
        for (const SearchHit &hit : *hits)
            found << hit.lessonId;
        if (first) {
            QVERIFY(!found.isEmpty());
            QCOMPARE(found.first(), lessons.first());
        } else {
            QCOMPARE(found, lessons);
        }
    }

    void hitNamesItsPlaceAndHighlights()
    {
        const auto hits = SearchIndex(*m_db).search(u"proton"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        const SearchHit &hit = hits->first();
        QCOMPARE(hit.courseId, 1);
        QCOMPARE(hit.courseName, u"Chemistry"_s);
        QCOMPARE(hit.sectionId, 10);
        QCOMPARE(hit.sectionName, u"Acids and bases"_s);
        QCOMPARE(hit.lessonName, u"Acids"_s);
        QCOMPARE(hit.plainSnippet(), u"An acid donates a proton to a base."_s);
        const auto matches = hit.matches();
        QCOMPARE(matches.size(), 1);
        QCOMPARE(hit.plainSnippet().mid(matches.first().first, matches.first().second), u"proton"_s);
        QVERIFY(!hit.removed);
    }

    void importKeepsTheIndexCurrent()
    {
        Course chemistry = test::chemistryCourse();
        // Renamed, and the body not downloaded this time: the new title is found, the old text still is.
        chemistry.sections[0].lessons[0].name = u"Acids, renamed Oxoacids"_s;
        chemistry.sections[0].lessons[0].hasBody = false;
        chemistry.sections[0].lessons[0].body->html.clear();
        // New text for another lesson.
        chemistry.sections[0].lessons[2].body->html = u"<p>Goggles on.</p>"_s;
        // A lesson removed on the server.
        chemistry.sections[1].lessons.clear();
        QVERIFY(CourseStore(*m_db).importCourse(chemistry, m_clock.now()));

        SearchIndex index(*m_db);
        auto lessonsFor = [&](const QString &query) {
            Ids ids;
            const auto hits = index.search(query); // held: a range over *index.search(…) would outlive its result
            for (const SearchHit &hit : *hits)
                ids << hit.lessonId;
            return ids;
        };
        QCOMPARE(lessonsFor(u"oxoacid"_s), Ids{100});
        QCOMPARE(lessonsFor(u"proton"_s), Ids{100});
        QCOMPARE(lessonsFor(u"goggles"_s), Ids{105});
        QCOMPARE(lessonsFor(u"spills"_s), Ids{});
        QCOMPARE(lessonsFor(u"titration"_s), Ids{});
    }

    void removedLessonKeepsItsNoteFindable()
    {
        QVERIFY(NoteStore(*m_db).setText(1, 110, u"Ask about the burette"_s, m_clock.now()));
        Course chemistry = test::chemistryCourse();
        chemistry.sections.removeLast();
        QVERIFY(CourseStore(*m_db).importCourse(chemistry, m_clock.now()));

        const auto hits = SearchIndex(*m_db).search(u"burette"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().lessonId, 110);
        QVERIFY(hits->first().removed);
        QCOMPARE(hits->first().lessonName, u"Titration"_s);
        QCOMPARE(hits->first().sectionName, u"Titration"_s);
        QCOMPARE(SearchIndex(*m_db).search(u"titration"_s)->size(), 1); // its title, through the note's row
        QCOMPARE(SearchIndex(*m_db).search(u"base"_s)->size(), 1);      // not its text any more
    }

    void rebuildMatchesIncrementalIndex()
    {
        SearchIndex index(*m_db);
        QVERIFY(index.isBuilt());
        const auto before = index.search(u"acid"_s);
        QVERIFY(index.rebuild());
        const auto after = index.search(u"acid"_s);
        QVERIFY(before && after);
        QCOMPARE(after->size(), before->size());
        QCOMPARE(index.search(u"emulsion"_s)->size(), 1);
        QCOMPARE(index.search(u"hydrochloric"_s)->size(), 1);
    }

    // A cache upgraded from before the index: nothing is found until the build, then everything is.
    void buildFromAnEmptyIndexFindsEverything()
    {
        SearchIndex index(*m_db);
        const auto before = index.search(u"acid"_s);
        QVERIFY(before && !before->isEmpty());
        QVERIFY(index.clear());
        QVERIFY(!index.isBuilt());
        QCOMPARE(index.search(u"acid"_s)->size(), 0);
        QVERIFY(index.rebuild());
        QVERIFY(index.isBuilt());
        QCOMPARE(index.search(u"acid"_s)->size(), before->size());
        QCOMPARE(index.search(u"hydrochloric"_s)->size(), 1); // a quiz answer's words
    }

    // The build reads the lessons over a connection of its own: one that cannot be opened says so, and gives nothing.
    void sourceThatCannotBeReadSaysWhy()
    {
        const QString missing = m_dir.filePath(u"no/such/folder/cache.sqlite"_s);
        SearchSource source(missing);
        const Result<QList<SearchSource::Row>> batch = source.next();
        QVERIFY(!batch);
        QVERIFY2(batch.error().message.contains(missing), qPrintable(batch.error().message));
        QVERIFY(batch.error().message.contains(u"search index"_s));
    }

    // Every lesson once, in order, in batches, whatever the batch size divides.
    void sourceGivesEveryLessonOnce()
    {
        SearchSource source(m_db->filePath());
        QList<qint64> ids;
        for (;;) {
            Result<QList<SearchSource::Row>> batch = source.next();
            QVERIFY(batch);
            if (batch->isEmpty())
                break;
            for (const SearchSource::Row &row : std::as_const(*batch))
                ids << row.lessonId;
        }
        QSqlQuery count(m_db->connection());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM lessons"_s) && count.next());
        QCOMPARE(ids.size(), count.value(0).toInt());
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

private:
    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    std::unique_ptr<CacheDatabase> m_db;
};

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_SearchIndex.moc"
