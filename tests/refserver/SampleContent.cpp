#include "SampleContent.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

Error broken(const QString &what)
{
    return Error{u"sample_broken"_s, what};
}

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"sample_missing"_s, u"%1 cannot be read: %2"_s.arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return broken(u"%1 is not a JSON object"_s.arg(path));
    return document.object();
}

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

// Puts items in the order of `order` (ids); items it does not name follow, in their own order.
template <typename T> void arrange(QList<T> &items, const QJsonArray &order)
{
    QHash<qint64, qsizetype> rank;
    for (qsizetype i = 0; i < order.size(); ++i)
        rank.insert(order.at(i).toInteger(), i);
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) {
        return rank.value(a.id, order.size()) < rank.value(b.id, order.size());
    });
}

Result<Question> questionFrom(const QJsonObject &json)
{
    Question question;
    question.id = json.value(u"id"_s).toInteger();
    const std::optional<QuestionType> type = questionTypeNamed(json.value(u"type"_s).toString());
    if (question.id <= 0 || !type)
        return broken(u"question %1 has no id or an unknown type"_s.arg(question.id));
    question.type = *type;
    question.text = json.value(u"text"_s).toString();
    question.image = json.value(u"image"_s).toString();
    for (const QJsonValue &value : json.value(u"answers"_s).toArray()) {
        const QJsonObject answer = value.toObject();
        question.answers.append(Answer{answer.value(u"id"_s).toInteger(), answer.value(u"text"_s).toString(),
                                       answer.value(u"correct"_s).toBool()});
    }
    return question;
}

Status readBody(Lesson &lesson, const QJsonObject &json)
{
    if (json.value(u"id"_s).toInteger() != lesson.id)
        return broken(u"lesson file %1 names another lesson"_s.arg(lesson.id));
    lesson.html = json.value(u"html"_s).toString();
    lesson.passingGrade = json.value(u"passing_grade"_s).toInt(60);
    for (const QJsonValue &value : json.value(u"questions"_s).toArray()) {
        Result<Question> question = questionFrom(value.toObject());
        if (!question)
            return question.error();
        lesson.questions.append(question.value());
    }
    return success();
}

} // namespace

Result<Course> SampleContent::load(const QString &location)
{
    const Result<QJsonObject> read = readObject(location + u"/course.json"_s);
    if (!read)
        return read.error();
    const QJsonObject &json = read.value();
    Course course;
    course.id = json.value(u"id"_s).toInteger();
    course.name = json.value(u"name"_s).toString();
    course.slug = json.value(u"slug"_s).toString();
    course.description = json.value(u"description"_s).toString();
    const std::optional<CourseType> type = courseTypeNamed(json.value(u"type"_s).toString());
    if (course.id <= 0 || !type)
        return broken(u"the sample course has no id or an unknown type"_s);
    course.type = *type;
    course.privacy = json.value(u"privacy"_s).toString();
    course.enforceLessonsOrder = json.value(u"enforce_lessons_order"_s).toBool();
    course.createdAt = timeOf(json.value(u"created_at"_s));
    for (const QJsonValue &sectionValue : json.value(u"sections"_s).toArray()) {
        const QJsonObject sectionJson = sectionValue.toObject();
        Section section;
        section.id = sectionJson.value(u"id"_s).toInteger();
        section.name = sectionJson.value(u"name"_s).toString();
        section.drippedAt = timeOf(sectionJson.value(u"dripped_at"_s));
        section.dripDelayDays = sectionJson.value(u"drip_delay"_s).toInt();
        for (const QJsonValue &lessonValue : sectionJson.value(u"lessons"_s).toArray()) {
            const QJsonObject lessonJson = lessonValue.toObject();
            Lesson lesson;
            lesson.id = lessonJson.value(u"id"_s).toInteger();
            lesson.sectionId = section.id;
            lesson.name = lessonJson.value(u"name"_s).toString();
            lesson.type = lessonJson.value(u"type"_s).toString(lessonType::lesson);
            const std::optional<LessonStatus> status = lessonStatusNamed(lessonJson.value(u"status"_s).toString());
            if (lesson.id <= 0 || !status)
                return broken(u"lesson %1 has no id or an unknown status"_s.arg(lesson.id));
            lesson.status = *status;
            lesson.commentsEnabled = lessonJson.value(u"comments_enabled"_s).toBool();
            const Result<QJsonObject> body =
                readObject(location + u"/lessons/"_s + QString::number(lesson.id) + u".json"_s);
            if (!body)
                return body.error();
            if (const Status filled = readBody(lesson, body.value()); !filled)
                return filled.error();
            section.lessons.append(lesson);
        }
        arrange(section.lessons, sectionJson.value(u"lessons_order"_s).toArray());
        course.sections.append(section);
    }
    arrange(course.sections, json.value(u"sections_order"_s).toArray());
    return course;
}

} // namespace coursedesk::refserver
