#pragma once

// The fixture of the CourseSession specifications: a real cache (CacheDatabase in a QTemporaryDir) with
// courses imported through CourseStore, "now" from a FakeClock (2026-03-01 12:00 UTC unless moved), and
// the session's state read back as text.
#include "session/CourseSession.h"

#include "CourseBuilder.h"
#include "FakeClock.h"
#include "storage/CacheDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace coursedesk::test {

using namespace Qt::StringLiterals;

using Kind = CourseSession::Kind;

inline const QDateTime T0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); // FakeClock's default "now"
constexpr qint64 dayMs = 24 * 3600 * 1000;

// A three-question quiz: single (11, 12*, 13), multi (21*, 22*, 23), single (31*, 32); passing grade 60.
// withCorrect: the answers carry `correct`, as the server sends them to creators and managers only.
inline Course withQuizBody(Course course, qint64 quizId, bool withCorrect)
{
    const Lesson body = makeQuiz({{QuestionType::SingleChoice, {false, true, false}},
                                  {QuestionType::MultiChoice, {true, true, false}},
                                  {QuestionType::SingleChoice, {true, false}}},
                                 60, withCorrect);
    Lesson *quiz = course.findLesson(quizId);
    quiz->hasBody = true;
    quiz->body = body.body;
    return course;
}

inline const QList<QuestionResponse> rightAnswers{{1, {12}}, {2, {21, 22}}, {3, {31}}};
inline const QList<QuestionResponse> wrongAnswers{{1, {11}}, {2, {21}}, {3, {31}}}; // one of three right: grade 33

// Learner, self-paced, no enforced order: lessons 10, 11, 12, quiz 15, and the draft 13 (never counted).
inline Course plainCourse(JoinStatus status = JoinStatus::Joined, bool quizAnswersKnown = false)
{
    return withQuizBody(
        CourseBuilder().status(status).section(1).lesson(10).lesson(11).lesson(12).draft(13).quiz(15).build(), 15,
        quizAnswersKnown);
}

inline QString dump(const OutboxEntry &e)
{
    return u"#%1 %2 %3/%4/%5 %6 %7"_s.arg(e.id)
        .arg(toWire(e.kind))
        .arg(e.courseId)
        .arg(e.sectionId)
        .arg(e.lessonId)
        .arg(toWire(e.state), e.idempotencyKey);
}

// "ok", or "code: message": one comparison says both what was refused and why.
template <typename T> QString outcome(const Result<T> &result)
{
    return result ? u"ok"_s : result.error().code + u": "_s + result.error().message;
}

// The three signals of a session; counts() as "lesson 1 progress 1 outbox 1".
struct Spies
{
    explicit Spies(CourseSession *s)
        : lesson(s, &CourseSession::lessonChanged)
        , progress(s, &CourseSession::progressChanged)
        , outbox(s, &CourseSession::outboxChanged)
    {}
    QString counts() const
    {
        return u"lesson %1 progress %2 outbox %3"_s.arg(lesson.size()).arg(progress.size()).arg(outbox.size());
    }
    QSignalSpy lesson, progress, outbox;
};

class SessionFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<LearnerState> m_state;
    std::unique_ptr<CourseSession> m_session;

    // Opens a fresh cache, imports the courses (their completion states become the confirmed ones) and
    // starts a session of the given kind. Returns the problem, or an empty string.
    QString open(Kind kind, const QList<Course> &courses)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(m_dir->filePath(u"cache.sqlite"_s));
        if (!db)
            return db.error().message;
        m_db = std::move(db).value();
        CourseStore store(*m_db);
        for (const Course &course : courses) {
            if (Result<ImportReport> imported = store.importCourse(course, m_clock.now()); !imported)
                return imported.error().message;
        }
        m_session.reset();
        m_state = std::make_unique<LearnerState>(*m_db, m_clock, kind);
        m_session = std::make_unique<CourseSession>(*m_state);
        return {};
    }

    LessonState state(qint64 lessonId) const
    {
        Result<LessonState> s = CourseStore(*m_db).lessonState(lessonId);
        return s ? *s : LessonState{};
    }

    // "local/confirmed", e.g. "completed/uncompleted": done here, not yet confirmed by the server.
    QString states(qint64 lessonId) const
    {
        const LessonState s = state(lessonId);
        return toWire(s.local) + u'/' + toWire(s.confirmed);
    }

    QList<OutboxEntry> outbox() const
    {
        Result<QList<OutboxEntry>> entries = m_session->pendingActions();
        return entries ? *entries : QList<OutboxEntry>{};
    }

    int attemptCount() const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT COUNT(*) FROM attempts"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    // Everything an action may change, as text: lesson states (local/confirmed), outbox and attempts.
    QString snapshot(qint64 courseId) const
    {
        QStringList lines;
        Result<CourseOutline> outline = m_session->outline(courseId);
        if (!outline)
            return outline.error().message;
        for (const Section &section : outline->course.sections) {
            for (const Lesson &lesson : section.lessons) {
                lines << QString::number(lesson.id) + u' ' + states(lesson.id);
            }
        }
        for (const OutboxEntry &entry : outbox())
            lines << dump(entry);
        lines << u"attempts %1"_s.arg(attemptCount());
        return lines.join(u'\n');
    }
};

} // namespace coursedesk::test
