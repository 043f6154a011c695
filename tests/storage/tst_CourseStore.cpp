// CourseStore: importing a course from the server (an upsert that keeps unsent learner changes and
// reports what vanished) and loading outlines and lesson bodies back as domain types.
#include "CourseBuilder.h"
#include "FakeClock.h"
#include "FreshCache.h"

#include "storage/CacheDatabase.h"
#include "storage/CourseStore.h"
#include "storage/Outbox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;
using test::CourseBuilder;

namespace {

constexpr Completion Done = Completion::Completed;
constexpr Completion NotDone = Completion::Uncompleted;

Answer answer(qint64 id, const QString &text, std::optional<bool> correct)
{
    return Answer{id, text, correct};
}

// Gives a lesson a downloaded body: html and, for a quiz, questions whose answers cover a known correct
// flag (true and false) and an unknown one (null, as learners receive them).
void giveBody(Lesson &lesson, const QString &html, qint64 firstQuestionId = 0)
{
    lesson.hasBody = true;
    lesson.body->html = html;
    if (firstQuestionId == 0)
        return;
    lesson.body->passingGrade = 75;
    Question single{firstQuestionId,
                    QuestionType::SingleChoice,
                    u"Which one?"_s,
                    u"https://example.org/q.png"_s,
                    {answer(firstQuestionId * 10 + 2, u"This"_s, true),
                     answer(firstQuestionId * 10 + 1, u"That"_s, false),
                     answer(firstQuestionId * 10 + 3, u"Maybe"_s, std::nullopt)}};
    Question multi{firstQuestionId + 1,
                   QuestionType::MultiChoice,
                   u"Which ones?"_s,
                   QString(),
                   {answer((firstQuestionId + 1) * 10 + 1, u"A"_s, std::nullopt),
                    answer((firstQuestionId + 1) * 10 + 2, u"B"_s, std::nullopt)}};
    Question empty{firstQuestionId + 2, QuestionType::SingleChoice, u"No answers yet"_s, QString(), {}};
    lesson.body->questions = {single, multi, empty};
}

// What loadCourse returns for a course: the outline, without lesson html or questions.
Course outlineOf(Course course)
{
    for (Section &section : course.sections) {
        for (Lesson &lesson : section.lessons) {
            lesson.body->html.clear();
            lesson.body->questions.clear();
        }
    }
    return course;
}

// A structured course with enough variety to check that every field and every order survives:
// sections and lessons whose ids run against their order, a draft, a quiz with a body.
Course sampleCourse()
{
    Course course = CourseBuilder(CourseType::Structured, 5)
                        .enforceOrder()
                        .section(30, 0)
                        .lesson(305, Done)
                        .lesson(301)
                        .quiz(303)
                        .section(10, 7)
                        .availableDate(QDateTime(QDate(2026, 1, 8), QTime(9, 0), Qt::UTC))
                        .draft(102)
                        .lesson(101)
                        .section(20, 0, QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC))
                        .build();
    course.slug = u"sample-course"_s;
    course.description = u"Ünïcode & <b>markup</b>"_s;
    course.privacy = u"public"_s;
    course.createdAt = QDateTime(QDate(2025, 12, 24), QTime(18, 30, 15, 250), Qt::UTC);
    course.createdBy = 42;
    course.enrollmentId = u"enr-5"_s;
    course.serverProgress = ServerProgress{1, 4, 25, 25.0};
    course.sections[0].lessons[0].commentsEnabled = true;
    course.sections[0].lessons[1].serverLocked = true;
    course.sections[1].serverLocked = true;
    giveBody(course.sections[0].lessons[0], u"<h1>Welcome</h1>"_s);
    giveBody(course.sections[0].lessons[2], u"<p>Quiz time</p>"_s, 900);
    return course;
}

QList<qint64> lessonIds(const Course &course)
{
    QList<qint64> ids;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons)
            ids << lesson.id;
    }
    return ids;
}

} // namespace

class tst_CourseStore : public QObject
{
    Q_OBJECT

private:
    CourseStore &store() { return *m_store; }
    Outbox &outbox() { return *m_outbox; }
    QDateTime now() const { return m_clock.now(); }

    bool import(const Course &course, ImportReport *report = nullptr)
    {
        m_clock.advanceSecs(60);
        Result<ImportReport> imported = store().importCourse(course, now());
        if (!imported) {
            qWarning() << imported.error().code << imported.error().message;
            return false;
        }
        if (report)
            *report = *imported;
        return true;
    }

    Course load(qint64 courseId)
    {
        Result<Course> course = store().loadCourse(courseId);
        if (!course)
            qWarning() << course.error().message;
        return course ? *course : Course{};
    }

    // The learner changes a lesson here: local state and outbox entry, as CourseSession does.
    bool learnerSets(const Course &course, qint64 lessonId, Completion desired)
    {
        const Lesson *lesson = course.findLesson(lessonId);
        Result<LessonState> state = store().lessonState(lessonId);
        if (!lesson || !state)
            return false;
        return store().setLocalCompletion(lessonId, desired, now()) &&
               outbox().recordCompletion(course.id, lesson->sectionId, lessonId, desired, state->confirmed, now());
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CourseStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    test::FakeClock m_clock;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<CacheDatabase>> opened = test::openFreshCache(m_dir);
        QVERIFY(opened);
        m_db = std::move(opened).value();
        m_store = std::make_unique<CourseStore>(*m_db);
        m_outbox = std::make_unique<Outbox>(*m_db);
    }
    void cleanup()
    {
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
    }

    // --- import and load ------------------------------------------------------------------------

    void importedCourseLoadsBackAsTheSameOutline()
    {
        const Course course = sampleCourse();
        ImportReport report;
        QVERIFY(import(course, &report));
        QCOMPARE(report.sections, 3);
        QCOMPARE(report.lessons, 5);
        QCOMPARE(report.removedLessons, 0);
        QVERIFY(report.orphanedEntries.isEmpty());

        const Course loaded = load(course.id);
        QCOMPARE(lessonIds(loaded), (QList<qint64>{305, 301, 303, 102, 101})); // lessons_order kept
        QCOMPARE(loaded.sections.at(2).id, 20);                                // sections_order kept
        QVERIFY(loaded.sections.at(2).lessons.isEmpty());
        QVERIFY(loaded == outlineOf(course)); // every field
    }

    void importReturnsCountsAndLoadsAreRepeatable()
    {
        const Course course = CourseBuilder::large(120, 25);
        ImportReport report;
        QVERIFY(import(course, &report));
        QCOMPARE(report.sections, 5);
        QCOMPARE(report.lessons, 120);
        QVERIFY(load(course.id) == course);
        QVERIFY(load(course.id) == course);
    }

    void loadLessonReturnsBodyQuestionsAndAnswers()
    {
        const Course course = sampleCourse();
        QVERIFY(import(course));
        const Lesson &quiz = course.sections.at(0).lessons.at(2);

        Result<Lesson> loaded = store().loadLesson(course.id, quiz.id);
        QVERIFY(loaded);
        QVERIFY(*loaded == quiz);
        QCOMPARE(loaded->body->html, u"<p>Quiz time</p>"_s);
        QCOMPARE(loaded->body->passingGrade, 75);
        QCOMPARE(loaded->body->questions.size(), 3);
        const QList<Answer> &answers = loaded->body->questions.at(0).answers;
        QCOMPARE(answers.at(0).id, 9002); // answer order as given, not by id
        QVERIFY(answers.at(0).correct == std::optional<bool>(true));
        QVERIFY(answers.at(1).correct == std::optional<bool>(false));
        QVERIFY(!answers.at(2).correct.has_value()); // null stays null, not false
        QCOMPARE(loaded->body->questions.at(1).type, QuestionType::MultiChoice);
        QVERIFY(loaded->body->questions.at(2).answers.isEmpty());

        Result<Lesson> plain = store().loadLesson(course.id, 301);
        QVERIFY(plain);
        QVERIFY(!plain->hasBody);
        QVERIFY(plain->body->html.isEmpty());
        QVERIFY(plain->body->questions.isEmpty());
    }

    void courseIdsFollowImportOrder()
    {
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 3).lesson(31).build()));
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 1).lesson(11).build()));
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 2).lesson(21).build()));
        QCOMPARE(*store().courseIds(), (QList<qint64>{3, 1, 2}));

        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 3).lesson(31).lesson(32).build())); // re-import
        QCOMPARE(*store().courseIds(), (QList<qint64>{3, 1, 2}));

        QVERIFY(store().removeCourse(1));
        QCOMPARE(*store().courseIds(), (QList<qint64>{3, 2}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM lessons WHERE course_id = 1"_s), 0);
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 4).lesson(41).build()));
        QCOMPARE(*store().courseIds(), (QList<qint64>{3, 2, 4}));
    }

    // --- re-import --------------------------------------------------------------------------------

    void reImportIsAnUpsert()
    {
        Course v1 = sampleCourse();
        QVERIFY(import(v1));

        Course v2 = v1;
        v2.name = u"Renamed course"_s;
        v2.enforceLessonsOrder = false;
        v2.sections.swapItemsAt(0, 1); // sections reordered
        v2.sections[0].name = u"Renamed section"_s;
        v2.sections[1].lessons.swapItemsAt(0, 2); // lessons reordered
        v2.sections[1].lessons[1].name = u"Renamed lesson"_s;
        Lesson moved = v2.sections[0].lessons.takeFirst(); // a lesson moves to another section
        moved.sectionId = 20;
        v2.sections[2].lessons.append(moved);
        ImportReport report;
        QVERIFY(import(v2, &report));
        QCOMPARE(report.removedLessons, 0);

        const Course loaded = load(v2.id);
        QVERIFY(loaded == outlineOf(v2));
        QCOMPARE(lessonIds(loaded), (QList<qint64>{101, 303, 301, 305, 102}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM lessons"_s), 5);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sections"_s), 3);
    }

    void vanishedSectionsAndLessonsAreRemovedAndTheirEntriesRejected()
    {
        const Course v1 = CourseBuilder(CourseType::SelfPaced, 1)
                              .section(10)
                              .lesson(101)
                              .lesson(102)
                              .section(20)
                              .lesson(201)
                              .quiz(202)
                              .build();
        Course withBody = v1;
        giveBody(withBody.sections[1].lessons[1], u"<p>quiz</p>"_s, 70);
        QVERIFY(import(withBody));

        QVERIFY(learnerSets(v1, 101, Done));                              // stays: its entry stays sendable
        QVERIFY(learnerSets(v1, 102, Done));                              // vanishes: its entry is orphaned
        QVERIFY(outbox().recordAttempt(1, 20, 202, u"key-202"_s, now())); // vanishes with its section
        QVERIFY(learnerSets(v1, 201, Done));                              // vanishes, but its entry was done
        const qint64 doneEntry = outbox().sendable()->constLast().id;
        QVERIFY(outbox().markDone(doneEntry));
        const QList<OutboxEntry> before = *outbox().sendable();
        QCOMPARE(before.size(), 3);

        const Course v2 = CourseBuilder(CourseType::SelfPaced, 1).section(10).lesson(101).build();
        ImportReport report;
        QVERIFY(import(v2, &report));

        QCOMPARE(report.removedLessons, 3);
        QCOMPARE(report.sections, 1);
        QCOMPARE(report.lessons, 1);
        QCOMPARE(report.orphanedEntries.size(), 2);
        QCOMPARE(report.orphanedEntries.at(0).id, before.at(1).id); // 102's completion
        QCOMPARE(report.orphanedEntries.at(1).id, before.at(2).id); // 202's attempt
        for (const OutboxEntry &orphan : report.orphanedEntries) {
            QCOMPARE(orphan.state, OutboxState::Rejected);
            QCOMPARE(orphan.errorCode, u"lesson_removed"_s);
            QVERIFY(!orphan.reason.isEmpty());
            QVERIFY(*outbox().entry(orphan.id) == orphan); // what the report says is what is stored
        }

        // Not dropped: the learner still sees them, but nothing sends them.
        QCOMPARE(outbox().unfinished()->size(), 3);
        QCOMPARE(outbox().sendable()->size(), 1);
        QCOMPARE(outbox().sendable()->constFirst().lessonId, 101);

        // The rows went, and what hangs off them with them; 101 keeps its unsent completion.
        Course expected = v2;
        expected.sections[0].lessons[0].completion = Done;
        QVERIFY(load(1) == expected);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sections"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM lessons"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM lesson_state"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM questions"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM answers"_s), 0);
        Result<LessonState> state = store().lessonState(102);
        QVERIFY(!state);
        QCOMPARE(state.error().code, u"unknown_lesson"_s);
    }

    void lessonMovedOutOfAVanishedSectionIsKept()
    {
        const Course v1 =
            CourseBuilder(CourseType::SelfPaced, 1).section(10).lesson(101).section(20).lesson(201).build();
        Course withBody = v1;
        giveBody(withBody.sections[1].lessons[0], u"<p>kept</p>"_s, 50);
        QVERIFY(import(withBody));
        QVERIFY(learnerSets(v1, 201, Done));

        // Section 20 is gone on the server; its lesson now lives in a new section 30.
        const Course v2 =
            CourseBuilder(CourseType::SelfPaced, 1).section(10).lesson(101).section(30).lesson(201).build();
        ImportReport report;
        QVERIFY(import(v2, &report));
        QCOMPARE(report.removedLessons, 0);
        QVERIFY(report.orphanedEntries.isEmpty());

        Result<Lesson> lesson = store().loadLesson(1, 201);
        QVERIFY(lesson);
        QCOMPARE(lesson->sectionId, 30);
        QCOMPARE(lesson->body->html, u"<p>kept</p>"_s); // the downloaded body survives the move
        QCOMPARE(lesson->body->questions.size(), 3);
        QCOMPARE(lesson->completion, Done); // so does the unsent local change
        QCOMPARE(outbox().sendable()->size(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sections WHERE id = 20"_s), 0);
    }

    void courseEmptiedOnTheServerLosesEverything()
    {
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 1).section(10).lesson(101).lesson(102).build()));
        Course empty = CourseBuilder(CourseType::SelfPaced, 1).build();
        ImportReport report;
        QVERIFY(import(empty, &report));
        QCOMPARE(report.removedLessons, 2);
        QVERIFY(load(1).sections.isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM lessons"_s), 0);
    }

    void importKeepsUnsentLocalChanges_data()
    {
        QTest::addColumn<Completion>("serverBefore");
        QTest::addColumn<std::optional<Completion>>("learnerWish");
        QTest::addColumn<std::optional<OutboxState>>("entryState"); // of the learner's entry at import
        QTest::addColumn<Completion>("serverNow");
        QTest::addColumn<Completion>("expectedLocal");

        const std::optional<Completion> noWish;
        const std::optional<OutboxState> noEntry;
        QTest::addRow("no local change: the server's completion is taken")
            << NotDone << noWish << noEntry << Done << Done;
        QTest::addRow("no local change: the server's un-completion is taken")
            << Done << noWish << noEntry << NotDone << NotDone;
        QTest::addRow("pending completion survives")
            << NotDone << std::optional(Done) << std::optional(OutboxState::Pending) << NotDone << Done;
        QTest::addRow("pending un-completion survives")
            << Done << std::optional(NotDone) << std::optional(OutboxState::Pending) << Done << NotDone;
        QTest::addRow("in-flight completion survives")
            << NotDone << std::optional(Done) << std::optional(OutboxState::InFlight) << NotDone << Done;
        QTest::addRow("done entry: the server's state is taken")
            << NotDone << std::optional(Done) << std::optional(OutboxState::Done) << NotDone << NotDone;
        QTest::addRow("rejected entry: the server's state is taken")
            << NotDone << std::optional(Done) << std::optional(OutboxState::Rejected) << NotDone << NotDone;
        QTest::addRow("toggled back (no entry left): the server's state is taken")
            << NotDone << std::optional(Done) << noEntry << Done << Done;
    }
    void importKeepsUnsentLocalChanges()
    {
        QFETCH(Completion, serverBefore);
        QFETCH(std::optional<Completion>, learnerWish);
        QFETCH(std::optional<OutboxState>, entryState);
        QFETCH(Completion, serverNow);
        QFETCH(Completion, expectedLocal);

        const qint64 lesson = 101;
        const Course before = CourseBuilder().lesson(lesson, serverBefore).lesson(102).build();
        QVERIFY(import(before));
        if (learnerWish) {
            QVERIFY(learnerSets(before, lesson, *learnerWish));
            if (!entryState) { // the learner changed their mind: back to the server's state
                QVERIFY(learnerSets(before, lesson, serverBefore));
            } else {
                const qint64 id = outbox().sendable()->constFirst().id;
                if (*entryState != OutboxState::Pending)
                    QVERIFY(outbox().markInFlight(id));
                if (*entryState == OutboxState::Done)
                    QVERIFY(outbox().markDone(id));
                if (*entryState == OutboxState::Rejected)
                    QVERIFY(outbox().markRejected(id, u"bad_request"_s, u"No."_s));
            }
        }

        QVERIFY(import(CourseBuilder().lesson(lesson, serverNow).lesson(102).build()));
        Result<LessonState> state = store().lessonState(lesson);
        QVERIFY(state);
        QCOMPARE(state->local, expectedLocal);
        QCOMPARE(state->confirmed, serverNow); // the server's word is always the confirmed state
        QCOMPARE(state->confirmedAt, now());
        QCOMPARE(load(1).findLesson(lesson)->completion, expectedLocal);
    }

    // --- server progress ----------------------------------------------------------------------------

    void serverProgressIsStoredAndLoaded_data()
    {
        QTest::addColumn<std::optional<ServerProgress>>("imported");
        QTest::addColumn<std::optional<ServerProgress>>("reImported");
        QTest::addColumn<std::optional<ServerProgress>>("expected");

        const ServerProgress withPercentage{2, 6, 33, 33.33};
        const ServerProgress withoutPercentage{3, 6, 50, std::nullopt};
        QTest::addRow("figures with the two-decimal percentage")
            << std::optional(withPercentage) << std::optional(withPercentage) << std::optional(withPercentage);
        QTest::addRow("no figures") << std::optional<ServerProgress>() << std::optional<ServerProgress>()
                                    << std::optional<ServerProgress>();
        QTest::addRow("re-import without a percentage keeps the last one")
            << std::optional(withPercentage) << std::optional(withoutPercentage)
            << std::optional(ServerProgress{3, 6, 50, 33.33});
        QTest::addRow("re-import without figures drops them")
            << std::optional(withPercentage) << std::optional<ServerProgress>() << std::optional<ServerProgress>();
    }
    void serverProgressIsStoredAndLoaded()
    {
        QFETCH(std::optional<ServerProgress>, imported);
        QFETCH(std::optional<ServerProgress>, reImported);
        QFETCH(std::optional<ServerProgress>, expected);
        Course course = CourseBuilder().lesson(1).build();
        course.serverProgress = imported;
        QVERIFY(import(course));
        QVERIFY(load(1).serverProgress == imported);
        course.serverProgress = reImported;
        QVERIFY(import(course));
        QVERIFY(load(1).serverProgress == expected);
    }

    void setServerProgressReplacesTheFigures()
    {
        QVERIFY(import(CourseBuilder().lesson(1).build()));
        QVERIFY(store().setServerProgress(1, ServerProgress{1, 1, 100, 100.0}));
        QVERIFY(load(1).serverProgress == ServerProgress({1, 1, 100, 100.0}));
        QVERIFY(store().setServerProgress(1, ServerProgress{0, 1, 0, std::nullopt}));
        QVERIFY(load(1).serverProgress == ServerProgress({0, 1, 0, std::nullopt}));
    }

    // --- bodies ------------------------------------------------------------------------------------

    void outlineReImportKeepsADownloadedBody()
    {
        Course withBody = CourseBuilder().quiz(7).build();
        giveBody(withBody.sections[0].lessons[0], u"<p>v1</p>"_s, 30);
        QVERIFY(import(withBody));

        QVERIFY(import(CourseBuilder().quiz(7).build())); // the outline only: hasBody false
        Result<Lesson> kept = store().loadLesson(1, 7);
        QVERIFY(kept);
        QVERIFY(*kept == withBody.sections[0].lessons[0]);

        Course newBody = CourseBuilder().quiz(7).build();
        giveBody(newBody.sections[0].lessons[0], u"<p>v2</p>"_s, 40); // other question ids
        newBody.sections[0].lessons[0].body->questions.removeLast();
        QVERIFY(import(newBody));
        Result<Lesson> replaced = store().loadLesson(1, 7);
        QVERIFY(replaced);
        QVERIFY(*replaced == newBody.sections[0].lessons[0]);
        QCOMPARE(count(u"SELECT COUNT(*) FROM questions"_s), 2); // the old ones are gone
    }

    // --- errors --------------------------------------------------------------------------------------

    void unknownCourseAndLessonAreReported_data()
    {
        QTest::addColumn<qint64>("courseId");
        QTest::addColumn<qint64>("lessonId"); // 0: load the course
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown course") << qint64(99) << qint64(0) << u"unknown_course"_s;
        QTest::addRow("unknown lesson") << qint64(1) << qint64(999) << u"unknown_lesson"_s;
        QTest::addRow("lesson of another course") << qint64(2) << qint64(101) << u"unknown_lesson"_s;
        QTest::addRow("lesson of an unknown course") << qint64(99) << qint64(101) << u"unknown_lesson"_s;
    }
    void unknownCourseAndLessonAreReported()
    {
        QFETCH(qint64, courseId);
        QFETCH(qint64, lessonId);
        QFETCH(QString, code);
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 1).lesson(101).build()));
        QVERIFY(import(CourseBuilder(CourseType::SelfPaced, 2).lesson(201).build()));
        Error error;
        if (lessonId == 0) {
            Result<Course> course = store().loadCourse(courseId);
            QVERIFY(!course);
            error = course.error();
        } else {
            Result<Lesson> lesson = store().loadLesson(courseId, lessonId);
            QVERIFY(!lesson);
            error = lesson.error();
        }
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
    }

    void lessonStateOfAnUnknownLessonIsAnError()
    {
        Result<LessonState> state = store().lessonState(12345);
        QVERIFY(!state);
        QCOMPARE(state.error().code, u"unknown_lesson"_s);
    }

    void failedImportChangesNothing()
    {
        Course v1 = CourseBuilder(CourseType::SelfPaced, 1).section(10).lesson(101).lesson(102).build();
        QVERIFY(import(v1));
        QVERIFY(learnerSets(v1, 102, Done));

        // Renamed, 102 removed, and two lessons claiming the same question id: the import fails part-way.
        Course broken = CourseBuilder(CourseType::SelfPaced, 1).section(10).lesson(101).lesson(103).lesson(104).build();
        broken.name = u"Broken"_s;
        giveBody(broken.sections[0].lessons[1], u"a"_s, 60);
        giveBody(broken.sections[0].lessons[2], u"b"_s, 60);
        m_clock.advanceSecs(60);
        Result<ImportReport> imported = store().importCourse(broken, now());
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, u"database"_s);

        const Course after = load(1);
        QCOMPARE(after.name, v1.name);
        QCOMPARE(lessonIds(after), (QList<qint64>{101, 102}));
        QCOMPARE(after.findLesson(102)->completion, Done);
        const QList<OutboxEntry> entries = *outbox().unfinished();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().state, OutboxState::Pending); // not rejected by the failed import
    }
};

QTEST_GUILESS_MAIN(tst_CourseStore)
#include "tst_CourseStore.moc"
