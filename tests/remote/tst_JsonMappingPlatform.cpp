#include "remote/JsonMapping.h"

#include "domain/Progress.h"

#include "JsonTables.h"
#include "MappingFixtures.h"

#include <QTest>

#include <functional>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

using CourseProbe = std::function<QString(const Course &)>;
using LessonProbe = std::function<QString(const Lesson &)>;
Q_DECLARE_METATYPE(CourseProbe)
Q_DECLARE_METATYPE(LessonProbe)

#define ON_COURSE(...) CourseProbe([](const Course &c) -> QString { return __VA_ARGS__; })
#define ON_LESSON(...) LessonProbe([](const Lesson &l) -> QString { return __VA_ARGS__; })

namespace {

QString l102(const char16_t *field)
{
    return u"sections/1/lessons/1/"_s + QString::fromUtf16(field);
}

// Every attempt of a last_attempt, as "id:grade" in the list's order.
QString attemptIds(const Result<QList<QuizAttempt>> &attempts)
{
    if (!attempts)
        return u"error: "_s + attempts.error().message;
    QStringList list;
    for (const QuizAttempt &attempt : *attempts)
        list << u"%1:%2"_s.arg(attempt.id).arg(attempt.grade);
    return list.join(u' ');
}

QJsonObject attemptWith(qint64 id, const char *createdAt, int grade)
{
    return patched(attemptJson(), {set(u"id", id), set(u"created_at", QString::fromLatin1(createdAt)),
                                   set(u"quiz_attempt/grade", grade)});
}

QString medias(const Lesson &lesson)
{
    QStringList list;
    for (const Media &media : lesson.body->medias)
        list << words({n(media.id), media.type, media.title, media.url, media.image}, u'|');
    return list.join(u' ');
}

} // namespace

// What a platform server sends where it differs from our contract (api-contract.md, "What a platform server
// does differently"): growing enumerations (7), objects where ids were expected (6), last_attempt as a list
// (5) and view=dashboard (8). The mapping keeps every page and course that carries them.
class tst_JsonMappingPlatform : public QObject
{
    Q_OBJECT

private slots:
    // ---- 7. Enumerations grow: an unknown value is Unknown, and the course is kept ----------------
    void unknownValuesAreKept_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<CourseProbe>("probe");
        QTest::addColumn<QString>("expected");
        row("course type weekly", {set(u"type", u"weekly"_s)}, u"unknown 4"_s,
            ON_COURSE(words({toWire(c.type), n(section(c, 10).lessons.size())})));
        row("join_status payment_waiting: known, not a member", {set(u"join_status", u"payment_waiting"_s)},
            u"payment_waiting outsider"_s, ON_COURSE(words({toWire(c.joinStatus), toWire(c.role())})));
        row("join_status owner: unknown, not a member", {set(u"join_status", u"owner"_s)}, u"unknown outsider"_s,
            ON_COURSE(words({toWire(c.joinStatus), toWire(c.role())})));
        row("privacy empty (a draft course)", {set(u"privacy", u""_s)}, u"[]"_s, ON_COURSE(u"["_s + c.privacy + u']'));
        row("privacy of a new kind", {set(u"privacy", u"members"_s)}, u"members"_s, ON_COURSE(c.privacy));
        row("lesson type video: listed, unknown", {set(l102(u"type"), u"video"_s)}, u"unknown Two 104 102 101 103"_s,
            ON_COURSE(words({toWire(lesson(c, 102).type), lesson(c, 102).name, ids(section(c, 10).lessons)})));
        row("lesson status archived: not published", {set(l102(u"status"), u"archived"_s)}, u"unknown false"_s,
            ON_COURSE(words({toWire(lesson(c, 102).status), yes(lesson(c, 102).isPublished())})));
        row("completion_status done: not completed", {set(l102(u"completion_status"), u"done"_s)}, u"unknown"_s,
            ON_COURSE(toWire(lesson(c, 102).completion)));
    }
    void unknownValuesAreKept()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(CourseProbe, probe);
        QFETCH(QString, expected);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), patches));
        QVERIFY2(course.ok(), why(course).constData());
        QCOMPARE(probe(*course), expected);
        const Result<Course> summary = JsonMapping::courseSummary(patched(fullCourse(), patches));
        QVERIFY2(summary.ok(), why(summary).constData());
    }

    // A value of the wrong JSON type is still broken data, whatever the enumeration.
    void wrongTypesAreStillRejected_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<QStringList>("mentions");
        rejectRow("course type a number", {set(u"type", 3)}, {u"course 1", u"'type'"});
        rejectRow("join_status a list", {set(u"join_status", QJsonArray{u"joined"_s})},
                  {u"course 1", u"'join_status'"});
        rejectRow("lesson type true", {set(l102(u"type"), true)}, {u"lesson 102", u"'type'"});
        rejectRow("created_by a string", {set(u"created_by", u"teacher"_s)}, {u"course 1", u"'created_by'"});
        rejectRow("created_by a negative id", {set(u"created_by", -3)}, {u"course 1", u"'created_by'"});
    }
    void wrongTypesAreStillRejected()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(QStringList, mentions);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), patches));
        QVERIFY(!course.ok());
        verifyRejected(course.error(), mentions);
    }

    // An unknown lesson type counts as the server counts it (Progress::Tally): when the course's num_lessons includes
    // it, it counts here too; when the server leaves it out, or gives no figures, it does not hold the learner back
    // until it is completed elsewhere.
    void unknownLessonsCountAsTheServerCountsThem_data()
    {
        QTest::addColumn<QString>("completion");
        QTest::addColumn<JsonPatches>("figures");
        QTest::addColumn<QString>("progress");
        // fullCourse: published 101 (completed), 102, 103, 104, 201 (failed), 301; 202 a draft; num_lessons 6.
        QTest::addRow("video not completed, counted by the server (num_lessons 6)")
            << u"uncompleted"_s << JsonPatches{} << u"1/6"_s;
        QTest::addRow("video not completed, left out by the server (num_lessons 5)")
            << u"uncompleted"_s << JsonPatches{set(u"num_lessons", 5)} << u"1/5"_s;
        QTest::addRow("video not completed, no server figures: out of the count")
            << u"uncompleted"_s
            << JsonPatches{drop(u"num_lessons"), drop(u"num_lessons_completed"), drop(u"user_completion_rate")}
            << u"1/5"_s;
        QTest::addRow("video completed on the web: counts") << u"completed"_s << JsonPatches{} << u"2/6"_s;
        QTest::addRow("video completed on the web, no server figures: counts")
            << u"completed"_s
            << JsonPatches{drop(u"num_lessons"), drop(u"num_lessons_completed"), drop(u"user_completion_rate")}
            << u"2/6"_s;
    }
    void unknownLessonsCountAsTheServerCountsThem()
    {
        QFETCH(QString, completion);
        QFETCH(JsonPatches, figures);
        QFETCH(QString, progress);
        const Result<Course> course = JsonMapping::courseDetail(patched(
            fullCourse(),
            JsonPatches{set(l102(u"type"), u"video"_s), set(l102(u"completion_status"), completion)} + figures));
        QVERIFY2(course.ok(), why(course).constData());
        const ProgressFigures figuresHere = Progress::of(*course);
        QCOMPARE(u"%1/%2"_s.arg(figuresHere.completed).arg(figuresHere.total), progress);
    }

    void unknownQuestionTypeIsKept()
    {
        Lesson quiz = outlineQuiz;
        const Status applied = JsonMapping::applyLessonBody(
            quiz, patched(quizBody(), {set(u"questions/1/type", u"essay"_s), set(u"status", u"hidden"_s)}));
        QVERIFY2(applied.ok(), why(applied).constData());
        QCOMPARE(quiz.body->questions.value(1).type, QuestionType::Unknown);
        QCOMPARE(quiz.body->questions.value(1).answers.size(), 3);
        QCOMPARE(quiz.status, LessonStatus::Unknown);
    }

    void unknownAttemptResultIsKept()
    {
        const Result<QuizAttempt> attempt =
            JsonMapping::attempt(patched(attemptJson(), {set(u"quiz_attempt/result", u"passed"_s)}));
        QVERIFY2(attempt.ok(), why(attempt).constData());
        QCOMPARE(attempt->result, Completion::Unknown);
        QCOMPARE(attempt->grade, 50);
    }

    // ---- 6. Objects where ids were expected ------------------------------------------------------
    void createdByIsAnIdOrAnObject_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<CourseProbe>("probe");
        QTest::addColumn<QString>("expected");
        const CourseProbe creator = ON_COURSE(n(c.createdBy));
        row("a User Minimal object", {}, u"7"_s, creator);
        row("a bare id", {set(u"created_by", 7)}, u"7"_s, creator);
        row("null", {set(u"created_by", QJsonValue::Null)}, u"0"_s, creator);
    }
    void createdByIsAnIdOrAnObject()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(CourseProbe, probe);
        QFETCH(QString, expected);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), patches));
        QVERIFY2(course.ok(), why(course).constData());
        QCOMPARE(probe(*course), expected);
    }

    void lessonShapes_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<LessonProbe>("probe");
        QTest::addColumn<QString>("expected");
        const LessonProbe attached = ON_LESSON(medias(l));
        const QJsonObject pdf{{u"id"_s, 31},
                              {u"type"_s, u"doc"_s},
                              {u"title"_s, u"Notes.pdf"_s},
                              {u"url"_s, u"https://cdn.example/n.pdf"_s},
                              {u"image"_s, u"https://cdn.example/n.png"_s},
                              {u"added_at"_s, u"2025-01-01T00:00:00Z"_s},
                              {u"embed"_s, QJsonValue::Null}};
        row("medias empty", {}, QString(), attached);
        row("medias as ids (the write form)", {set(u"medias", QJsonArray{31, 32})}, u"31|||| 32||||"_s, attached);
        row("medias as Media objects", {set(u"medias", QJsonArray{pdf})},
            u"31|doc|Notes.pdf|https://cdn.example/n.pdf|https://cdn.example/n.png"_s, attached);
        row("a media of a new type",
            {set(u"medias", QJsonArray{QJsonObject{{u"id"_s, 4}, {u"type"_s, u"hologram"_s}}})}, u"4|hologram|||"_s,
            attached);
        row("created_by of a lesson as an object", {set(u"created_by", QJsonObject{{u"id"_s, 7}})}, u"true"_s,
            ON_LESSON(yes(l.hasBody)));
        // 5. last_attempt: a list in the schema table, an object in the example; the newest is the last.
        const LessonProbe last = ON_LESSON(l.body->lastAttempt ? n(l.body->lastAttempt->id) : u"none"_s);
        row("last_attempt an object", {set(u"last_attempt", attemptJson())}, u"9"_s, last);
        row("last_attempt null", {}, u"none"_s, last);
        row("last_attempt an empty list", {set(u"last_attempt", QJsonArray())}, u"none"_s, last);
        row("last_attempt a list of one", {set(u"last_attempt", QJsonArray{attemptJson()})}, u"9"_s, last);
        row("last_attempt a list, newest second",
            {set(u"last_attempt",
                 QJsonArray{attemptWith(3, "2025-01-10T10:00:00Z", 20), attemptWith(4, "2025-01-11T10:00:00Z", 90)})},
            u"4"_s, last);
        row("last_attempt a list, newest first",
            {set(u"last_attempt",
                 QJsonArray{attemptWith(4, "2025-01-11T10:00:00Z", 90), attemptWith(3, "2025-01-10T10:00:00Z", 20)})},
            u"4"_s, last);
    }
    void lessonShapes()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(LessonProbe, probe);
        QFETCH(QString, expected);
        Lesson lesson = outlineQuiz;
        const Status applied = JsonMapping::applyLessonBody(lesson, patched(quizBody(), patches));
        QVERIFY2(applied.ok(), why(applied).constData());
        QCOMPARE(probe(lesson), expected);
    }

    void brokenLessonShapesAreRejected_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<QStringList>("mentions");
        rejectRow("medias a string", {set(u"medias", u"31"_s)}, {u"lesson 104", u"'medias'"});
        rejectRow("a media that is a string", {set(u"medias", QJsonArray{u"31"_s})}, {u"lesson 104", u"'medias'"});
        rejectRow("a media without id", {set(u"medias", QJsonArray{QJsonObject{{u"type"_s, u"doc"_s}}})},
                  {u"media", u"lesson 104", u"'id'"});
        rejectRow("a media id of zero", {set(u"medias", QJsonArray{0})}, {u"media", u"'id'"});
        rejectRow("last_attempt a string", {set(u"last_attempt", u"9"_s)}, {u"lesson 104", u"'last_attempt'"});
        rejectRow("last_attempt a list holding a number", {set(u"last_attempt", QJsonArray{9})},
                  {u"lesson 104", u"'last_attempt'"});
        rejectRow("last_attempt a list holding a broken attempt",
                  {set(u"last_attempt", QJsonArray{patched(attemptJson(), {drop(u"quiz_attempt")})})},
                  {u"attempt 9", u"'quiz_attempt'"});
    }
    void brokenLessonShapesAreRejected()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(QStringList, mentions);
        Lesson lesson = outlineQuiz;
        const Status applied = JsonMapping::applyLessonBody(lesson, patched(quizBody(), patches));
        QVERIFY(!applied.ok());
        verifyRejected(applied.error(), mentions);
    }

    // Every attempt of a last_attempt, for the exactly-once check (AttemptLanding).
    void lastAttemptsInEveryForm_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::addRow("null") << QJsonValue(QJsonValue::Null) << QString();
        QTest::addRow("empty list") << QJsonValue(QJsonArray()) << QString();
        QTest::addRow("object") << QJsonValue(attemptJson()) << u"9:50"_s;
        QTest::addRow("list of two, in the server's order")
            << QJsonValue(
                   QJsonArray{attemptWith(4, "2025-01-11T10:00:00Z", 90), attemptWith(3, "2025-01-10T10:00:00Z", 20)})
            << u"4:90 3:20"_s;
    }
    void lastAttemptsInEveryForm()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject lesson = quizBody();
        lesson.remove(u"last_attempt"_s);
        if (!value.isUndefined())
            lesson.insert(u"last_attempt"_s, value);
        QCOMPARE(attemptIds(JsonMapping::lastAttempts(lesson)), expected);
    }

    // ---- 8. view=dashboard: a Course Dashboard, no sections --------------------------------------
    void courseDashboard_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<QString>("expected"); // "id name average" or "error: …"
        const JsonPatches dashboard{drop(u"sections"), drop(u"sections_order"), set(u"avg_completion_rate", 42),
                                    set(u"join_status", u"creator"_s), set(u"hide_member_count", false)};
        QTest::addRow("the documented shape") << dashboard << u"1 Offline first 42 creator 0"_s;
        JsonPatches noAverage = dashboard;
        noAverage.append(drop(u"avg_completion_rate"));
        QTest::addRow("no average given") << noAverage << u"1 Offline first none creator 0"_s;
        JsonPatches withSections = dashboard;
        withSections.removeAt(0);
        QTest::addRow("sections given anyway are ignored") << withSections << u"1 Offline first 42 creator 0"_s;
        JsonPatches tooHigh = dashboard;
        tooHigh.append(set(u"avg_completion_rate", 120));
        QTest::addRow("an average above 100") << tooHigh << u"error: avg_completion_rate"_s;
        JsonPatches text = dashboard;
        text.append(set(u"avg_completion_rate", u"42"_s));
        QTest::addRow("an average as text") << text << u"error: avg_completion_rate"_s;
    }
    void courseDashboard()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(QString, expected);
        const Result<CourseDashboard> dashboard = JsonMapping::courseDashboard(patched(fullCourse(), patches));
        if (expected.startsWith(u"error: "_s)) {
            QVERIFY(!dashboard.ok());
            verifyRejected(dashboard.error(), {u"'"_s + expected.mid(7) + u"'"_s});
            return;
        }
        QVERIFY2(dashboard.ok(), why(dashboard).constData());
        QCOMPARE(words({n(dashboard->course.id), dashboard->course.name,
                        dashboard->averageCompletionRate ? n(*dashboard->averageCompletionRate) : u"none"_s,
                        toWire(dashboard->course.joinStatus), n(dashboard->course.sections.size())}),
                 expected);
    }
};

QTEST_GUILESS_MAIN(tst_JsonMappingPlatform)
#include "tst_JsonMappingPlatform.moc"
