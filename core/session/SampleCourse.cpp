#include "session/SampleCourse.h"

#include "remote/JsonMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"sample_missing"_s, QCoreApplication::translate("coursedesk::SampleCourse",
                                                                      "The sample course file %1 cannot be read: %2")
                                              .arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{u"sample_broken"_s,
                     QCoreApplication::translate("coursedesk::SampleCourse",
                                                 "The sample course file %1 is not a JSON object: %2")
                         .arg(path, parseError.errorString())};
    }
    if (!document.isObject())
        return Error{u"sample_broken"_s,
                     QCoreApplication::translate("coursedesk::SampleCourse",
                                                 "The sample course file %1 is not a JSON object: it holds an array.")
                         .arg(path)};
    return document.object();
}

} // namespace

Result<Course> SampleCourse::load(const QDateTime &joinedAt, const QString &location)
{
    Result<QJsonObject> detail = readObject(location + u"/course.json"_s);
    if (!detail)
        return detail.error();
    Result<Course> course = JsonMapping::courseDetail(*detail);
    if (!course)
        return course.error();
    course.value().joinedAt = joinedAt.toUTC();
    for (Section &section : course.value().sections) {
        for (Lesson &lesson : section.lessons) {
            Result<QJsonObject> body = readObject(location + u"/lessons/"_s + QString::number(lesson.id) + u".json"_s);
            if (!body)
                return body.error();
            if (Status applied = JsonMapping::applyLessonBody(lesson, *body); !applied)
                return applied.error();
        }
    }
    return course;
}

} // namespace coursedesk
