// Offline search (issue 19) on a 20,000-lesson account (10 courses of 2,000 lessons, each with ~150 words of text):
//  (a) the account's import (CourseStore::importCourse, which keeps the index current) beside a full build of the
//      index from the same cache (SearchIndex::rebuild), in the same run. Goal: the build takes at most 50 % of the
//      import's time. A build runs for a cache made before the index, whose index the upgrade left empty: it is
//      measured from there (SearchIndex::clear, before the clock starts). Printed beside it, not judged: a rebuild
//      over the full index the import made, which first drops the old one.
//  (b) search: 20 typical queries (prefixes, accents, two words, one course); each query's time is the median of
//      5 runs, and the goal is a median over the 20 queries of at most 10 ms.
// Times are measured by hand around the measured call only.
#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"
#include "storage/SearchIndex.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

constexpr int Courses = 10;
constexpr int LessonsPerCourse = 2'000;
constexpr int PerSection = 40;

// Words of a course catalogue: real subject words (some with accents) and made-up ones, so that prefixes match
// some lessons and not all.
QStringList vocabulary()
{
    QStringList words{u"acid"_s,     u"base"_s,      u"titration"_s,      u"café"_s,     u"crème"_s,
                      u"energy"_s,   u"cell"_s,      u"photosynthesis"_s, u"molecule"_s, u"électron"_s,
                      u"proton"_s,   u"reaction"_s,  u"équilibre"_s,      u"history"_s,  u"revolution"_s,
                      u"empire"_s,   u"democracy"_s, u"algebra"_s,        u"fraction"_s, u"geometry"_s,
                      u"triangle"_s, u"vector"_s,    u"matrix"_s,         u"program"_s,  u"variable"_s,
                      u"function"_s, u"loop"_s,      u"über"_s,           u"straße"_s,   u"naïve"_s};
    const QStringList syllables{u"ka"_s, u"lo"_s, u"mi"_s,  u"ne"_s,  u"ru"_s,  u"ta"_s,  u"po"_s,  u"se"_s,
                                u"vi"_s, u"do"_s, u"gra"_s, u"ble"_s, u"tri"_s, u"son"_s, u"mar"_s, u"fé"_s};
    QRandomGenerator random(7);
    while (words.size() < 3'000) {
        QString word;
        const int parts = 2 + int(random.bounded(3));
        for (int i = 0; i < parts; ++i)
            word += syllables.at(int(random.bounded(syllables.size())));
        words << word;
    }
    return words;
}

QList<Course> account()
{
    const QStringList words = vocabulary();
    QRandomGenerator random(42);
    const auto sentence = [&](int count) {
        QStringList picked;
        for (int i = 0; i < count; ++i)
            picked << words.at(int(random.bounded(words.size())));
        return picked.join(u' ');
    };
    QList<Course> courses;
    qint64 lessonId = 1;
    for (int c = 0; c < Courses; ++c) {
        Course course;
        course.id = c + 1;
        course.name = u"Course "_s + sentence(2);
        course.type = CourseType::SelfPaced;
        course.joinStatus = JoinStatus::Joined;
        course.joinedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        for (int l = 0; l < LessonsPerCourse; ++l) {
            if (l % PerSection == 0) {
                Section section;
                section.id = course.id * 100'000 + l / PerSection;
                section.name = sentence(3);
                course.sections.append(section);
            }
            Lesson lesson;
            lesson.id = lessonId++;
            lesson.sectionId = course.sections.last().id;
            lesson.name = sentence(4);
            lesson.hasBody = true;
            lesson.body->html =
                u"<h2>"_s + sentence(5) + u"</h2><p>"_s + sentence(70) + u"</p><p>"_s + sentence(70) + u"</p>"_s;
            course.sections.last().lessons.append(lesson);
        }
        courses.append(course);
    }
    return courses;
}

std::unique_ptr<CacheDatabase> freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().message));
        std::abort();
    }
    return std::move(opened).value();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"coursedesk.*.debug=false"_s);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QList<Course> courses = account();
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    // (a) The import (with its incremental index updates), then a full build of the index from the same cache.
    std::unique_ptr<CacheDatabase> db = freshDatabase(dir, u"search.db"_s);
    CourseStore store(*db);
    auto start = Clock::now();
    for (const Course &course : courses) {
        if (!store.importCourse(course, now)) {
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
    }
    const double importMs = msSince(start);
    SearchIndex index(*db);
    start = Clock::now();
    if (!index.rebuild()) {
        std::fprintf(stderr, "index rebuild failed\n");
        return 1;
    }
    const double replaceMs = msSince(start);
    if (!index.clear()) {
        std::fprintf(stderr, "the index cannot be emptied\n");
        return 1;
    }
    start = Clock::now();
    if (!index.rebuild()) {
        std::fprintf(stderr, "index build failed\n");
        return 1;
    }
    const double buildMs = msSince(start);
    // A re-sync that changes nothing: every lesson is compared, nothing is rewritten.
    start = Clock::now();
    for (const Course &course : courses)
        (void)store.importCourse(course, now);
    const double resyncMs = msSince(start);

    // (b) Typical queries.
    const QStringList queries{
        u"acid"_s,        u"titr"_s,       u"cafe"_s, u"creme"_s,         u"electron"_s, u"photo"_s,
        u"cell energy"_s, u"revolution"_s, u"alg"_s,  u"vector matrix"_s, u"uber"_s,     u"strasse"_s,
        u"naive"_s,       u"equilibre"_s,  u"kalo"_s, u"program loop"_s,  u"fra"_s,      u"democracy empire"_s,
        u"history"_s,     u"mine"_s};
    std::vector<double> perQuery;
    int totalHits = 0;
    for (const QString &query : queries) {
        std::vector<double> runs;
        for (int r = 0; r < 5; ++r) {
            start = Clock::now();
            const Result<QList<SearchHit>> hits = index.search(query);
            runs.push_back(msSince(start));
            if (!hits) {
                std::fprintf(stderr, "query '%s' failed: %s\n", qPrintable(query), qPrintable(hits.error().message));
                return 1;
            }
            if (r == 0)
                totalHits += int(hits->size());
        }
        perQuery.push_back(median(runs));
        std::printf("  query %-18s %7.2f ms\n", qPrintable(u"'"_s + query + u"'"_s), perQuery.back());
    }
    const double searchMedian = median(perQuery);
    const double searchMax = *std::max_element(perQuery.begin(), perQuery.end());

    std::printf("\nSummary (%d lessons in %d courses, ~150 words each):\n", Courses * LessonsPerCourse, Courses);
    std::printf("  import (CourseStore::importCourse, index kept current): %9.1f ms\n", importMs);
    std::printf("  full index build, from an empty index (as upgraded):    %9.1f ms = %.0f %% of the import (goal <= "
                "50 %%): %s\n",
                buildMs, buildMs / importMs * 100, buildMs <= importMs / 2 ? "met" : "MISSED");
    std::printf("  rebuild over the full index (drops it first):           %9.1f ms = %.0f %% of the import\n",
                replaceMs, replaceMs / importMs * 100);
    std::printf("  re-import of the same account (nothing rewritten):      %9.1f ms\n", resyncMs);
    std::printf("  search: median %.2f ms, slowest %.2f ms over %lld queries, %d hits at most 50 each (goal median <= "
                "10 ms): %s\n",
                searchMedian, searchMax, qlonglong(queries.size()), totalHits, searchMedian <= 10 ? "met" : "MISSED");
    return 0;
}
