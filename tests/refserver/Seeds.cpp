#include "Seeds.h"

#include "Attempts.h"
#include "SampleContent.h"
#include "Store.h"

#include <QHash>

namespace coursedesk::refserver {

using namespace model;

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

struct Account
{
    const char16_t *username;
    const char16_t *realName;
};

// teacher first: it is user 1, like the sample course's creator.
constexpr Account accounts[] = {
    {u"teacher", u"Tess Teacher"},  {u"learner", u"Lee Learner"},  {u"ana", u"Ana Alves"}, {u"ben", u"Ben Brown"},
    {u"chloe", u"Chloé Chevalier"}, {u"dmitri", u"Dmitri Dvořák"}, {u"eve", u"Eve Evans"}, {u"farid", u"Farid Farouk"},
};

Result<QHash<QString, qint64>> addUsers(Store &store)
{
    QHash<QString, qint64> ids;
    for (const Account &account : accounts) {
        const QString name = QString::fromUtf16(account.username);
        const Result<User> user = store.addUser(name, name, QString::fromUtf16(account.realName));
        if (!user)
            return user.error();
        ids.insert(name, user->id);
    }
    return ids;
}

// Answers every question right, except the first `wrong` ones (which get their first incorrect answer).
QList<Response> responsesFor(const Lesson &quiz, int wrong)
{
    QList<Response> responses;
    for (const Question &question : quiz.questions) {
        Response response{question.id, {}};
        const bool answerWrong = responses.size() < wrong;
        for (const Answer &answer : question.answers) {
            if (answer.correct != answerWrong)
                response.selected.append(answer.id);
            if (answerWrong && !response.selected.isEmpty())
                break;
        }
        responses.append(response);
    }
    return responses;
}

// One learner's history in one course: lessons completed in order, quizzes attempted (graded by Grading).
class History final
{
public:
    History(Store &store, const Course &course, qint64 userId, const QDateTime &start)
        : m_store(store)
        , m_course(course)
        , m_userId(userId)
        , m_at(start)
    {}

    History &complete(std::initializer_list<qint64> lessonIds)
    {
        for (qint64 lessonId : lessonIds) {
            m_at = m_at.addSecs(hour);
            if (m_status && !m_store.markCompleted(m_userId, m_course.id, lessonId, m_at))
                m_status = Error{u"seed"_s, u"cannot complete lesson %1"_s.arg(lessonId)};
        }
        return *this;
    }

    History &attempt(qint64 lessonId, int wrong)
    {
        m_at = m_at.addSecs(hour);
        const Lesson *outline = m_course.findLesson(lessonId);
        if (!m_status || !outline)
            return *this;
        Lesson quiz = *outline;
        if (!m_store.loadBody(quiz)) {
            m_status = Error{u"seed"_s, u"quiz %1 has no body"_s.arg(lessonId)};
            return *this;
        }
        AttemptRecord base;
        base.userId = m_userId;
        base.courseId = m_course.id;
        base.sectionId = quiz.sectionId;
        base.bodyHash = "seed";
        const QList<Response> responses = responsesFor(quiz, wrong);
        if (!Grading::validate(quiz, responses).isEmpty()) {
            m_status = Error{u"seed"_s, u"the seed's answers to quiz %1 are not valid"_s.arg(lessonId)};
            return *this;
        }
        const Result<AttemptRecord> recorded = Attempts::gradeAndRecord(m_store, quiz, responses, base, m_at);
        if (!recorded)
            m_status = recorded.error();
        return *this;
    }

    Status status() const { return m_status; }

private:
    Store &m_store;
    const Course &m_course;
    qint64 m_userId;
    QDateTime m_at;
    Status m_status = success();
};

Course notesCourse(const QDateTime &createdAt, qint64 creatorId)
{
    Course course;
    course.id = 2;
    course.name = u"Writing clear notes"_s;
    course.slug = u"writing-clear-notes"_s;
    course.description = u"A short self-paced course: take notes you can still read next month."_s;
    course.type = CourseType::SelfPaced;
    course.privacy = u"open"_s;
    course.createdAt = createdAt;
    course.createdBy = creatorId;

    const auto lesson = [](qint64 id, qint64 sectionId, const QString &name,
                           LessonStatus status = LessonStatus::Published) {
        Lesson l;
        l.id = id;
        l.sectionId = sectionId;
        l.name = name;
        l.status = status;
        l.html = u"<h2>%1</h2><p>Short, plain and dated: a note is a letter to your future self.</p>"_s.arg(name);
        return l;
    };
    Section basics{21, u"Basics"_s, {}, 0, {}};
    basics.lessons = {lesson(201, 21, u"Why notes matter"_s), lesson(202, 21, u"Templates"_s, LessonStatus::Draft),
                      lesson(203, 21, u"The structure of a note"_s)};
    Section practice{22, u"Practice"_s, {}, 0, {}};
    Lesson quiz = lesson(205, 22, u"Quiz: clear notes"_s);
    quiz.type = lessonType::quiz;
    quiz.passingGrade = 50;
    quiz.questions = {
        Question{2001,
                 QuestionType::MultiChoice,
                 u"Which make a note easier to review later?"_s,
                 {},
                 {Answer{20001, u"A date and a title"_s, true}, Answer{20002, u"One idea per paragraph"_s, true},
                  Answer{20003, u"Writing everything in one long line"_s, false}}},
        Question{2002,
                 QuestionType::SingleChoice,
                 u"When is the best time to tidy a note?"_s,
                 {},
                 {Answer{20004, u"Never"_s, false}, Answer{20005, u"The same day"_s, true}}},
    };
    practice.lessons = {lesson(204, 22, u"Reviewing notes"_s), quiz};
    // Learners may comment under the published lessons of the notes course (branch comments).
    for (Lesson *open : {&basics.lessons[0], &basics.lessons[2], &practice.lessons[0]})
        open->commentsEnabled = true;
    course.sections = {basics, practice};
    return course;
}

Status join(Store &store, qint64 userId, qint64 courseId, JoinStatus status, const QDateTime &joinedAt,
            const QDateTime &lastActiveAt)
{
    return store.join(Membership{userId, courseId, status, joinedAt, lastActiveAt, {}});
}

// Course 4 of the platform dialect's demo: what the platform's enumerations and objects add (Seeds.h).
Course platformCourse(const QDateTime &createdAt, qint64 creatorId)
{
    Course course;
    course.id = 4;
    course.name = u"Tour of the platform"_s;
    course.slug = u"tour-of-the-platform"_s;
    course.description = u"A self-paced course still without a privacy: a video, an image and a document."_s;
    course.type = CourseType::SelfPaced;
    course.privacy = QString(); // the docs' "unselected privacy status (aka draft)"
    course.createdAt = createdAt;
    course.createdBy = creatorId;
    const auto lesson = [](qint64 id, const QString &name, const QString &type) {
        Lesson l;
        l.id = id;
        l.sectionId = 41;
        l.name = name;
        l.type = type;
        l.html = u"<h2>%1</h2><p>Part of the platform's tour.</p>"_s.arg(name);
        return l;
    };
    Lesson welcome = lesson(401, u"Welcome, with a diagram and a handout"_s, lessonType::lesson);
    welcome.medias = {
        Media{9001, u"image"_s, u"The course at a glance"_s, u"A diagram of the tour."_s, u"/media/9001/diagram.png"_s,
              u"/media/9001/diagram.png"_s, 1, 1, 0, createdAt},
        Media{9002, u"doc"_s, u"Handout"_s, u"The tour on one page (PDF)."_s, u"/media/9002/handout.pdf"_s, QString(),
              0, 0, 1, createdAt},
    };
    Section section{41, u"Start here"_s, {}, 0, {}};
    section.lessons = {welcome, lesson(402, u"Watch: the tour in five minutes"_s, u"video"_s),
                       lesson(403, u"What next"_s, lessonType::lesson)};
    course.sections = {section};
    return course;
}

// The platform dialect's additions to the demo: course 4, and paula waiting for her payment in courses 1 and 2.
Status addPlatformDemo(Store &store, const QDateTime &now, qint64 teacher, qint64 learner)
{
    const Result<User> paula = store.addUser(u"paula"_s, u"paula"_s, u"Paula Payne"_s);
    if (!paula)
        return paula.error();
    const Course tour = platformCourse(now.addSecs(-30 * day), teacher);
    if (Status added = store.addCourse(tour); !added)
        return added;
    const QList<Status> joined = {
        join(store, teacher, 4, JoinStatus::Creator, tour.createdAt, now.addSecs(-hour)),
        join(store, learner, 4, JoinStatus::Joined, now.addSecs(-2 * day), now.addSecs(-2 * day)),
        join(store, paula->id, 1, JoinStatus::PaymentWaiting, now.addSecs(-2 * day), now.addSecs(-2 * day)),
        join(store, paula->id, 2, JoinStatus::PaymentWaiting, now.addSecs(-2 * day), now.addSecs(-2 * day)),
    };
    for (const Status &status : joined) {
        if (!status)
            return status;
    }
    return success();
}

} // namespace

Status Seeds::demo(Store &store, const QDateTime &now, Dialect dialect)
{
    if (store.hasCourse(1))
        return success();
    const Result<QHash<QString, qint64>> users = addUsers(store);
    if (!users)
        return users.error();
    const auto id = [&](const char16_t *name) { return users->value(QString::fromUtf16(name)); };
    const qint64 teacher = id(u"teacher");

    // Course 1: the bundled sample course, created by teacher.
    Result<Course> sample = SampleContent::load();
    if (!sample)
        return sample.error();
    sample.value().createdBy = teacher;
    if (Status added = store.addCourse(sample.value()); !added)
        return added;
    // Course 2: self-paced, with a draft and a quiz.
    const Course notes = notesCourse(now.addSecs(-60 * day), teacher);
    if (Status added = store.addCourse(notes); !added)
        return added;
    if (Status pictured = store.setCover(notes.id, true); !pictured) // course 1 has no picture
        return pictured;
    const std::optional<Course> first = store.course(1);
    const std::optional<Course> second = store.course(2);
    if (!first || !second)
        return Error{u"seed"_s, u"the demo courses cannot be read back"_s};

    const QList<Status> joined = {
        join(store, teacher, 1, JoinStatus::Creator, sample->createdAt, now.addSecs(-hour)),
        join(store, teacher, 2, JoinStatus::Creator, notes.createdAt, now.addSecs(-2 * hour)),
        join(store, id(u"learner"), 1, JoinStatus::Joined, now.addSecs(-3 * day), now.addSecs(-3 * day)),
        join(store, id(u"learner"), 2, JoinStatus::Joined, now.addSecs(-10 * day), now.addSecs(-10 * day)),
        join(store, id(u"ana"), 1, JoinStatus::Joined, now.addSecs(-20 * day), now.addSecs(-1 * day)),
        join(store, id(u"ben"), 1, JoinStatus::Joined, now.addSecs(-10 * day), now.addSecs(-2 * day)),
        join(store, id(u"chloe"), 1, JoinStatus::Joined, now.addSecs(-5 * day), now.addSecs(-4 * day)),
        join(store, id(u"dmitri"), 1, JoinStatus::Joined, now.addSecs(-1 * day), now.addSecs(-1 * day + hour)),
        join(store, id(u"eve"), 1, JoinStatus::Joined, now.addSecs(-30 * day), now.addSecs(-6 * day)),
        join(store, id(u"farid"), 1, JoinStatus::Joined, now.addSecs(-15 * day), now.addSecs(-3 * hour)),
        join(store, id(u"ana"), 2, JoinStatus::Joined, now.addSecs(-8 * day), now.addSecs(-7 * day)),
        join(store, id(u"eve"), 2, JoinStatus::Joined, now.addSecs(-7 * day), now.addSecs(-5 * day)),
    };
    for (const Status &status : joined) {
        if (!status)
            return status;
    }

    // Progress in course order (enforced in course 1). Quiz 104 passes with one wrong answer of three,
    // quiz 108 (passing grade 70) does not.
    const QList<Status> histories = {
        History(store, *first, id(u"ana"), now.addSecs(-20 * day))
            .complete({101, 102, 103})
            .attempt(104, 0)
            .complete({105, 106, 107})
            .attempt(108, 0)
            .complete({109})
            .status(),
        History(store, *first, id(u"ben"), now.addSecs(-10 * day)).complete({101, 102, 103}).attempt(104, 2).status(),
        History(store, *first, id(u"chloe"), now.addSecs(-5 * day)).complete({101}).status(),
        History(store, *first, id(u"eve"), now.addSecs(-30 * day))
            .complete({101, 102, 103})
            .attempt(104, 1)
            .complete({105, 106, 107})
            .attempt(108, 1)
            .attempt(108, 0)
            .complete({109, 110, 111})
            .status(),
        History(store, *first, id(u"farid"), now.addSecs(-15 * day))
            .complete({101, 102, 103})
            .attempt(104, 2)
            .attempt(104, 0)
            .complete({105})
            .status(),
        History(store, *second, id(u"ana"), now.addSecs(-8 * day)).complete({201, 203}).status(),
        History(store, *second, id(u"eve"), now.addSecs(-7 * day)).complete({201, 203, 204}).attempt(205, 0).status(),
    };
    for (const Status &status : histories) {
        if (!status)
            return status;
    }
    if (dialect == Dialect::Platform)
        return addPlatformDemo(store, now, teacher, id(u"learner"));
    return success();
}

Status Seeds::large(Store &store, const QDateTime &now, int lessons)
{
    if (lessons < 1)
        return Error{u"seed"_s, u"a large course needs at least one lesson"_s};
    if (store.hasCourse(1000))
        return success();
    const Result<QHash<QString, qint64>> users = addUsers(store);
    if (!users)
        return users.error();

    Course course;
    course.id = 1000;
    course.name = u"Large course (%1 lessons)"_s.arg(lessons);
    course.slug = u"large-course"_s;
    course.description = u"A structured course for load and scale tests."_s;
    course.type = CourseType::Structured;
    course.privacy = u"open"_s;
    course.createdAt = now.addSecs(-90 * day);
    course.createdBy = users->value(u"teacher"_s);
    constexpr int perSection = 50;
    for (int i = 0; i < lessons; ++i) {
        if (i % perSection == 0) {
            const qint64 sectionId = 10001 + i / perSection;
            course.sections.append(Section{sectionId, u"Section %1"_s.arg(i / perSection + 1), {}, 0, {}});
        }
        Lesson lesson;
        lesson.id = 100001 + i;
        lesson.sectionId = course.sections.constLast().id;
        lesson.name = u"Lesson %1"_s.arg(i + 1);
        lesson.html = u"<p>Lesson %1 of %2.</p>"_s.arg(i + 1).arg(lessons);
        course.sections.last().lessons.append(lesson);
    }
    if (Status added = store.addCourse(course); !added)
        return added;
    if (Status joined = join(store, users->value(u"teacher"_s), 1000, JoinStatus::Creator, course.createdAt, now);
        !joined)
        return joined;
    return join(store, users->value(u"learner"_s), 1000, JoinStatus::Joined, now.addSecs(-day), now.addSecs(-day));
}

Status Seeds::many(Store &store, const QDateTime &now, int courses, int lessonsPerCourse)
{
    if (courses < 1 || courses > 999 || lessonsPerCourse < 1 || lessonsPerCourse > 999)
        return Error{u"seed"_s, u"many needs 1 to 999 courses of 1 to 999 lessons"_s};
    constexpr qint64 firstCourse = 5001;
    if (store.hasCourse(firstCourse))
        return success();
    const Result<QHash<QString, qint64>> users = addUsers(store);
    if (!users)
        return users.error();
    const qint64 teacher = users->value(u"teacher"_s);
    const QStringList learners{u"learner"_s, u"ana"_s, u"ben"_s};
    constexpr int perSection = 50;
    for (int c = 0; c < courses; ++c) {
        Course course;
        course.id = firstCourse + c;
        course.name = u"Course %1 of %2"_s.arg(c + 1).arg(courses);
        course.slug = u"many-%1"_s.arg(course.id);
        course.description = u"A self-paced course for sync load tests."_s;
        course.type = CourseType::SelfPaced;
        course.privacy = u"open"_s;
        course.createdAt = now.addSecs(-90 * day);
        course.createdBy = teacher;
        for (int i = 0; i < lessonsPerCourse; ++i) {
            if (i % perSection == 0) {
                const qint64 sectionId = course.id * 100 + 1 + i / perSection;
                course.sections.append(Section{sectionId, u"Section %1"_s.arg(i / perSection + 1), {}, 0, {}});
            }
            Lesson lesson;
            lesson.id = course.id * 1000 + 1 + i;
            lesson.sectionId = course.sections.constLast().id;
            lesson.name = u"Lesson %1"_s.arg(i + 1);
            lesson.html = u"<p>Lesson %1 of %2.</p>"_s.arg(i + 1).arg(lessonsPerCourse);
            course.sections.last().lessons.append(lesson);
        }
        if (Status added = store.addCourse(course); !added)
            return added;
        if (Status joined = join(store, teacher, course.id, JoinStatus::Creator, course.createdAt, now); !joined)
            return joined;
        for (const QString &learner : learners) {
            if (Status joined = join(store, users->value(learner), course.id, JoinStatus::Joined, now.addSecs(-day),
                                     now.addSecs(-day));
                !joined)
                return joined;
        }
    }
    return success();
}

Status Seeds::learners(Store &store, const QDateTime &now, int learners)
{
    if (learners < 1 || learners > 1000000)
        return Error{u"seed"_s, u"learners needs 1 to 1,000,000 learners"_s};
    constexpr qint64 courseId = 3000;
    if (store.hasCourse(courseId))
        return success();
    const Result<QHash<QString, qint64>> users = addUsers(store);
    if (!users)
        return users.error();
    Course course;
    course.id = courseId;
    course.name = u"Crowded course (%1 learners)"_s.arg(learners);
    course.slug = u"crowded-course"_s;
    course.description = u"A self-paced course for dashboard load tests."_s;
    course.type = CourseType::SelfPaced;
    course.privacy = u"open"_s;
    course.createdAt = now.addSecs(-365 * day);
    course.createdBy = users->value(u"teacher"_s);
    course.sections.append(Section{30001, u"Everything"_s, {}, 0, {}});
    constexpr int lessons = 10;
    QList<qint64> lessonIds;
    for (int i = 0; i < lessons; ++i) {
        Lesson lesson;
        lesson.id = 300001 + i;
        lesson.sectionId = 30001;
        lesson.name = u"Lesson %1"_s.arg(i + 1);
        lesson.html = u"<p>Lesson %1.</p>"_s.arg(i + 1);
        course.sections.last().lessons.append(lesson);
        lessonIds.append(lesson.id);
    }
    if (Status added = store.addCourse(course); !added)
        return added;
    if (Status joined = join(store, users->value(u"teacher"_s), courseId, JoinStatus::Creator, course.createdAt, now);
        !joined)
        return joined;
    QList<CrowdMember> crowd;
    crowd.reserve(learners);
    for (int i = 1; i <= learners; ++i) {
        crowd.append(CrowdMember{u"crowd%1"_s.arg(i, 6, 10, QChar(u'0')), u"Crowd Member %1"_s.arg(i),
                                 now.addSecs(-day - 60 * qint64(i)), now.addSecs(-i), lessonIds.mid(0, i % 11)});
    }
    return store.addCrowd(courseId, crowd);
}

} // namespace coursedesk::refserver
