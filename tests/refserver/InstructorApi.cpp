#include "InstructorApi.h"

#include "domain/Rounding.h"

#include <QHttpServerRequest>

#include <algorithm>

namespace coursedesk::refserver {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

bool matchesSearch(const QString &search, const QStringList &fields)
{
    if (search.isEmpty())
        return true;
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const QString &field) { return field.contains(search, Qt::CaseInsensitive); });
}

} // namespace

void InstructorApi::addRoutes(Router &router)
{
    router.add<qint64>(RouteKind::Api, u"/api/v2/course/<arg>/users/"_s, Method::Get,
                       [this](qint64 c, const QHttpServerRequest &request) { return users(c, request); });
    router.add<qint64>(RouteKind::Api, u"/api/v2/course/<arg>/quiz/"_s, Method::Get,
                       [this](qint64 c, const QHttpServerRequest &request) { return quizzes(c, request); });
}

Outcome<CourseView> InstructorApi::instructorView(const QHttpServerRequest &request, qint64 courseId) const
{
    Outcome<User> user = m_context.auth.authenticate(request);
    if (!user.ok())
        return user.failure();
    Outcome<CourseView> view = m_reads.viewFor(user.value(), courseId);
    if (!view.ok())
        return view.failure();
    if (!view->isInstructor())
        return Reply::forbidden(u"FORBIDDEN"_s, u"Only the creator and the managers of a course can see this."_s);
    m_context.store.touch(user->id, courseId, m_context.now());
    return view;
}

QJsonObject InstructorApi::dashboardFields(qint64 courseId) const
{
    const std::optional<Course> structure = m_context.store.course(courseId);
    if (!structure)
        return {};
    const QHash<qint64, QHash<qint64, Completion>> states = m_context.store.courseStates(courseId);
    int learners = 0;
    int completed = 0;
    qint64 percentSum = 0;
    for (const Membership &member : m_context.store.members(courseId)) {
        if (member.status != JoinStatus::Joined)
            continue;
        const CourseView view = m_reads.makeView(*structure, member, states.value(member.userId));
        ++learners;
        percentSum += view.progress.percent();
        completed += view.progress.isComplete() ? 1 : 0;
    }
    return QJsonObject{
        {u"avg_completion_rate"_s, roundedRatio(percentSum, learners, 1)},
        {u"num_learners"_s, learners},
        {u"num_learners_completed"_s, completed},
        {u"num_attempts"_s, m_context.store.attemptsOfCourse(courseId).size()},
    };
}

Reply InstructorApi::users(qint64 courseId, const QHttpServerRequest &request) const
{
    Outcome<CourseView> view = instructorView(request, courseId);
    if (!view.ok())
        return view.failure();
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query);
    if (!page.ok())
        return page.failure();
    QString ordering = query.queryItemValue(u"ordering"_s);
    if (ordering.isEmpty())
        ordering = u"-joined_at"_s;
    const bool descending = ordering.startsWith(u'-');
    const QString field = descending ? ordering.mid(1) : ordering;
    if (field != u"joined_at"_s && field != u"last_active_at"_s)
        return Reply::badRequest(u"ordering should be joined_at, -joined_at, last_active_at or -last_active_at."_s);
    const QStringList statuses = listParameter(query, u"statuses"_s);
    const QString search = query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();

    const std::optional<Course> structure = m_context.store.course(courseId);
    const Page &slice = page.value();
    // Filtered, ordered and sliced by SQLite; progress and JSON for this page's rows only.
    const Store::MemberPage members =
        m_context.store.memberPage(courseId, statuses, search, field, descending, slice.limit, slice.offset);
    QList<QJsonObject> results;
    for (const auto &[member, user] : members.members) {
        const CourseView memberView =
            m_reads.makeView(*structure, member, m_context.store.lessonStates(member.userId, courseId));
        QJsonObject json = CourseReads::userJson(user);
        json.insert(u"join_status"_s, toWire(member.status));
        json.insert(u"user_completion_rate"_s, memberView.progress.percent());
        json.insert(u"last_active_at"_s, member.lastActiveAt.isValid() ? QJsonValue(isoTime(member.lastActiveAt))
                                                                       : QJsonValue(QJsonValue::Null));
        json.insert(u"joined_at"_s,
                    member.joinedAt.isValid() ? QJsonValue(isoTime(member.joinedAt)) : QJsonValue(QJsonValue::Null));
        results.append(json);
    }
    return Reply::json(slice.wrapSlice(results, members.count, m_context.baseUrl(), request.url().path(), query));
}

Reply InstructorApi::quizzes(qint64 courseId, const QHttpServerRequest &request) const
{
    Outcome<CourseView> view = instructorView(request, courseId);
    if (!view.ok())
        return view.failure();
    const QUrlQuery query = request.query();
    const Outcome<Page> page = Page::from(query);
    if (!page.ok())
        return page.failure();
    const QStringList statuses = listParameter(query, u"statuses"_s);
    const QString search = query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();

    QList<QJsonObject> results;
    for (const AttemptRecord &record : m_context.store.attemptsOfCourse(courseId)) {
        if (!statuses.isEmpty() && !statuses.contains(toWire(record.attempt.result)))
            continue;
        const std::optional<User> user = m_context.store.user(record.userId);
        const Lesson *lesson = view->course.findLesson(record.attempt.lessonId);
        const QString lessonName = lesson ? lesson->name : QString();
        if (!user || !matchesSearch(search, {user->username, user->realName, lessonName}))
            continue;
        results.append(QJsonObject{
            {u"id"_s, record.attempt.id},
            {u"course_id"_s, record.courseId},
            {u"section_id"_s, record.sectionId},
            {u"lesson_id"_s, record.attempt.lessonId},
            {u"name"_s, lessonName},
            {u"created_at"_s, isoTime(record.attempt.createdAt)},
            {u"grade"_s, record.attempt.grade},
            {u"result"_s, toWire(record.attempt.result)},
            {u"user"_s, CourseReads::userJson(*user)},
        });
    }
    return Reply::json(page.value().wrap(results, m_context.baseUrl(), request.url().path(), query));
}

} // namespace coursedesk::refserver
