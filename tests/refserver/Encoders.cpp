#include "Encoders.h"

#include "Reply.h"
#include "Store.h"

#include <QJsonArray>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

const QJsonValue null = QJsonValue(QJsonValue::Null);

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? null : QJsonValue(text);
}

} // namespace

QJsonValue Encoders::time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : null;
}

QJsonObject Encoders::user(const User &user) const
{
    QJsonObject json{
        {u"id"_s, user.id},
        {u"username"_s, user.username},
        {u"real_name"_s, user.realName},
        {u"avatar"_s, null},
    };
    if (m_options.isPlatform()) {
        json.insert(u"community_badge"_s, false);
        json.insert(u"deleted"_s, false);
    }
    return json;
}

QJsonObject Encoders::user(qint64 userId) const
{
    if (const std::optional<User> found = m_store.user(userId))
        return user(*found);
    return QJsonObject{{u"id"_s, userId}};
}

QJsonObject Encoders::course(const CourseView &view, CourseShape shape, bool includeDrafts,
                             const DashboardFigures &figures) const
{
    const Course &course = view.course;
    const bool platform = m_options.isPlatform();
    const JoinStatus status = view.joinStatus();
    QJsonObject json{
        {u"id"_s, course.id},
        {u"name"_s, course.name},
        {u"slug"_s, course.slug},
        {u"type"_s, wireName(course.type)},
        {u"privacy"_s, course.privacy},
        {u"join_status"_s, status == JoinStatus::None ? null : QJsonValue(wireName(status))},
        {u"user_completion_rate"_s, view.progress.percent()},
        {u"created_at"_s, time(course.createdAt)},
        {u"created_by"_s, user(course.createdBy)},
        {u"categories"_s, QJsonArray()},
    };
    // The course's picture (schemas/course.md): the platform generates every square size and gives absolute
    // addresses; our dialect passes on one size only (image_medium), as a path on the server.
    const bool cover = m_store.hasCover(course.id);
    for (const QString &size : {u"bigger"_s, u"big"_s, u"medium"_s, u"small"_s}) {
        const QString path = u"/covers/%1/%2.png"_s.arg(course.id).arg(size);
        QJsonValue image = null;
        if (cover && platform)
            image = m_context.baseUrl().resolved(QUrl(path)).toString();
        else if (cover && size == u"medium"_s)
            image = path;
        json.insert(u"image_"_s + size, image);
    }
    if (platform) {
        json.insert(u"deleted"_s, false);
        json.insert(u"hide_member_count"_s, false);
    }
    if (platform && shape == CourseShape::Dashboard) {
        json.insert(u"avg_completion_rate"_s, figures.averageCompletion);
        return json;
    }

    json.insert(u"description"_s, course.description);
    json.insert(u"enforce_lessons_order"_s, course.enforceLessonsOrder);
    json.insert(u"num_lessons"_s, view.progress.total);
    json.insert(u"num_lessons_completed"_s, view.progress.completed);
    json.insert(u"num_sections"_s, course.sections.size());
    QJsonArray sectionsOrder;
    for (const Section &section : course.sections)
        sectionsOrder.append(section.id);
    if (platform) {
        json.insert(u"new_comment_notification_enabled"_s, true);
        json.insert(u"sections_order"_s, sectionsOrder);
    } else {
        json.insert(u"joined_at"_s, time(view.membership ? view.membership->joinedAt : QDateTime()));
        if (m_options.offersEnrollment() && view.membership && !view.membership->enrollmentId.isEmpty())
            json.insert(u"enrollment_id"_s, view.membership->enrollmentId);
    }
    if (shape == CourseShape::Summary)
        return json;

    QJsonArray sections;
    for (const Section &section : course.sections)
        sections.append(this->section(view, section, includeDrafts));
    json.insert(u"sections_order"_s, sectionsOrder);
    json.insert(u"sections"_s, sections);
    if (shape == CourseShape::Dashboard) { // the contract's dashboard: the detail plus the figures
        json.insert(u"avg_completion_rate"_s, figures.averageCompletion);
        json.insert(u"num_learners"_s, figures.learners);
        json.insert(u"num_learners_completed"_s, figures.learnersCompleted);
        json.insert(u"num_attempts"_s, figures.attempts);
    }
    return json;
}

QJsonObject Encoders::section(const CourseView &view, const Section &section, bool includeDrafts) const
{
    QJsonArray lessons;
    QJsonArray lessonsOrder;
    for (const Lesson &lesson : section.lessons) {
        if (!includeDrafts && !lesson.isPublished())
            continue;
        lessons.append(QJsonObject{
            {u"id"_s, lesson.id},
            {u"name"_s, lesson.name},
            {u"type"_s, lesson.type},
            {u"status"_s, wireName(lesson.status)},
            {u"comments_enabled"_s, lesson.commentsEnabled},
            {u"completion_status"_s, wireName(view.state(lesson.id))},
            {u"locked"_s, view.access.lesson(lesson.id).locked()},
        });
        lessonsOrder.append(lesson.id);
    }
    const SectionLock lock = view.access.section(section.id);
    const Progress progress = Progress::of(section.lessons, view.states);
    return QJsonObject{
        {u"id"_s, section.id},
        {u"name"_s, section.name},
        {u"dripped_at"_s, time(section.drippedAt)},
        {u"drip_delay"_s, section.dripDelayDays},
        {u"lessons_order"_s, lessonsOrder},
        {u"available_date"_s, time(lock.availableDate)},
        {u"locked"_s, lock.locked},
        {u"num_lessons"_s, progress.total},
        {u"num_lessons_completed"_s, progress.completed},
        {u"lessons"_s, lessons},
    };
}

QJsonObject Encoders::lesson(const CourseView &view, const Lesson &lesson, const QDateTime &createdAt,
                             const std::optional<AttemptRecord> &last) const
{
    const bool platform = m_options.isPlatform();
    QJsonArray questions;
    for (const Question &question : lesson.questions) {
        QJsonArray answers;
        for (const Answer &answer : question.answers) {
            QJsonObject item{{u"id"_s, answer.id}, {u"text"_s, answer.text}};
            if (view.isInstructor())
                item.insert(u"correct"_s, answer.correct);
            answers.append(item);
        }
        questions.append(QJsonObject{
            {u"id"_s, question.id},
            {u"type"_s, wireName(question.type)},
            {u"text"_s, question.text},
            {u"image"_s, nullIfEmpty(question.image)},
            {u"answers"_s, answers},
        });
    }
    QJsonObject json{
        {u"id"_s, lesson.id},
        {u"name"_s, lesson.name},
        {u"type"_s, lesson.type},
        {u"status"_s, wireName(lesson.status)},
        {u"comments_enabled"_s, lesson.commentsEnabled},
        {u"completion_status"_s, wireName(view.state(lesson.id))},
        {u"course_id"_s, view.course.id},
        {u"section_id"_s, lesson.sectionId},
        {u"html"_s, lesson.html},
        {u"created_at"_s, time(createdAt)},
        {u"passing_grade"_s, lesson.passingGrade},
        {u"questions"_s, questions},
        {u"locked"_s, view.access.lesson(lesson.id).locked()},
    };
    if (platform) {
        // Objects where the contract has ids; last_attempt is list(Course Quiz Attempt), as the schema table says.
        json.insert(u"created_by"_s, user(view.course.createdBy));
        QJsonArray medias;
        for (const Media &media : lesson.medias)
            medias.append(this->media(media));
        json.insert(u"medias"_s, medias);
        json.insert(u"last_attempt"_s, last ? QJsonArray{attempt(*last)} : QJsonArray());
    } else {
        json.insert(u"created_by"_s, view.course.createdBy);
        json.insert(u"medias"_s, QJsonArray());
        QJsonObject lastJson;
        if (last) {
            lastJson = attempt(*last);
            for (const QString &key : {u"user"_s, u"course_id"_s, u"section_id"_s})
                lastJson.remove(key);
        }
        json.insert(u"last_attempt"_s, last ? QJsonValue(lastJson) : null);
    }
    return json;
}

QJsonObject Encoders::attempt(const AttemptRecord &record) const
{
    const Attempt &attempt = record.attempt;
    QJsonArray questions;
    for (const QuestionResult &result : attempt.questions) {
        QJsonArray answers;
        for (qint64 answer : result.selected)
            answers.append(QJsonObject{{u"id"_s, answer}, {u"selected"_s, true}});
        questions.append(
            QJsonObject{{u"id"_s, result.questionId}, {u"answers"_s, answers}, {u"correct"_s, result.correct}});
    }
    return QJsonObject{
        {u"id"_s, attempt.id},
        {u"created_at"_s, time(attempt.createdAt)},
        {u"lesson_id"_s, attempt.lessonId},
        {u"course_id"_s, record.courseId},
        {u"section_id"_s, record.sectionId},
        {u"user"_s, user(record.userId)},
        {u"quiz_attempt"_s,
         QJsonObject{
             {u"grade"_s, attempt.grade},
             {u"result"_s, wireName(attempt.result)},
             {u"questions"_s, questions},
             {u"num_attempts"_s, attempt.numAttempts},
             {u"passing_grade"_s, attempt.passingGrade},
             {u"correct_responses"_s, attempt.correctResponses},
         }},
    };
}

QJsonObject Encoders::media(const Media &media) const
{
    const auto address = [this](const QString &url) -> QJsonValue {
        if (url.isEmpty())
            return null;
        return url.startsWith(u'/') ? QJsonValue(m_context.baseUrl().resolved(QUrl(url)).toString()) : QJsonValue(url);
    };
    return QJsonObject{
        {u"id"_s, media.id},
        {u"added_at"_s, time(media.addedAt)},
        {u"type"_s, media.type},
        {u"title"_s, media.title},
        {u"description"_s, media.description},
        {u"url"_s, address(media.url)},
        {u"image"_s, address(media.image)},
        {u"image_width"_s, media.imageWidth > 0 ? QJsonValue(media.imageWidth) : null},
        {u"image_height"_s, media.imageHeight > 0 ? QJsonValue(media.imageHeight) : null},
        {u"order"_s, media.order},
        {u"embed"_s, null},
    };
}

QJsonObject Encoders::learner(const Membership &member, const User &user, const Progress &progress) const
{
    QJsonObject json = this->user(user);
    json.insert(u"join_status"_s, member.status == JoinStatus::None ? null : QJsonValue(wireName(member.status)));
    json.insert(u"user_completion_rate"_s, progress.percent());
    json.insert(u"last_active_at"_s, time(member.lastActiveAt));
    json.insert(u"joined_at"_s, time(member.joinedAt));
    return json;
}

QJsonObject Encoders::quizRow(const AttemptRecord &record, const User &user, const QString &lessonName) const
{
    return QJsonObject{
        {u"id"_s, record.attempt.id},
        {u"course_id"_s, record.courseId},
        {u"section_id"_s, record.sectionId},
        {u"lesson_id"_s, record.attempt.lessonId},
        {u"name"_s, lessonName},
        {u"created_at"_s, time(record.attempt.createdAt)},
        {u"grade"_s, record.attempt.grade},
        {u"result"_s, wireName(record.attempt.result)},
        {u"user"_s, this->user(user)},
    };
}

} // namespace coursedesk::refserver
