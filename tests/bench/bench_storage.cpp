// The cache with a 10k-lesson course:
//  (a) CourseStore::importCourse into a fresh database, beside a raw bulk insert of the same rows
//      (courses/sections/lessons/lesson_state, plain prepared INSERTs in one transaction) in the same
//      run. Goal: the import's rate is at least 50 % of the raw rate.
//  (b) CourseStore::loadCourse of the 10k-lesson outline.
//  (c) CourseSession::setCompleted → progressChanged on a server account (lesson state and outbox entry
//      in one transaction, committed with synchronous=FULL): the time from the call to the signal.
// Times are measured by hand around the measured call only (fresh databases are made outside it).
#include "CourseBuilder.h"
#include "FakeClock.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"
#include "storage/SqlValues.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start, Clock::time_point end = Clock::now())
{
    return std::chrono::duration<double>(end - start).count();
}

const Course &courseOf(int lessons)
{
    static std::map<int, Course> cache;
    auto it = cache.find(lessons);
    if (it == cache.end())
        it = cache.emplace(lessons, test::CourseBuilder::large(lessons)).first;
    return it->second;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

// A new, empty, migrated cache file (the previous one of that name is deleted first).
std::unique_ptr<CacheDatabase> freshDatabase(const QString &name)
{
    const QString path = tempDir().filePath(name);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().message));
        std::abort();
    }
    return std::move(opened).value();
}

const QDateTime importTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// --- (a) import beside a raw bulk insert ------------------------------------------------------------

void BM_ImportCourse(benchmark::State &state)
{
    const Course &course = courseOf(int(state.range(0)));
    for (auto _ : state) {
        std::unique_ptr<CacheDatabase> db = freshDatabase(u"import.db"_s);
        CourseStore store(*db);
        const auto start = Clock::now();
        Result<ImportReport> report = store.importCourse(course, importTime);
        state.SetIterationTime(secondsSince(start));
        if (!report || report->lessons != state.range(0))
            state.SkipWithError("import failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// The same rows with plain INSERTs, each statement prepared once, in one transaction: the floor that
// importCourse's upserts, removals and outbox checks are measured against.
Status rawInsert(CacheDatabase &db, const Course &course)
{
    return db.transaction([&]() -> Status {
        QSqlQuery c = db.prepare(
            u"INSERT INTO courses(id, name, slug, description, type, privacy, enforce_order, join_status, joined_at, "
            "created_at, created_by, enrollment_id, position, server_completed, server_total, server_rate, "
            "server_percentage, synced_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        QSqlQuery s = db.prepare(u"INSERT INTO sections(id, course_id, position, name, dripped_at, drip_delay, "
                                 "available_date, server_locked) VALUES(?,?,?,?,?,?,?,?)"_s);
        QSqlQuery l = db.prepare(u"INSERT INTO lessons(id, course_id, section_id, position, name, type, status, "
                                 "comments_enabled, server_locked) VALUES(?,?,?,?,?,?,?,?,?)"_s);
        QSqlQuery st = db.prepare(u"INSERT INTO lesson_state(lesson_id, local_completion, local_changed_at, "
                                  "confirmed_completion, confirmed_at) VALUES(?, ?, NULL, ?, ?)"_s);
        c.addBindValue(course.id);
        c.addBindValue(sql::text(course.name));
        c.addBindValue(sql::text(course.slug));
        c.addBindValue(sql::text(course.description));
        c.addBindValue(toWire(course.type));
        c.addBindValue(sql::text(course.privacy));
        c.addBindValue(course.enforceLessonsOrder);
        c.addBindValue(sql::text(toWire(course.joinStatus)));
        c.addBindValue(sql::time(course.joinedAt));
        c.addBindValue(sql::time(course.createdAt));
        c.addBindValue(course.createdBy);
        c.addBindValue(sql::text(course.enrollmentId));
        c.addBindValue(0);
        for (int i = 0; i < 5; ++i) // no server figures, no sync time
            c.addBindValue(QVariant());
        if (Status ok = db.exec(c, "insert"); !ok)
            return ok;
        for (int si = 0; si < course.sections.size(); ++si) {
            const Section &section = course.sections.at(si);
            s.addBindValue(section.id);
            s.addBindValue(course.id);
            s.addBindValue(si);
            s.addBindValue(sql::text(section.name));
            s.addBindValue(sql::time(section.drippedAt));
            s.addBindValue(section.dripDelayDays);
            s.addBindValue(sql::time(section.availableDate));
            s.addBindValue(section.serverLocked);
            if (Status ok = db.exec(s, "insert"); !ok)
                return ok;
            for (int li = 0; li < section.lessons.size(); ++li) {
                const Lesson &lesson = section.lessons.at(li);
                l.addBindValue(lesson.id);
                l.addBindValue(course.id);
                l.addBindValue(lesson.sectionId);
                l.addBindValue(li);
                l.addBindValue(sql::text(lesson.name));
                l.addBindValue(toWire(lesson.type));
                l.addBindValue(toWire(lesson.status));
                l.addBindValue(lesson.commentsEnabled);
                l.addBindValue(lesson.serverLocked);
                if (Status ok = db.exec(l, "insert"); !ok)
                    return ok;
                st.addBindValue(lesson.id);
                st.addBindValue(toWire(lesson.completion));
                st.addBindValue(toWire(lesson.completion));
                st.addBindValue(sql::time(importTime));
                if (Status ok = db.exec(st, "insert"); !ok)
                    return ok;
            }
        }
        return success();
    });
}

void BM_RawBulkInsert(benchmark::State &state)
{
    const Course &course = courseOf(int(state.range(0)));
    for (auto _ : state) {
        std::unique_ptr<CacheDatabase> db = freshDatabase(u"raw.db"_s);
        const auto start = Clock::now();
        Status inserted = rawInsert(*db, course);
        state.SetIterationTime(secondsSince(start));
        if (!inserted)
            state.SkipWithError("raw insert failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// --- (b) outline load -----------------------------------------------------------------------------------

void BM_LoadOutline(benchmark::State &state)
{
    const Course &course = courseOf(int(state.range(0)));
    std::unique_ptr<CacheDatabase> db = freshDatabase(u"load.db"_s);
    CourseStore store(*db);
    if (!store.importCourse(course, importTime)) {
        state.SkipWithError("import failed");
        return;
    }
    for (auto _ : state) {
        const auto start = Clock::now();
        Result<Course> loaded = store.loadCourse(course.id);
        state.SetIterationTime(secondsSince(start));
        if (!loaded || loaded->lessonCount() != state.range(0))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(loaded);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// --- (c) mark a lesson completed → progressChanged ------------------------------------------------------

void BM_SetCompletedToSignal(benchmark::State &state)
{
    const Course &course = courseOf(int(state.range(0)));
    std::unique_ptr<CacheDatabase> db = freshDatabase(u"session.db"_s);
    test::FakeClock clock;
    if (!CourseStore(*db).importCourse(course, importTime)) {
        state.SkipWithError("import failed");
        return;
    }
    LearnerState learner(*db, clock, LearnerState::Kind::Server);
    CourseSession session(learner);

    // The course's first lesson: always open, so it can be toggled back and forth.
    const qint64 lessonId = course.sections.constFirst().lessons.constFirst().id;
    bool completed = course.sections.constFirst().lessons.constFirst().completion == Completion::Completed;
    Clock::time_point signalled;
    int signalCount = 0;
    QObject::connect(&session, &CourseSession::progressChanged, &session, [&](qint64, const ProgressFigures &) {
        signalled = Clock::now();
        ++signalCount;
    });

    for (auto _ : state) {
        completed = !completed;
        const int before = signalCount;
        const auto start = Clock::now();
        Status done = session.setCompleted(course.id, lessonId, completed);
        if (!done)
            std::fprintf(stderr, "setCompleted failed: %s\n", qPrintable(done.error().message));
        if (!done || signalCount != before + 1) {
            state.SkipWithError("setCompleted did not end in progressChanged");
            break;
        }
        state.SetIterationTime(secondsSince(start, signalled));
    }
    state.SetItemsProcessed(state.iterations());
}

BENCHMARK(BM_ImportCourse)->Arg(10'000)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawBulkInsert)->Arg(10'000)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadOutline)->Arg(10'000)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SetCompletedToSignal)->Arg(10'000)->UseManualTime()->Unit(benchmark::kMillisecond);

// Keeps every result so the summary can compare them after the run.
class SummaryReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration)
                m_ms[run.run_name.function_name] = run.GetAdjustedRealTime(); // reported in ms
        }
        ConsoleReporter::ReportRuns(runs);
    }
    double ms(const std::string &function) const
    {
        const auto it = m_ms.find(function);
        return it == m_ms.end() ? 0 : it->second;
    }

private:
    std::map<std::string, double> m_ms;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv); // the SQL driver plugins need one
    QLoggingCategory::setFilterRules(u"coursedesk.*.debug=false"_s);
    if (!tempDir().isValid())
        return 1;
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const double import = reporter.ms("BM_ImportCourse");
    const double raw = reporter.ms("BM_RawBulkInsert");
    const double load = reporter.ms("BM_LoadOutline");
    const double toggle = reporter.ms("BM_SetCompletedToSignal");
    std::printf("\nSummary (10k-lesson course, 200 sections):\n");
    if (import > 0 && raw > 0) {
        const double ratio = raw / import; // import rate as a share of the raw rate
        std::printf("  import (CourseStore::importCourse): %8.2f ms  (%.0f lessons/s)\n", import,
                    10'000 / import * 1e3);
        std::printf("  raw bulk insert of the same rows:   %8.2f ms  (%.0f lessons/s)\n", raw, 10'000 / raw * 1e3);
        std::printf("  import rate = %.0f %% of raw rate (goal >= 50 %%): %s\n", ratio * 100,
                    ratio >= 0.5 ? "met" : "MISSED");
    }
    if (load > 0)
        std::printf("  load outline (CourseStore::loadCourse): %8.2f ms\n", load);
    if (toggle > 0)
        std::printf("  setCompleted -> progressChanged (server account, synchronous=FULL): %8.2f ms\n", toggle);
    return 0;
}
