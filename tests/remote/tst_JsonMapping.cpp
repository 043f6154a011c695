#include "remote/JsonMapping.h"

#include "CourseBuilder.h"
#include "DomainJson.h"
#include "JsonTables.h"
#include "MappingFixtures.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

using CourseProbe = std::function<QString(const Course &)>;
using LessonProbe = std::function<QString(const Lesson &)>;
using AttemptProbe = std::function<QString(const QuizAttempt &)>;
using Responses = QList<QuestionResponse>;
Q_DECLARE_METATYPE(CourseProbe)
Q_DECLARE_METATYPE(LessonProbe)
Q_DECLARE_METATYPE(AttemptProbe)
Q_DECLARE_METATYPE(coursedesk::Course)
Q_DECLARE_METATYPE(coursedesk::Lesson)

// A probe of the course `c`, lesson `l` or attempt `a` that a row looks at, rendered as text.
#define ON_COURSE(...) CourseProbe([](const Course &c) -> QString { return __VA_ARGS__; })
#define ON_LESSON(...) LessonProbe([](const Lesson &l) -> QString { return __VA_ARGS__; })
#define ON_ATTEMPT(...) AttemptProbe([](const QuizAttempt &a) -> QString { return __VA_ARGS__; })

class tst_JsonMapping : public QObject
{
    Q_OBJECT

private slots:
    // ---- Good and partial JSON: a Course User Detail ---------------------------------------------
    void courseDetailIsRead_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<CourseProbe>("probe");
        QTest::addColumn<QString>("expected");
        // Order: the *_order lists win over array order; ids they do not name follow, in array order.
        row("sections follow sections_order, unnamed after", {}, u"10 20 30"_s, ON_COURSE(ids(c.sections)));
        row("lessons follow lessons_order, unnamed keep their order", {}, u"104 102 101 103"_s,
            ON_COURSE(ids(section(c, 10).lessons)));
        row("lessons_order reverses the array", {}, u"202 201"_s, ON_COURSE(ids(section(c, 20).lessons)));
        row("no lessons_order: array order", {}, u"301"_s, ON_COURSE(ids(section(c, 30).lessons)));
        row("an order id naming nothing is ignored", {set(u"sections_order", QJsonArray{99, 20, 10})}, u"20 10 30"_s,
            ON_COURSE(ids(c.sections)));
        row("no sections_order: array order", {drop(u"sections_order")}, u"20 10 30"_s, ON_COURSE(ids(c.sections)));
        // Course fields.
        row("id", {}, u"1"_s, ON_COURSE(n(c.id)));
        row("name, slug, description", {}, u"Offline first|offline-first|Learn offline."_s,
            ON_COURSE(words({c.name, c.slug, c.description}, u'|')));
        row("type", {}, u"structured"_s, ON_COURSE(toWire(c.type)));
        row("privacy", {}, u"open"_s, ON_COURSE(c.privacy));
        row("enforce_lessons_order", {}, u"true"_s, ON_COURSE(yes(c.enforceLessonsOrder)));
        row("join_status", {}, u"joined"_s, ON_COURSE(toWire(c.joinStatus)));
        row("joined_at", {}, u"2025-01-15T14:32:00.000Z"_s, ON_COURSE(iso(c.joinedAt)));
        row("created_at +02:00 in UTC", {}, u"2024-12-01T10:00:00.000Z"_s, ON_COURSE(iso(c.createdAt)));
        row("created_by: the creator's id", {}, u"7"_s, ON_COURSE(n(c.createdBy)));
        row("enrollment_id", {}, u"enr-42"_s, ON_COURSE(c.enrollmentId));
        row("num_lessons* -> serverProgress", {}, u"2/6 33%"_s, ON_COURSE(progress(c)));
        // Section and lesson fields.
        row("section name", {}, u"Second"_s, ON_COURSE(section(c, 20).name));
        row("section drip_delay", {}, u"7"_s, ON_COURSE(n(section(c, 20).dripDelayDays)));
        row("section available_date", {}, u"2025-01-22T14:32:00.000Z"_s, ON_COURSE(iso(section(c, 20).availableDate)));
        row("section dripped_at", {}, u"2025-02-01T00:00:00.000Z"_s, ON_COURSE(iso(section(c, 30).drippedAt)));
        row("section locked", {}, u"true"_s, ON_COURSE(yes(section(c, 20).serverLocked)));
        row("lesson type quiz", {}, u"quiz"_s, ON_COURSE(toWire(lesson(c, 201).type)));
        row("lesson status draft", {}, u"draft"_s, ON_COURSE(toWire(lesson(c, 202).status)));
        row("lesson completion_status", {}, u"failed"_s, ON_COURSE(toWire(lesson(c, 201).completion)));
        row("lesson comments_enabled", {}, u"true"_s, ON_COURSE(yes(lesson(c, 201).commentsEnabled)));
        row("lesson locked", {}, u"true"_s, ON_COURSE(yes(lesson(c, 104).serverLocked)));
        row("lesson knows its section", {}, u"20"_s, ON_COURSE(n(lesson(c, 202).sectionId)));
        row("no lesson body yet", {}, u"false"_s, ON_COURSE(yes(lesson(c, 101).hasBody)));
        // Partial JSON: unknown fields are ignored; optional fields may be absent or null.
        row("unknown fields at every level",
            {set(u"x_new", QJsonObject{{u"a"_s, 1}}), set(u"sections/1/x_new", QJsonArray{1}),
             set(u"sections/1/lessons/0/x_new", u"?"_s)},
            u"104 102 101 103"_s, ON_COURSE(ids(section(c, 10).lessons)));
        const CourseProbe notJoined = ON_COURSE(yes(c.joinStatus == JoinStatus::None));
        row("join_status null -> None", {set(u"join_status", QJsonValue::Null)}, u"true"_s, notJoined);
        row("join_status absent -> None", {drop(u"join_status")}, u"true"_s, notJoined);
        row("joined_at null", {set(u"joined_at", QJsonValue::Null)}, u"null"_s, ON_COURSE(iso(c.joinedAt)));
        row("dripped_at null", {}, u"null"_s, ON_COURSE(iso(section(c, 10).drippedAt)));
        row("dripped_at absent", {drop(u"sections/2/dripped_at")}, u"null"_s, ON_COURSE(iso(section(c, 30).drippedAt)));
        row("available_date null", {}, u"null"_s, ON_COURSE(iso(section(c, 10).availableDate)));
        row("drip_delay null -> 0", {set(u"sections/0/drip_delay", QJsonValue::Null)}, u"0"_s,
            ON_COURSE(n(section(c, 20).dripDelayDays)));
        row("enrollment_id absent -> empty", {drop(u"enrollment_id")}, u"true"_s,
            ON_COURSE(yes(c.enrollmentId.isEmpty())));
        row("no progress figures -> no serverProgress",
            {drop(u"num_lessons"), drop(u"num_lessons_completed"), drop(u"user_completion_rate")}, u"none"_s,
            ON_COURSE(progress(c)));
        row("only num_lessons -> the rest 0", {drop(u"num_lessons_completed"), drop(u"user_completion_rate")},
            u"0/6 0%"_s, ON_COURSE(progress(c)));
        row("created_by absent -> 0", {drop(u"created_by")}, u"0"_s, ON_COURSE(n(c.createdBy)));
        row("slug, description, privacy absent -> empty", {drop(u"slug"), drop(u"description"), drop(u"privacy")},
            u"||"_s, ON_COURSE(words({c.slug, c.description, c.privacy}, u'|')));
        row("completion_status absent -> uncompleted", {drop(u"sections/0/lessons/0/completion_status")},
            u"uncompleted"_s, ON_COURSE(toWire(lesson(c, 201).completion)));
        row("locked null -> false", {set(u"sections/0/lessons/0/locked", QJsonValue::Null)}, u"false"_s,
            ON_COURSE(yes(lesson(c, 201).serverLocked)));
        row("a section without lessons", {set(u"sections/2/lessons", QJsonArray())}, u"0"_s,
            ON_COURSE(n(section(c, 30).lessons.size())));
        // The cover: image_big, else the next size that is given (bigger, medium, small); none at all -> empty.
        const auto images = [](const QString &bigger, const QString &big, const QString &medium,
                               const QString &small) {
            const auto value = [](const QString &url) { return url.isNull() ? QJsonValue() : QJsonValue(url); };
            return JsonPatches{set(u"image_bigger", value(bigger)), set(u"image_big", value(big)),
                               set(u"image_medium", value(medium)), set(u"image_small", value(small))};
        };
        const CourseProbe cover = ON_COURSE(c.coverUrl);
        row("cover: image_big first", images(u"/b2.png"_s, u"/b.png"_s, u"/m.png"_s, u"/s.png"_s), u"/b.png"_s, cover);
        row("cover: image_bigger without image_big", images(u"/b2.png"_s, {}, u"/m.png"_s, {}), u"/b2.png"_s, cover);
        row("cover: image_medium alone (our dialect)", images({}, {}, u"/m.png"_s, {}), u"/m.png"_s, cover);
        row("cover: image_small alone", images({}, {}, {}, u"https://cdn.example/s.png"_s),
            u"https://cdn.example/s.png"_s, cover);
        row("cover: an empty image_big is no picture", images({}, u""_s, u"/m.png"_s, {}), u"/m.png"_s, cover);
        row("cover: every size null -> none", images({}, {}, {}, {}), QString(), cover);
        row("cover: no image fields -> none", {}, QString(), cover);
    }
    void courseDetailIsRead()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(CourseProbe, probe);
        QFETCH(QString, expected);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), patches));
        QVERIFY2(course.ok(), why(course).constData());
        QCOMPARE(probe(*course), expected);
    }

    void minimalCourseIsEnough()
    {
        // Only the required fields, at every level.
        const Result<Course> course = JsonMapping::courseDetail(parseJson(R"({
            "id": 5, "name": "M", "type": "self-paced",
            "sections": [{"id": 6, "name": "S", "lessons": [
              {"id": 7, "name": "L", "type": "lesson", "status": "published"}]}]})"));
        QVERIFY2(course.ok(), why(course).constData());
        QCOMPARE(course->lessonCount(), 1);
        QCOMPARE(course->joinStatus, JoinStatus::None);
        QVERIFY(!course->serverProgress.has_value());
        const Result<Course> summary =
            JsonMapping::courseSummary(parseJson(R"({"id": 5, "name": "M", "type": "scheduled"})"));
        QVERIFY2(summary.ok(), why(summary).constData());
        QVERIFY(summary->sections.isEmpty());
    }

    // ---- Broken JSON: bad_server_data, naming the field and the object ---------------------------
    void brokenCourseIsRejected_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<QStringList>("mentions");
        const auto l102 = [](QStringView field) -> QString { return u"sections/1/lessons/1/"_s + field; }; // lesson 102
        rejectRow("course id missing", {drop(u"id")}, {u"course", u"'id'", u"missing"});
        rejectRow("course id a string", {set(u"id", u"1"_s)}, {u"course", u"'id'", u"a string"});
        rejectRow("course name null", {set(u"name", QJsonValue::Null)}, {u"course 1", u"'name'", u"null"});
        rejectRow("course type missing", {drop(u"type")}, {u"course 1", u"'type'", u"missing"});
        rejectRow("enforce_lessons_order a string", {set(u"enforce_lessons_order", u"yes"_s)},
                  {u"course 1", u"'enforce_lessons_order'", u"a boolean"});
        rejectRow("joined_at yesterday", {set(u"joined_at", u"yesterday"_s)},
                  {u"course 1", u"'joined_at'", u"'yesterday'"});
        rejectRow("num_lessons fractional", {set(u"num_lessons", 6.5)}, {u"course 1", u"'num_lessons'", u"6.5"});
        rejectRow("creator without id", {drop(u"created_by/id")}, {u"creator", u"course 1", u"'id'"});
        rejectRow("sections missing", {drop(u"sections")}, {u"course 1", u"'sections'", u"missing"});
        rejectRow("sections an object", {set(u"sections", QJsonObject())}, {u"course 1", u"'sections'", u"an array"});
        rejectRow("a section that is a string", {set(u"sections/1", u"First"_s)}, {u"course 1", u"'sections'"});
        rejectRow("sections_order holds a string", {set(u"sections_order", QJsonArray{10, u"20"_s})},
                  {u"course 1", u"'sections_order'"});
        rejectRow("section id missing", {drop(u"sections/1/id")}, {u"section", u"course 1", u"'id'", u"missing"});
        rejectRow("section id 0", {set(u"sections/1/id", 0)}, {u"section", u"course 1", u"'id'", u"positive"});
        rejectRow("section name missing", {drop(u"sections/1/name")}, {u"section 10", u"'name'"});
        rejectRow("negative drip_delay", {set(u"sections/1/drip_delay", -1)},
                  {u"section 10", u"'drip_delay'", u"negative"});
        rejectRow("drip_delay a string", {set(u"sections/1/drip_delay", u"7"_s)}, {u"section 10", u"'drip_delay'"});
        rejectRow("dripped_at month 13", {set(u"sections/2/dripped_at", u"2025-13-01T00:00:00Z"_s)},
                  {u"section 30", u"'dripped_at'"});
        rejectRow("lessons not an array", {set(u"sections/1/lessons", u"101,102"_s)},
                  {u"section 10", u"'lessons'", u"an array"});
        rejectRow("lessons missing", {drop(u"sections/1/lessons")}, {u"section 10", u"'lessons'", u"missing"});
        rejectRow("a lesson that is a number", {set(u"sections/1/lessons/1", 102)}, {u"section 10", u"'lessons'"});
        rejectRow("lessons_order holds 0", {set(u"sections/1/lessons_order", QJsonArray{104, 0})},
                  {u"section 10", u"'lessons_order'"});
        rejectRow("lesson status missing", {drop(l102(u"status"))}, {u"lesson 102", u"'status'", u"missing"});
        rejectRow("lesson name missing", {drop(l102(u"name"))}, {u"lesson 102", u"'name'"});
        rejectRow("lesson type missing", {drop(l102(u"type"))}, {u"lesson 102", u"'type'"});
        rejectRow("comments_enabled a number", {set(l102(u"comments_enabled"), 1)},
                  {u"lesson 102", u"'comments_enabled'"});
        // A broken id cannot name its object: the message names where the object sits.
        rejectRow("lesson id a string", {set(l102(u"id"), u"102"_s)}, {u"lesson", u"section 10", u"'id'", u"a string"});
        rejectRow("lesson id fractional", {set(l102(u"id"), 102.5)}, {u"lesson", u"section 10", u"'id'", u"102.5"});
        rejectRow("lesson id missing", {drop(l102(u"id"))}, {u"lesson", u"section 10", u"'id'", u"missing"});
        rejectRow("one lesson in two sections", {set(u"sections/2/lessons/0/id", 201)},
                  {u"course 1", u"'sections'", u"lesson 201", u"twice"});
        rejectRow("one lesson twice in a section", {set(u"sections/1/lessons/2/id", 101)},
                  {u"course 1", u"'sections'", u"lesson 101", u"twice"});
        rejectRow("one section twice (a copy)", {set(u"sections/3", fullCourse()[u"sections"_s][0])},
                  {u"course 1", u"'sections'", u"section 20", u"twice"});
        rejectRow("two sections with one id", {set(u"sections/2/id", 10)},
                  {u"course 1", u"'sections'", u"section 10", u"twice"});
    }
    void brokenCourseIsRejected()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(QStringList, mentions);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), patches));
        QVERIFY(!course.ok());
        verifyRejected(course.error(), mentions);
    }

    // ---- Lesson body (Course Lesson) -------------------------------------------------------------
    void lessonBodyIsApplied_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<LessonProbe>("probe");
        QTest::addColumn<QString>("expected");
        const JsonPatches learner{drop(u"questions/0/answers/0/correct"), drop(u"questions/0/answers/1/correct"),
                                  drop(u"questions/1/answers/0/correct"), drop(u"questions/1/answers/1/correct"),
                                  drop(u"questions/1/answers/2/correct")};
        const LessonProbe grade = ON_LESSON(n(l.body->passingGrade));
        const LessonProbe attempted = ON_LESSON(yes(l.body->lastAttempt.has_value()));
        row("html", {}, u"<p>Two questions.</p>"_s, ON_LESSON(l.body->html));
        row("hasBody", {}, u"true"_s, ON_LESSON(yes(l.hasBody)));
        row("completion_status", {}, u"failed"_s, ON_LESSON(toWire(l.completion)));
        row("section kept from the outline", {}, u"10"_s, ON_LESSON(n(l.sectionId)));
        row("passing_grade", {}, u"80"_s, grade);
        row("passing_grade absent -> 60", {drop(u"passing_grade")}, u"60"_s, grade);
        row("passing_grade null -> 60", {set(u"passing_grade", QJsonValue::Null)}, u"60"_s, grade);
        row("passing_grade 0 is valid", {set(u"passing_grade", 0)}, u"0"_s, grade);
        row("passing_grade 100 is valid", {set(u"passing_grade", 100)}, u"100"_s, grade);
        row("questions and their types", {}, u"2 single_choice multi_choice"_s,
            ON_LESSON(
                words({n(l.body->questions.size()), toWire(l.body->questions.value(0).type), toWire(l.body->questions.value(1).type)})));
        row("question text; image null or a URL", {}, u"Pick one||/media/q2.png"_s,
            ON_LESSON(
                words({l.body->questions.value(0).text, l.body->questions.value(0).image, l.body->questions.value(1).image}, u'|')));
        row("creator: correct present", {}, u"false true | true true false"_s, ON_LESSON(correctness(l)));
        row("learner: correct absent -> nullopt", learner, u"? ? | ? ? ?"_s, ON_LESSON(correctness(l)));
        row("correct null -> nullopt", {set(u"questions/0/answers/1/correct", QJsonValue::Null)},
            u"false ? | true true false"_s, ON_LESSON(correctness(l)));
        row("last_attempt null -> none", {}, u"false"_s, attempted);
        row("last_attempt absent -> none", {drop(u"last_attempt")}, u"false"_s, attempted);
        row("last_attempt: questions carry correct, answers selected", {set(u"last_attempt", attemptJson())},
            u"50 1:true[12] 2:false[21 23]"_s,
            ON_LESSON(l.body->lastAttempt ? words({n(l.body->lastAttempt->grade), outcomes(*l.body->lastAttempt)}) : u"none"_s));
        row("a plain lesson: no questions", {set(u"type", u"lesson"_s), drop(u"questions")}, u"lesson 0"_s,
            ON_LESSON(words({toWire(l.type), n(l.body->questions.size())})));
        row("unknown fields ignored",
            {set(u"x_new", 1), set(u"questions/0/x_new", 2), set(u"questions/0/answers/0/x_new", 3)},
            u"false true | true true false"_s, ON_LESSON(correctness(l)));
    }
    void lessonBodyIsApplied()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(LessonProbe, probe);
        QFETCH(QString, expected);
        Lesson lesson = outlineQuiz;
        const Status applied = JsonMapping::applyLessonBody(lesson, patched(quizBody(), patches));
        QVERIFY2(applied.ok(), why(applied).constData());
        QCOMPARE(probe(lesson), expected);
    }

    void brokenLessonBodyIsRejected_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<QStringList>("mentions");
        rejectRow("id of another lesson", {set(u"id", 105)}, {u"lesson 105", u"'id'", u"104"});
        rejectRow("id missing", {drop(u"id")}, {u"lesson", u"'id'", u"missing"});
        rejectRow("name missing", {drop(u"name")}, {u"lesson 104", u"'name'"});
        rejectRow("html a number", {set(u"html", 5)}, {u"lesson 104", u"'html'"});
        rejectRow("passing_grade 101", {set(u"passing_grade", 101)}, {u"lesson 104", u"'passing_grade'", u"101"});
        rejectRow("passing_grade -1", {set(u"passing_grade", -1)}, {u"lesson 104", u"'passing_grade'", u"-1"});
        rejectRow("questions an object", {set(u"questions", QJsonObject())}, {u"lesson 104", u"'questions'"});
        rejectRow("a question that is a string", {set(u"questions/1", u"Pick"_s)}, {u"lesson 104", u"'questions'"});
        rejectRow("question answers missing", {drop(u"questions/1/answers")}, {u"question 2", u"'answers'"});
        rejectRow("question id missing", {drop(u"questions/1/id")}, {u"question", u"lesson 104", u"'id'"});
        rejectRow("answer text missing", {drop(u"questions/1/answers/2/text")}, {u"answer 23", u"'text'"});
        rejectRow("answer correct a string", {set(u"questions/0/answers/1/correct", u"yes"_s)},
                  {u"answer 12", u"'correct'"});
        rejectRow("last_attempt without quiz_attempt",
                  {set(u"last_attempt", patched(attemptJson(), {drop(u"quiz_attempt")}))},
                  {u"attempt 9", u"'quiz_attempt'"});
        rejectRow("last_attempt a string", {set(u"last_attempt", u"9"_s)}, {u"lesson 104", u"'last_attempt'"});
    }
    void brokenLessonBodyIsRejected()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(QStringList, mentions);
        Lesson lesson = outlineQuiz;
        QVERIFY(JsonMapping::applyLessonBody(lesson, quizBody()).ok()); // a body from an earlier download
        const Lesson before = lesson;
        const Status applied = JsonMapping::applyLessonBody(lesson, patched(quizBody(), patches));
        QVERIFY(!applied.ok());
        verifyRejected(applied.error(), mentions);
        QVERIFY2(lesson == before, "a failed applyLessonBody changed the lesson");
    }

    // ---- Course Quiz Attempt ---------------------------------------------------------------------
    void attemptIsRead_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<AttemptProbe>("probe");
        QTest::addColumn<QString>("expected");
        row("ids", {}, u"9 104"_s, ON_ATTEMPT(words({n(a.id), n(a.lessonId)})));
        row("created_at", {}, u"2025-01-15T14:40:00.250Z"_s, ON_ATTEMPT(iso(a.createdAt)));
        row("grade and result", {}, u"50 failed"_s, ON_ATTEMPT(words({n(a.grade), toWire(a.result)})));
        row("passed is 'completed'", {set(u"quiz_attempt/result", u"completed"_s)}, u"true"_s,
            ON_ATTEMPT(yes(a.result == Completion::Completed)));
        row("counts", {}, u"2 80 1"_s, ON_ATTEMPT(words({n(a.numAttempts), n(a.passingGrade), n(a.correctResponses)})));
        row("passing_grade absent -> 60", {drop(u"quiz_attempt/passing_grade")}, u"60"_s,
            ON_ATTEMPT(n(a.passingGrade)));
        row("outcomes: correct and selected", {}, u"1:true[12] 2:false[21 23]"_s, ON_ATTEMPT(outcomes(a)));
        row("question correct absent -> ?", {drop(u"quiz_attempt/questions/0/correct")}, u"1:?[12] 2:false[21 23]"_s,
            ON_ATTEMPT(outcomes(a)));
        row("answer selected absent -> not selected", {drop(u"quiz_attempt/questions/1/answers/2/selected")},
            u"1:true[12] 2:false[21]"_s, ON_ATTEMPT(outcomes(a)));
        row("no questions", {drop(u"quiz_attempt/questions")}, QString(), ON_ATTEMPT(outcomes(a)));
    }
    void attemptIsRead()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(AttemptProbe, probe);
        QFETCH(QString, expected);
        const Result<QuizAttempt> attempt = JsonMapping::attempt(patched(attemptJson(), patches));
        QVERIFY2(attempt.ok(), why(attempt).constData());
        QCOMPARE(probe(*attempt), expected);
    }

    void brokenAttemptIsRejected_data()
    {
        QTest::addColumn<JsonPatches>("patches");
        QTest::addColumn<QStringList>("mentions");
        rejectRow("quiz_attempt missing", {drop(u"quiz_attempt")}, {u"attempt 9", u"'quiz_attempt'", u"missing"});
        rejectRow("quiz_attempt null", {set(u"quiz_attempt", QJsonValue::Null)}, {u"attempt 9", u"'quiz_attempt'"});
        rejectRow("result missing", {drop(u"quiz_attempt/result")}, {u"attempt 9", u"'result'"});
        rejectRow("grade a string", {set(u"quiz_attempt/grade", u"50"_s)}, {u"attempt 9", u"'grade'"});
        rejectRow("id missing", {drop(u"id")}, {u"attempt", u"'id'"});
        rejectRow("created_at yesterday", {set(u"created_at", u"yesterday"_s)}, {u"attempt 9", u"'created_at'"});
        rejectRow("a question without id", {drop(u"quiz_attempt/questions/1/id")}, {u"attempt 9", u"'id'"});
        rejectRow("selected a string", {set(u"quiz_attempt/questions/1/answers/0/selected", u"yes"_s)},
                  {u"answer 21", u"question 2", u"attempt 9", u"'selected'"});
    }
    void brokenAttemptIsRejected()
    {
        QFETCH(JsonPatches, patches);
        QFETCH(QStringList, mentions);
        const Result<QuizAttempt> attempt = JsonMapping::attempt(patched(attemptJson(), patches));
        QVERIFY(!attempt.ok());
        verifyRejected(attempt.error(), mentions);
    }

    void attemptRequestHasExactShape_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("one single_choice")
            << Responses{{1, {12}}} << QByteArray(R"({"responses":[{"question_id":1,"selected_options":[12]}]})");
        QTest::addRow("single and multi, in the given order")
            << Responses{{2, {23, 21}}, {1, {12}}}
            << QByteArray(R"({"responses":[{"question_id":2,"selected_options":[23,21]},)"
                          R"({"question_id":1,"selected_options":[12]}]})");
        QTest::addRow("nothing selected")
            << Responses{{3, {}}} << QByteArray(R"({"responses":[{"question_id":3,"selected_options":[]}]})");
        QTest::addRow("large ids stay integers")
            << Responses{{4000000001, {4000000002}}}
            << QByteArray(R"({"responses":[{"question_id":4000000001,"selected_options":[4000000002]}]})");
    }
    void attemptRequestHasExactShape()
    {
        QFETCH(Responses, responses);
        QFETCH(QByteArray, expected);
        QCOMPARE(QJsonDocument(JsonMapping::attemptRequest(responses)).toJson(QJsonDocument::Compact), expected);
    }

    // ---- Round trips -----------------------------------------------------------------------------
    void courseRoundTrip_data()
    {
        QTest::addColumn<Course>("course");
        const QDateTime joined(QDate(2025, 1, 15), QTime(16, 32, 0, 123), Qt::OffsetFromUTC, 2 * 3600);
        CourseBuilder builder(CourseType::Structured, 42);
        builder.joined(joined).enforceOrder();
        builder.section(5).availableDate(utc(2025, 1, 15, 14, 32)).lesson(51, Completion::Completed);
        builder.quiz(52, Completion::Failed).draft(53);
        builder.section(6, 7).availableDate(utc(2025, 1, 22, 14, 32)).lesson(61).quiz(62).draft(63);
        Course full = builder.build();
        full.name = u"Café — ünïcode \"quoted\""_s;
        full.slug = u"cafe"_s;
        full.description = u"<p>Two\nlines</p>"_s;
        full.privacy = u"private"_s;
        full.createdAt = utc(2024, 12, 1, 10, 0);
        full.createdBy = 7;
        full.enrollmentId = u"enr-42"_s;
        full.serverProgress = ServerProgress{1, 4, 25, std::nullopt};
        full.sections[1].serverLocked = true;
        full.sections[0].lessons[0].commentsEnabled = true;
        full.sections[0].lessons[1].serverLocked = true;
        QTest::addRow("structured: drafts, quizzes, joined_at, available_date, progress") << full;
        QTest::addRow("self-paced, one lesson") << CourseBuilder(CourseType::SelfPaced).section(1).lesson(2).build();
        CourseBuilder scheduled(CourseType::Scheduled);
        scheduled.section(1, 0, utc(2025, 3, 1, 8, 0)).lesson(10).section(2, 0, utc(2025, 4, 1, 8, 0, 0, 500)).quiz(20);
        QTest::addRow("scheduled: dripped_at per section") << scheduled.build();
        QTest::addRow("not joined: null join_status and joined_at")
            << CourseBuilder().status(JoinStatus::None).joined({}).section(1).lesson(2).build();
        QTest::addRow("creator sees drafts")
            << CourseBuilder().status(JoinStatus::Creator).section(1).draft(2).draft(3).build();
        QTest::addRow("no sections") << CourseBuilder().build();
    }
    void courseRoundTrip()
    {
        QFETCH(Course, course);
        // Through text, as the cache and the reference server store it.
        const QByteArray text = QJsonDocument(DomainJson::course(course)).toJson();
        const Result<Course> back = JsonMapping::courseDetail(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), why(back).constData());
        QVERIFY2(*back == course, text.constData());
        Course withoutSections = course;
        withoutSections.sections.clear();
        const Result<Course> summary = JsonMapping::courseSummary(DomainJson::course(course, false));
        QVERIFY2(summary.ok(), why(summary).constData());
        QVERIFY(*summary == withoutSections);
    }

    void lessonBodyRoundTrip_data()
    {
        QTest::addColumn<Lesson>("lesson");
        QTest::addColumn<bool>("withCorrectAnswers");
        QTest::addColumn<QString>("correctAfter");
        Lesson quiz = makeQuiz(
            {{QuestionType::SingleChoice, {false, true}}, {QuestionType::MultiChoice, {true, true, false}}}, 75);
        quiz.sectionId = 4;
        quiz.body->html = u"<p>Quiz</p>"_s;
        quiz.completion = Completion::Failed;
        quiz.body->questions[1].image = u"/media/q.png"_s;
        Lesson attempted = quiz;
        attempted.body->lastAttempt = QuizAttempt{.id = 9,
                                            .lessonId = quiz.id,
                                            .createdAt = utc(2025, 1, 15, 14, 40, 0, 250),
                                            .grade = 50,
                                            .result = Completion::Failed,
                                            .numAttempts = 1,
                                            .passingGrade = 75,
                                            .correctResponses = 1,
                                            .questions = {{1, {12}, true}, {2, {21}, false}}};
        Lesson plain = CourseBuilder().section(4).lesson(7).build().sections.first().lessons.first();
        plain.hasBody = true;
        plain.body->html = u"<h2>Title</h2><p>Text &amp; more</p>"_s;
        QTest::addRow("creator: quiz keeps correct") << quiz << true << u"false true | true true false"_s;
        QTest::addRow("creator: quiz with last attempt") << attempted << true << u"false true | true true false"_s;
        QTest::addRow("learner: correct dropped") << quiz << false << u"? ? | ? ? ?"_s;
        QTest::addRow("learner: the attempt still says which were right") << attempted << false << u"? ? | ? ? ?"_s;
        QTest::addRow("plain lesson") << plain << false << QString();
    }
    void lessonBodyRoundTrip()
    {
        QFETCH(Lesson, lesson);
        QFETCH(bool, withCorrectAnswers);
        QFETCH(QString, correctAfter);
        const QJsonObject json = DomainJson::lessonBody(lesson, 1, withCorrectAnswers);
        for (const QJsonValue &question : json[u"questions"_s].toArray()) {
            for (const QJsonValue &answer : question[u"answers"_s].toArray())
                QCOMPARE(answer.toObject().contains(u"correct"_s), withCorrectAnswers);
        }
        Lesson outline = lesson; // what the outline knows before the body is downloaded
        outline.hasBody = false;
        outline.body->html.clear();
        outline.body->passingGrade = 60;
        outline.body->questions.clear();
        outline.body->lastAttempt.reset();
        const Status applied = JsonMapping::applyLessonBody(outline, json);
        QVERIFY2(applied.ok(), why(applied).constData());
        QCOMPARE(correctness(outline), correctAfter);
        if (!withCorrectAnswers) { // the learner's copy differs only in the answers' "correct"
            for (Question &question : lesson.body->questions) {
                for (Answer &answer : question.answers)
                    answer.correct.reset();
            }
        }
        QVERIFY(outline == lesson);
    }

    // ---- Timestamps ------------------------------------------------------------------------------
    void timestampsComeBackInUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("Z") << u"2025-01-15T14:32:00Z"_s << utc(2025, 1, 15, 14, 32);
        QTest::addRow("+02:00") << u"2025-01-15T16:32:00+02:00"_s << utc(2025, 1, 15, 14, 32);
        QTest::addRow("-05:30, across midnight") << u"2025-01-14T21:02:00-05:30"_s << utc(2025, 1, 15, 2, 32);
        QTest::addRow("milliseconds") << u"2025-01-15T14:32:00.123Z"_s << utc(2025, 1, 15, 14, 32, 0, 123);
        QTest::addRow("microseconds .123456Z") << u"2025-01-15T14:32:00.123456Z"_s << utc(2025, 1, 15, 14, 32, 0, 123);
        QTest::addRow("nanoseconds") << u"2025-01-15T14:32:00.123456789Z"_s << utc(2025, 1, 15, 14, 32, 0, 123);
        QTest::addRow("microseconds and offset")
            << u"2025-01-15T16:32:00.654321+02:00"_s << utc(2025, 1, 15, 14, 32, 0, 654);
        QTest::addRow("one fractional digit") << u"2025-01-15T14:32:00.5Z"_s << utc(2025, 1, 15, 14, 32, 0, 500);
    }
    void timestampsComeBackInUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), {set(u"joined_at", text)}));
        QVERIFY2(course.ok(), why(course).constData());
        QCOMPARE(course->joinedAt, expected);
        QCOMPARE(course->joinedAt.timeSpec(), Qt::UTC);
        QCOMPARE(course->joinedAt.time().msec(), expected.time().msec());
    }

    void badTimestampsAreRejected_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("yesterday") << QJsonValue(u"yesterday"_s);
        QTest::addRow("empty string") << QJsonValue(u""_s);
        QTest::addRow("month 13") << QJsonValue(u"2025-13-01T00:00:00Z"_s);
        QTest::addRow("hour 25") << QJsonValue(u"2025-01-15T25:00:00Z"_s);
        QTest::addRow("a number (epoch seconds)") << QJsonValue(1736951520);
    }
    void badTimestampsAreRejected()
    {
        QFETCH(QJsonValue, value);
        const Result<Course> course = JsonMapping::courseDetail(patched(fullCourse(), {set(u"joined_at", value)}));
        QVERIFY(!course.ok());
        verifyRejected(course.error(), {u"course 1"_s, u"'joined_at'"_s});
    }
};

QTEST_GUILESS_MAIN(tst_JsonMapping)
#include "tst_JsonMapping.moc"
