#include "remote/JsonMapping.h"

#include "remote/JsonReader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace coursedesk {

using namespace Qt::StringLiterals;
using Presence = JsonReader::Presence;

namespace {

constexpr auto Required = Presence::Required;
constexpr auto Optional = Presence::Optional;

QLatin1StringView operator""_f(const char *text, std::size_t size)
{
    return QLatin1StringView(text, qsizetype(size));
}

// Puts items in the order the server gives (a list of ids); items it does not name keep their
// relative order, after the named ones.
template <typename T>
void sortByOrder(QList<T> &items, const QList<qint64> &order)
{
    if (order.isEmpty())
        return;
    QHash<qint64, qsizetype> rank;
    rank.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        rank.insert(order.at(i), i);
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) {
        return rank.value(a.id, order.size()) < rank.value(b.id, order.size());
    });
}

// Maps every element of an array of objects; the first problem (an element that is not an object,
// or the element's own) is the error.
template <typename Map>
auto mapObjects(JsonReader &in, QLatin1StringView field, const QJsonArray &array, Map map)
    -> Result<QList<typename std::invoke_result_t<Map, QJsonObject>::ValueType>>
{
    using T = typename std::invoke_result_t<Map, QJsonObject>::ValueType;
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            in.fail(field, QCoreApplication::translate("coursedesk::JsonMapping", "should hold objects"));
            return *in.error();
        }
        Result<T> item = map(value.toObject());
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

void readCourseFields(JsonReader &in, Course &course)
{
    course.id = in.id();
    course.name = in.string("name"_f, Required);
    course.slug = in.string("slug"_f, Optional);
    course.description = in.string("description"_f, Optional);
    course.type = in.growing("type"_f, Required, CourseType::SelfPaced, courseTypeOrUnknown);
    course.privacy = in.string("privacy"_f, Optional);
    course.enforceLessonsOrder = in.boolean("enforce_lessons_order"_f, Optional);
    course.joinStatus = in.growing("join_status"_f, Optional, JoinStatus::None, joinStatusOrUnknown);
    course.joinedAt = in.dateTime("joined_at"_f, Optional);
    course.createdAt = in.dateTime("created_at"_f, Optional);
    course.createdBy =
        in.idOrObject("created_by"_f, Optional, QCoreApplication::translate("coursedesk::JsonMapping", "creator"));
    course.enrollmentId = in.string("enrollment_id"_f, Optional);
    // The platform generates square sizes of the picture; the big one suits the course home, the others stand in.
    for (const QLatin1StringView size : {"image_big"_f, "image_bigger"_f, "image_medium"_f, "image_small"_f}) {
        course.coverUrl = in.string(size, Optional);
        if (!course.coverUrl.isEmpty())
            break;
    }
    const qint64 total = in.integer("num_lessons"_f, Optional, -1);
    const qint64 done = in.integer("num_lessons_completed"_f, Optional, -1);
    const qint64 rate = in.integer("user_completion_rate"_f, Optional, -1);
    if (total >= 0 || done >= 0 || rate >= 0) {
        course.serverProgress = ServerProgress{int(std::max<qint64>(done, 0)), int(std::max<qint64>(total, 0)),
                                               int(std::max<qint64>(rate, 0)), std::nullopt};
    }
}

Result<Lesson> lessonOutline(const QJsonObject &json, qint64 sectionId)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "lesson"),
                  QCoreApplication::translate("coursedesk::JsonMapping", "section %1").arg(sectionId));
    Lesson lesson;
    lesson.id = in.id();
    lesson.sectionId = sectionId;
    lesson.name = in.string("name"_f, Required);
    lesson.type = in.growing("type"_f, Required, LessonType::Lesson, lessonTypeOrUnknown);
    lesson.status = in.growing("status"_f, Required, LessonStatus::Published, lessonStatusOrUnknown);
    lesson.completion = in.growing("completion_status"_f, Optional, Completion::Uncompleted, completionOrUnknown);
    lesson.commentsEnabled = in.boolean("comments_enabled"_f, Optional);
    lesson.serverLocked = in.boolean("locked"_f, Optional);
    if (!in.ok())
        return *in.error();
    return lesson;
}

Result<Section> sectionDetail(const QJsonObject &json, qint64 courseId)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "section"),
                  QCoreApplication::translate("coursedesk::JsonMapping", "course %1").arg(courseId));
    Section section;
    section.id = in.id();
    section.name = in.string("name"_f, Required);
    section.drippedAt = in.dateTime("dripped_at"_f, Optional);
    section.dripDelayDays = int(in.integer("drip_delay"_f, Optional));
    if (in.ok() && section.dripDelayDays < 0)
        in.fail("drip_delay"_f, QCoreApplication::translate("coursedesk::JsonMapping", "should not be negative"));
    section.availableDate = in.dateTime("available_date"_f, Optional);
    section.serverLocked = in.boolean("locked"_f, Optional);
    const QList<qint64> order = in.idList("lessons_order"_f, Optional);
    const QJsonArray lessons = in.array("lessons"_f, Required);
    if (!in.ok())
        return *in.error();
    Result<QList<Lesson>> mapped =
        mapObjects(in, "lessons"_f, lessons, [&](const QJsonObject &o) { return lessonOutline(o, section.id); });
    if (!mapped)
        return mapped.error();
    section.lessons = std::move(mapped).value();
    sortByOrder(section.lessons, order);
    return section;
}

Result<Answer> answerFromJson(const QJsonObject &json, qint64 questionId)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "answer"),
                  QCoreApplication::translate("coursedesk::JsonMapping", "question %1").arg(questionId));
    Answer answer;
    answer.id = in.id();
    answer.text = in.string("text"_f, Required);
    if (json.contains("correct"_f) && !json.value("correct"_f).isNull())
        answer.correct = in.boolean("correct"_f, Required);
    if (!in.ok())
        return *in.error();
    return answer;
}

Result<Question> questionFromJson(const QJsonObject &json, qint64 lessonId)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "question"),
                  QCoreApplication::translate("coursedesk::JsonMapping", "lesson %1").arg(lessonId));
    Question question;
    question.id = in.id();
    question.type = in.growing("type"_f, Required, QuestionType::SingleChoice, questionTypeOrUnknown);
    question.text = in.string("text"_f, Required);
    question.image = in.string("image"_f, Optional);
    const QJsonArray answers = in.array("answers"_f, Required);
    if (!in.ok())
        return *in.error();
    Result<QList<Answer>> mapped =
        mapObjects(in, "answers"_f, answers, [&](const QJsonObject &o) { return answerFromJson(o, question.id); });
    if (!mapped)
        return mapped.error();
    question.answers = std::move(mapped).value();
    return question;
}

Result<QuestionOutcome> outcomeFromJson(const QJsonObject &json, qint64 attemptId)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "question"),
                  QCoreApplication::translate("coursedesk::JsonMapping", "attempt %1").arg(attemptId));
    QuestionOutcome outcome;
    outcome.questionId = in.id();
    if (json.contains("correct"_f) && !json.value("correct"_f).isNull())
        outcome.correct = in.boolean("correct"_f, Required);
    const QJsonArray answers = in.array("answers"_f, Optional);
    for (const QJsonValue &value : answers) {
        JsonReader answer(value.toObject(), QCoreApplication::translate("coursedesk::JsonMapping", "answer"),
                          QCoreApplication::translate("coursedesk::JsonMapping", "question %1 of attempt %2")
                              .arg(outcome.questionId)
                              .arg(attemptId));
        const qint64 answerId = answer.id();
        if (answer.boolean("selected"_f, Optional))
            outcome.selectedOptions.append(answerId);
        if (!answer.ok())
            in.adopt(*answer.error());
    }
    if (!in.ok())
        return *in.error();
    return outcome;
}

// A lesson's medias: Media objects on read, or bare ids (the write form) from some servers.
Result<QList<Media>> mediasFromJson(JsonReader &in, const QJsonArray &medias)
{
    QList<Media> list;
    list.reserve(medias.size());
    for (const QJsonValue &value : medias) {
        if (value.isDouble()) {
            JsonReader id(QJsonObject{{u"id"_s, value}}, QCoreApplication::translate("coursedesk::JsonMapping", "media"),
                          in.name());
            Media media;
            media.id = id.id();
            if (!id.ok())
                return *id.error();
            list.append(media);
            continue;
        }
        if (!value.isObject()) {
            in.fail("medias"_f, QCoreApplication::translate("coursedesk::JsonMapping", "should hold ids or objects"));
            return *in.error();
        }
        JsonReader m(value.toObject(), QCoreApplication::translate("coursedesk::JsonMapping", "media"), in.name());
        Media media;
        media.id = m.id();
        media.type = m.string("type"_f, Optional);
        media.title = m.string("title"_f, Optional);
        media.url = m.string("url"_f, Optional);
        media.image = m.string("image"_f, Optional);
        if (!m.ok())
            return *m.error();
        list.append(media);
    }
    return list;
}

} // namespace

Result<QList<QuizAttempt>> JsonMapping::lastAttempts(const QJsonObject &lessonJson)
{
    JsonReader in(lessonJson, QCoreApplication::translate("coursedesk::JsonMapping", "lesson"));
    if (lessonJson.contains("id"_f))
        in.id(); // names the lesson in messages
    // The docs' table says list(Course Quiz Attempt), their example an object: both, and null or [] for none.
    const QList<QJsonObject> objects = in.objectOrList("last_attempt"_f, Optional);
    if (!in.ok())
        return *in.error();
    QList<QuizAttempt> attempts;
    for (const QJsonObject &object : objects) {
        Result<QuizAttempt> attempt = JsonMapping::attempt(object);
        if (!attempt)
            return attempt.error();
        attempts.append(std::move(attempt).value());
    }
    return attempts;
}

Result<CourseDashboard> JsonMapping::courseDashboard(const QJsonObject &json)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "course dashboard"));
    CourseDashboard dashboard;
    readCourseFields(in, dashboard.course);
    const qint64 average = in.integer("avg_completion_rate"_f, Optional, -1);
    if (in.ok() && average > 100)
        in.fail("avg_completion_rate"_f,
                QCoreApplication::translate("coursedesk::JsonMapping", "should be between 0 and 100 but is %1")
                    .arg(average));
    if (!in.ok())
        return *in.error();
    if (average >= 0)
        dashboard.averageCompletionRate = int(average);
    return dashboard;
}

Result<Course> JsonMapping::courseSummary(const QJsonObject &json)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "course"));
    Course course;
    readCourseFields(in, course);
    if (!in.ok())
        return *in.error();
    return course;
}

Result<Course> JsonMapping::courseDetail(const QJsonObject &json)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "course"));
    Course course;
    readCourseFields(in, course);
    const QList<qint64> order = in.idList("sections_order"_f, Optional);
    const QJsonArray sections = in.array("sections"_f, Required);
    if (!in.ok())
        return *in.error();
    course.sections.reserve(sections.size());
    QHash<qint64, qint64> lessonSection;
    for (const QJsonValue &value : sections) {
        if (!value.isObject()) {
            in.fail("sections"_f, QCoreApplication::translate("coursedesk::JsonMapping", "should hold objects"));
            return *in.error();
        }
        Result<Section> section = sectionDetail(value.toObject(), course.id);
        if (!section)
            return Error{section.error().code, section.error().message};
        // A repeated section is named as such, before the lessons it repeats.
        if (std::any_of(course.sections.cbegin(), course.sections.cend(),
                        [&](const Section &s) { return s.id == section->id; })) {
            in.fail("sections"_f,
                    QCoreApplication::translate("coursedesk::JsonMapping", "lists section %1 twice").arg(section->id));
            return *in.error();
        }
        for (const Lesson &lesson : section->lessons) {
            if (lessonSection.contains(lesson.id)) {
                in.fail("sections"_f,
                        QCoreApplication::translate("coursedesk::JsonMapping", "lists lesson %1 twice").arg(lesson.id));
                return *in.error();
            }
            lessonSection.insert(lesson.id, section->id);
        }
        course.sections.append(std::move(section).value());
    }
    sortByOrder(course.sections, order);
    return course;
}

Status JsonMapping::applyLessonBody(Lesson &lesson, const QJsonObject &json)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "lesson"));
    const qint64 id = in.id();
    if (in.ok() && id != lesson.id)
        in.fail("id"_f, QCoreApplication::translate("coursedesk::JsonMapping", "should be %1").arg(lesson.id));
    Lesson updated = lesson;
    updated.name = in.string("name"_f, Required);
    updated.type = in.growing("type"_f, Required, lesson.type, lessonTypeOrUnknown);
    updated.status = in.growing("status"_f, Required, lesson.status, lessonStatusOrUnknown);
    updated.completion = in.growing("completion_status"_f, Optional, lesson.completion, completionOrUnknown);
    updated.commentsEnabled = in.boolean("comments_enabled"_f, Optional, lesson.commentsEnabled);
    updated.body->html = in.string("html"_f, Optional);
    updated.body->passingGrade = int(in.integer("passing_grade"_f, Optional, 60));
    if (in.ok() && (updated.body->passingGrade < 0 || updated.body->passingGrade > 100))
        in.fail("passing_grade"_f,
                QCoreApplication::translate("coursedesk::JsonMapping", "should be between 0 and 100 but is %1")
                    .arg(updated.body->passingGrade));
    const QJsonArray questions = in.array("questions"_f, Optional);
    const QJsonArray medias = in.array("medias"_f, Optional);
    if (!in.ok())
        return *in.error();
    Result<QList<Question>> mapped =
        mapObjects(in, "questions"_f, questions, [&](const QJsonObject &o) { return questionFromJson(o, lesson.id); });
    if (!mapped)
        return mapped.error();
    updated.body->questions = std::move(mapped).value();
    Result<QList<Media>> attached = mediasFromJson(in, medias);
    if (!attached)
        return attached.error();
    updated.body->medias = std::move(attached).value();
    Result<QList<QuizAttempt>> attempts = JsonMapping::lastAttempts(json);
    if (!attempts)
        return attempts.error();
    updated.body->lastAttempt.reset();
    for (const QuizAttempt &attempt : *attempts) {
        // The newest, whatever the list's order: by time, then by id.
        const std::optional<QuizAttempt> &newest = updated.body->lastAttempt;
        if (!newest || std::pair(attempt.createdAt, attempt.id) > std::pair(newest->createdAt, newest->id))
            updated.body->lastAttempt = attempt;
    }
    updated.hasBody = true;
    lesson = std::move(updated);
    return success();
}

Result<QuizAttempt> JsonMapping::attempt(const QJsonObject &json)
{
    JsonReader in(json, QCoreApplication::translate("coursedesk::JsonMapping", "quiz attempt"));
    QuizAttempt attempt;
    attempt.id = in.id();
    attempt.createdAt = in.dateTime("created_at"_f, Optional);
    attempt.lessonId = in.integer("lesson_id"_f, Optional);
    const std::optional<QJsonObject> detail = in.object("quiz_attempt"_f, Required);
    if (!in.ok())
        return *in.error();
    JsonReader quiz(
        *detail, QCoreApplication::translate("coursedesk::JsonMapping", "quiz_attempt of attempt %1").arg(attempt.id));
    attempt.grade = int(quiz.integer("grade"_f, Required));
    attempt.result = quiz.growing("result"_f, Required, Completion::Uncompleted, completionOrUnknown);
    attempt.numAttempts = int(quiz.integer("num_attempts"_f, Optional));
    attempt.passingGrade = int(quiz.integer("passing_grade"_f, Optional, 60));
    attempt.correctResponses = int(quiz.integer("correct_responses"_f, Optional));
    const QJsonArray questions = quiz.array("questions"_f, Optional);
    if (!quiz.ok())
        return *quiz.error();
    Result<QList<QuestionOutcome>> mapped =
        mapObjects(quiz, "questions"_f, questions, [&](const QJsonObject &o) { return outcomeFromJson(o, attempt.id); });
    if (!mapped)
        return mapped.error();
    attempt.questions = std::move(mapped).value();
    return attempt;
}

QJsonObject JsonMapping::attemptRequest(const QList<QuestionResponse> &responses)
{
    QJsonArray list;
    for (const QuestionResponse &response : responses) {
        QJsonArray options;
        for (qint64 option : response.selectedOptions)
            options.append(option);
        list.append(QJsonObject{{u"question_id"_s, response.questionId}, {u"selected_options"_s, options}});
    }
    return QJsonObject{{u"responses"_s, list}};
}

} // namespace coursedesk
