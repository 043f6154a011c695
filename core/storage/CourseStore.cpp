#include "storage/CourseStore.h"

#include "storage/CacheDatabase.h"
#include "storage/ImportFollowers.h"
#include "storage/SqlValues.h"
#include "storage/StoredValue.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// Takes a value read back from the cache, or keeps the first damage found (the rest of the row is still read,
// so that the error names the first bad column).
template <typename E> void read(const Result<E> &value, E &out, std::optional<Error> &damaged)
{
    if (value)
        out = *value;
    else if (!damaged)
        damaged = value.error();
}

// A lesson without a state row (never touched) is uncompleted; a state this version does not know is damage.
Result<Completion> storedCompletion(const QVariant &stored, qint64 lessonId)
{
    if (stored.isNull())
        return Completion::Uncompleted;
    return storedValue(completionFromWire(stored.toString()), stored, "lesson_state", "local_completion", lessonId);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::CourseStore", text);
}

Error unknownCourse(qint64 courseId)
{
    return Error{
        u"unknown_course"_s,
        QCoreApplication::translate("coursedesk::CourseStore", "There is no course %1 in this account.").arg(courseId)};
}

Error unknownLesson(qint64 courseId, qint64 lessonId)
{
    return Error{u"unknown_lesson"_s,
                 QCoreApplication::translate("coursedesk::CourseStore", "Course %1 has no lesson %2.")
                     .arg(courseId)
                     .arg(lessonId)};
}

} // namespace

// Preparing a statement costs more than running it: an import of thousands of lessons prepares each row
// statement once and rebinds it per row.
struct CourseStore::ImportStatements final
{
    explicit ImportStatements(const CacheDatabase &db)
        : section(db.prepare(
              u"INSERT INTO sections(id, course_id, position, name, dripped_at, drip_delay, available_date, "
              "server_locked) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET course_id=excluded.course_id, "
              "position=excluded.position, name=excluded.name, dripped_at=excluded.dripped_at, "
              "drip_delay=excluded.drip_delay, available_date=excluded.available_date, "
              "server_locked=excluded.server_locked"_s))
        , lesson(db.prepare(
              u"INSERT INTO lessons(id, course_id, section_id, position, name, type, status, comments_enabled, "
              "server_locked) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET course_id=excluded.course_id, "
              "section_id=excluded.section_id, position=excluded.position, name=excluded.name, type=excluded.type, "
              "status=excluded.status, comments_enabled=excluded.comments_enabled, "
              "server_locked=excluded.server_locked"_s))
        // The server's completion is the confirmed one. The local one follows it unless the learner has a
        // change that is not yet sent (pending or in flight), which must survive the import.
        , state(db.prepare(
              u"INSERT INTO lesson_state(lesson_id, local_completion, local_changed_at, confirmed_completion, "
              "confirmed_at) VALUES(?, ?, NULL, ?, ?) ON CONFLICT(lesson_id) DO UPDATE SET "
              "confirmed_completion = excluded.confirmed_completion, confirmed_at = excluded.confirmed_at, "
              "local_completion = CASE WHEN EXISTS (SELECT 1 FROM outbox WHERE outbox.lesson_id = excluded.lesson_id "
              "AND outbox.state IN ('pending','in_flight') AND outbox.kind NOT LIKE 'comment%') THEN local_completion "
              "ELSE excluded.local_completion END"_s))
        , body(db.prepare(u"UPDATE lessons SET has_body = 1, html = ?, passing_grade = ? WHERE id = ?"_s))
        , clearQuestions(db.prepare(u"DELETE FROM questions WHERE lesson_id = ?"_s))
        , question(db.prepare(u"INSERT INTO questions(id, lesson_id, position, type, text, image) "
                              "VALUES(?,?,?,?,?,?)"_s))
        , answer(db.prepare(u"INSERT INTO answers(id, question_id, position, text, correct) VALUES(?,?,?,?,?)"_s))
    {}

    QSqlQuery section;
    QSqlQuery lesson;
    QSqlQuery state;
    QSqlQuery body;
    QSqlQuery clearQuestions;
    QSqlQuery question;
    QSqlQuery answer;
};

CourseStore::CourseStore(CacheDatabase &db)
    : m_db(db)
{}

Result<ImportReport> CourseStore::importCourse(const Course &course, const QDateTime &now)
{
    ImportReport report;
    ImportFollowers followers(m_db); // the search index, the notes' names, what's new
    Status imported = m_db.transaction([&]() -> Status {
        if (Status ok = followers.before(course.id); !ok)
            return ok;
        QSqlQuery position = m_db.prepare(u"SELECT COALESCE((SELECT position FROM courses WHERE id = ?), "
                                          "(SELECT COALESCE(MAX(position), -1) + 1 FROM courses))"_s);
        position.addBindValue(course.id);
        if (Status ran = m_db.exec(position, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course")); !ran)
            return ran;
        const int coursePosition = position.next() ? position.value(0).toInt() : 0;

        Result<QList<qint64>> vanished = vanishedLessons(course);
        if (!vanished)
            return vanished.error();
        if (!vanished->isEmpty()) {
            Outbox outbox(m_db);
            Result<QList<OutboxEntry>> orphans = outbox.forLessons(*vanished);
            if (!orphans)
                return orphans.error();
            for (OutboxEntry entry : *orphans) {
                if (entry.state == OutboxState::Rejected)
                    continue; // already refused, with the server's own reason
                entry.state = OutboxState::Rejected;
                entry.errorCode = u"lesson_removed"_s;
                entry.reason = tr("The lesson was removed from the course on the server.");
                if (Status marked = outbox.markRejected(entry.id, entry.errorCode, entry.reason); !marked)
                    return marked;
                report.orphanedEntries.append(entry);
            }
            report.removedLessons = int(vanished->size());
        }

        if (Status ok = upsertCourse(course, coursePosition); !ok)
            return ok;
        // Remove what vanished: the lessons first, and the sections only once every lesson that stays
        // has been upserted into its current section, so that a lesson moved out of a vanished section is
        // not taken along by the cascade (with its body and its unsent local state).
        QStringList sectionIds;
        QStringList lessonIds;
        for (const Section &section : course.sections) {
            sectionIds << QString::number(section.id);
            for (const Lesson &lesson : section.lessons)
                lessonIds << QString::number(lesson.id);
        }
        // Ids are integers we formatted ourselves, so the IN lists carry no user text.
        QSqlQuery dropLessons =
            m_db.prepare(u"DELETE FROM lessons WHERE course_id = ? AND id NOT IN ("_s + lessonIds.join(u',') + u")"_s);
        dropLessons.addBindValue(course.id);
        if (Status ok = m_db.exec(dropLessons, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course"));
            !ok)
            return ok;

        ImportStatements statements(m_db);
        for (int s = 0; s < course.sections.size(); ++s) {
            const Section &section = course.sections.at(s);
            if (Status ok = upsertSection(statements, course.id, section, s); !ok)
                return ok;
            for (int l = 0; l < section.lessons.size(); ++l) {
                if (Status ok = upsertLesson(statements, course.id, section.lessons.at(l), l, now); !ok)
                    return ok;
                ++report.lessons;
            }
            ++report.sections;
        }

        QSqlQuery dropSections = m_db.prepare(u"DELETE FROM sections WHERE course_id = ? AND id NOT IN ("_s +
                                              sectionIds.join(u',') + u")"_s);
        dropSections.addBindValue(course.id);
        if (Status ok = m_db.exec(dropSections, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course"));
            !ok)
            return ok;
        return followers.after(course);
    });
    if (!imported)
        return imported.error();
    return report;
}

Result<QList<qint64>> CourseStore::vanishedLessons(const Course &course) const
{
    QSet<qint64> present;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons)
            present.insert(lesson.id);
    }
    QSqlQuery query = m_db.prepare(u"SELECT id FROM lessons WHERE course_id = ?"_s);
    query.addBindValue(course.id);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course")); !ran)
        return ran.error();
    QList<qint64> vanished;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!present.contains(id))
            vanished.append(id);
    }
    return vanished;
}

Status CourseStore::upsertCourse(const Course &course, int position)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO courses(id, name, slug, description, type, privacy, enforce_order, join_status, joined_at, "
        "created_at, created_by, enrollment_id, position, server_completed, server_total, server_rate, "
        "server_percentage, synced_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, slug=excluded.slug, description=excluded.description, "
        "type=excluded.type, privacy=excluded.privacy, enforce_order=excluded.enforce_order, "
        "join_status=excluded.join_status, joined_at=excluded.joined_at, created_at=excluded.created_at, "
        "created_by=excluded.created_by, enrollment_id=excluded.enrollment_id, position=excluded.position, "
        "server_completed=excluded.server_completed, server_total=excluded.server_total, "
        "server_rate=excluded.server_rate, server_percentage=COALESCE(excluded.server_percentage, server_percentage), "
        "synced_at=excluded.synced_at"_s);
    q.addBindValue(course.id);
    q.addBindValue(sql::text(course.name));
    q.addBindValue(sql::text(course.slug));
    q.addBindValue(sql::text(course.description));
    q.addBindValue(toWire(course.type));
    q.addBindValue(sql::text(course.privacy));
    q.addBindValue(course.enforceLessonsOrder);
    q.addBindValue(sql::text(toWire(course.joinStatus)));
    q.addBindValue(sql::time(course.joinedAt));
    q.addBindValue(sql::time(course.createdAt));
    q.addBindValue(course.createdBy);
    q.addBindValue(sql::text(course.enrollmentId));
    q.addBindValue(position);
    const auto &progress = course.serverProgress;
    q.addBindValue(progress ? QVariant(progress->completedLessons) : QVariant());
    q.addBindValue(progress ? QVariant(progress->totalLessons) : QVariant());
    q.addBindValue(progress ? QVariant(progress->completionRate) : QVariant());
    q.addBindValue(progress && progress->percentage ? QVariant(*progress->percentage) : QVariant());
    q.addBindValue(QVariant());
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course"));
}

Status CourseStore::upsertSection(ImportStatements &statements, qint64 courseId, const Section &section, int position)
{
    QSqlQuery &q = statements.section;
    q.addBindValue(section.id);
    q.addBindValue(courseId);
    q.addBindValue(position);
    q.addBindValue(sql::text(section.name));
    q.addBindValue(sql::time(section.drippedAt));
    q.addBindValue(section.dripDelayDays);
    q.addBindValue(sql::time(section.availableDate));
    q.addBindValue(section.serverLocked);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course"));
}

Status CourseStore::upsertLesson(ImportStatements &statements, qint64 courseId, const Lesson &lesson, int position,
                                 const QDateTime &now)
{
    QSqlQuery &q = statements.lesson;
    q.addBindValue(lesson.id);
    q.addBindValue(courseId);
    q.addBindValue(lesson.sectionId);
    q.addBindValue(position);
    q.addBindValue(sql::text(lesson.name));
    q.addBindValue(toWire(lesson.type));
    q.addBindValue(toWire(lesson.status));
    q.addBindValue(lesson.commentsEnabled);
    q.addBindValue(lesson.serverLocked);
    if (Status ok = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course")); !ok)
        return ok;

    QSqlQuery &state = statements.state; // the server's state is confirmed; an unsent local change is kept
    state.addBindValue(lesson.id);
    state.addBindValue(toWire(lesson.completion));
    state.addBindValue(toWire(lesson.completion));
    state.addBindValue(sql::time(now));
    if (Status ok = m_db.exec(state, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "import the course")); !ok)
        return ok;
    return lesson.hasBody ? replaceBody(statements, lesson) : success();
}

Status CourseStore::replaceBody(ImportStatements &statements, const Lesson &lesson)
{
    QSqlQuery &body = statements.body;
    body.addBindValue(sql::text(lesson.body->html));
    body.addBindValue(lesson.body->passingGrade);
    body.addBindValue(lesson.id);
    if (Status ok = m_db.exec(body, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson")); !ok)
        return ok;
    QSqlQuery &clear = statements.clearQuestions;
    clear.addBindValue(lesson.id);
    if (Status ok = m_db.exec(clear, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson")); !ok)
        return ok;
    QSqlQuery &question = statements.question;
    QSqlQuery &answer = statements.answer;
    for (int qi = 0; qi < lesson.body->questions.size(); ++qi) {
        const Question &qn = lesson.body->questions.at(qi);
        question.addBindValue(qn.id);
        question.addBindValue(lesson.id);
        question.addBindValue(qi);
        question.addBindValue(toWire(qn.type));
        question.addBindValue(sql::text(qn.text));
        question.addBindValue(sql::text(qn.image));
        if (Status ok = m_db.exec(question, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the quiz")); !ok)
            return ok;
        for (int ai = 0; ai < qn.answers.size(); ++ai) {
            const Answer &an = qn.answers.at(ai);
            answer.addBindValue(an.id);
            answer.addBindValue(qn.id);
            answer.addBindValue(ai);
            answer.addBindValue(sql::text(an.text));
            answer.addBindValue(an.correct ? QVariant(*an.correct) : QVariant());
            if (Status ok = m_db.exec(answer, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the quiz")); !ok)
                return ok;
        }
    }
    return success();
}

Result<QList<qint64>> CourseStore::courseIds() const
{
    QSqlQuery query = m_db.prepare(u"SELECT id FROM courses ORDER BY position, id"_s);
    if (Status ran = m_db.exec(query, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "list the courses")); !ran)
        return ran.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<Course> CourseStore::loadCourse(qint64 courseId) const
{
    QSqlQuery c = m_db.prepare(
        u"SELECT name, slug, description, type, privacy, enforce_order, join_status, joined_at, created_at, "
        "created_by, enrollment_id, server_completed, server_total, server_rate, server_percentage "
        "FROM courses WHERE id = ?"_s);
    c.addBindValue(courseId);
    if (Status ran = m_db.exec(c, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "load the course")); !ran)
        return ran.error();
    if (!c.next())
        return unknownCourse(courseId);
    Course course;
    course.id = courseId;
    course.name = c.value(0).toString();
    course.slug = c.value(1).toString();
    course.description = c.value(2).toString();
    std::optional<Error> damaged;
    read(storedValue(courseTypeFromWire(c.value(3).toString()), c.value(3), "courses", "type", courseId), course.type,
         damaged);
    course.privacy = c.value(4).toString();
    course.enforceLessonsOrder = c.value(5).toBool();
    read(storedValue(joinStatusFromWire(c.value(6).toString()), c.value(6), "courses", "join_status", courseId),
         course.joinStatus, damaged);
    course.joinedAt = sql::fromTime(c.value(7));
    course.createdAt = sql::fromTime(c.value(8));
    course.createdBy = c.value(9).toLongLong();
    course.enrollmentId = c.value(10).toString();
    if (!c.value(12).isNull()) {
        ServerProgress progress{c.value(11).toInt(), c.value(12).toInt(), c.value(13).toInt(), std::nullopt};
        if (!c.value(14).isNull())
            progress.percentage = c.value(14).toDouble();
        course.serverProgress = progress;
    }

    QSqlQuery s = m_db.prepare(u"SELECT id, name, dripped_at, drip_delay, available_date, server_locked "
                               "FROM sections WHERE course_id = ? ORDER BY position"_s);
    s.addBindValue(courseId);
    if (Status ran = m_db.exec(s, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "load the course")); !ran)
        return ran.error();
    QHash<qint64, qsizetype> sectionIndex;
    while (s.next()) {
        Section section;
        section.id = s.value(0).toLongLong();
        section.name = s.value(1).toString();
        section.drippedAt = sql::fromTime(s.value(2));
        section.dripDelayDays = s.value(3).toInt();
        section.availableDate = sql::fromTime(s.value(4));
        section.serverLocked = s.value(5).toBool();
        sectionIndex.insert(section.id, course.sections.size());
        course.sections.append(section);
    }

    QSqlQuery l = m_db.prepare(
        u"SELECT l.id, l.section_id, l.name, l.type, l.status, l.comments_enabled, l.server_locked, l.has_body, "
        "l.passing_grade, st.local_completion FROM lessons l LEFT JOIN lesson_state st ON st.lesson_id = l.id "
        "WHERE l.course_id = ? ORDER BY l.section_id, l.position"_s);
    l.addBindValue(courseId);
    if (Status ran = m_db.exec(l, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "load the course")); !ran)
        return ran.error();
    while (l.next()) {
        Lesson lesson;
        lesson.id = l.value(0).toLongLong();
        lesson.sectionId = l.value(1).toLongLong();
        lesson.name = l.value(2).toString();
        read(storedValue(lessonTypeFromWire(l.value(3).toString()), l.value(3), "lessons", "type", lesson.id),
             lesson.type, damaged);
        read(storedValue(lessonStatusFromWire(l.value(4).toString()), l.value(4), "lessons", "status", lesson.id),
             lesson.status, damaged);
        lesson.commentsEnabled = l.value(5).toBool();
        lesson.serverLocked = l.value(6).toBool();
        lesson.hasBody = l.value(7).toBool();
        lesson.body->passingGrade = l.value(8).toInt();
        read(storedCompletion(l.value(9), lesson.id), lesson.completion, damaged);
        const auto it = sectionIndex.constFind(lesson.sectionId);
        if (it != sectionIndex.cend())
            course.sections[*it].lessons.append(std::move(lesson));
    }
    if (damaged)
        return *damaged;
    return course;
}

Result<Lesson> CourseStore::loadLesson(qint64 courseId, qint64 lessonId) const
{
    QSqlQuery l = m_db.prepare(
        u"SELECT l.section_id, l.name, l.type, l.status, l.comments_enabled, l.server_locked, l.has_body, l.html, "
        "l.passing_grade, st.local_completion FROM lessons l LEFT JOIN lesson_state st ON st.lesson_id = l.id "
        "WHERE l.course_id = ? AND l.id = ?"_s);
    l.addBindValue(courseId);
    l.addBindValue(lessonId);
    if (Status ran = m_db.exec(l, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "load the lesson")); !ran)
        return ran.error();
    if (!l.next())
        return unknownLesson(courseId, lessonId);
    Lesson lesson;
    lesson.id = lessonId;
    lesson.sectionId = l.value(0).toLongLong();
    lesson.name = l.value(1).toString();
    std::optional<Error> damaged;
    read(storedValue(lessonTypeFromWire(l.value(2).toString()), l.value(2), "lessons", "type", lessonId), lesson.type,
         damaged);
    read(storedValue(lessonStatusFromWire(l.value(3).toString()), l.value(3), "lessons", "status", lessonId),
         lesson.status, damaged);
    lesson.commentsEnabled = l.value(4).toBool();
    lesson.serverLocked = l.value(5).toBool();
    lesson.hasBody = l.value(6).toBool();
    lesson.body->html = l.value(7).toString();
    lesson.body->passingGrade = l.value(8).toInt();
    read(storedCompletion(l.value(9), lessonId), lesson.completion, damaged);

    QSqlQuery q = m_db.prepare(u"SELECT q.id, q.type, q.text, q.image, a.id, a.text, a.correct FROM questions q "
                               "LEFT JOIN answers a ON a.question_id = q.id WHERE q.lesson_id = ? "
                               "ORDER BY q.position, a.position"_s);
    q.addBindValue(lessonId);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "load the quiz")); !ran)
        return ran.error();
    while (q.next()) {
        const qint64 questionId = q.value(0).toLongLong();
        if (lesson.body->questions.isEmpty() || lesson.body->questions.constLast().id != questionId) {
            Question question;
            question.id = questionId;
            read(storedValue(questionTypeFromWire(q.value(1).toString()), q.value(1), "questions", "type", questionId),
                 question.type, damaged);
            question.text = q.value(2).toString();
            question.image = q.value(3).toString();
            lesson.body->questions.append(question);
        }
        if (!q.value(4).isNull()) {
            Answer answer;
            answer.id = q.value(4).toLongLong();
            answer.text = q.value(5).toString();
            if (!q.value(6).isNull())
                answer.correct = q.value(6).toBool();
            lesson.body->questions.last().answers.append(answer);
        }
    }
    if (damaged)
        return *damaged;
    return lesson;
}

Result<LessonState> CourseStore::lessonState(qint64 lessonId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT local_completion, confirmed_completion, local_changed_at, confirmed_at "
                               "FROM lesson_state WHERE lesson_id = ?"_s);
    q.addBindValue(lessonId);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "read the lesson state")); !ran)
        return ran.error();
    if (!q.next())
        return Error{u"unknown_lesson"_s, tr("There is no lesson %1 in this account.").arg(lessonId)};
    LessonState state;
    std::optional<Error> damaged;
    read(storedValue(completionFromWire(q.value(0).toString()), q.value(0), "lesson_state", "local_completion",
                     lessonId),
         state.local, damaged);
    read(storedValue(completionFromWire(q.value(1).toString()), q.value(1), "lesson_state", "confirmed_completion",
                     lessonId),
         state.confirmed, damaged);
    if (damaged)
        return *damaged;
    state.localChangedAt = sql::fromTime(q.value(2));
    state.confirmedAt = sql::fromTime(q.value(3));
    return state;
}

Status CourseStore::setLocalCompletion(qint64 lessonId, Completion completion, const QDateTime &at)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE lesson_state SET local_completion = ?, local_changed_at = ? WHERE lesson_id = ?"_s);
    q.addBindValue(toWire(completion));
    q.addBindValue(sql::time(at));
    q.addBindValue(lessonId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson state"));
}

Status CourseStore::setConfirmedCompletion(qint64 lessonId, Completion completion, const QDateTime &at, bool alsoLocal)
{
    return setConfirmedCompletions({Confirmed{lessonId, completion, alsoLocal}}, at);
}

Status CourseStore::setConfirmedCompletions(const QList<Confirmed> &lessons, const QDateTime &at)
{
    QSqlQuery q = m_db.prepare(u"UPDATE lesson_state SET confirmed_completion = ?, local_completion = "
                               "CASE WHEN ? THEN ? ELSE local_completion END, confirmed_at = ? WHERE lesson_id = ?"_s);
    const QVariant when = sql::time(at);
    for (const Confirmed &lesson : lessons) {
        q.addBindValue(toWire(lesson.completion));
        q.addBindValue(lesson.alsoLocal);
        q.addBindValue(toWire(lesson.completion));
        q.addBindValue(when);
        q.addBindValue(lesson.lessonId);
        if (Status saved = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the lesson state"));
            !saved)
            return saved;
    }
    return success();
}

Status CourseStore::setServerProgress(qint64 courseId, const ServerProgress &progress)
{
    QSqlQuery q = m_db.prepare(u"UPDATE courses SET server_completed = ?, server_total = ?, server_rate = ?, "
                               "server_percentage = ? WHERE id = ?"_s);
    q.addBindValue(progress.completedLessons);
    q.addBindValue(progress.totalLessons);
    q.addBindValue(progress.completionRate);
    q.addBindValue(progress.percentage ? QVariant(*progress.percentage) : QVariant());
    q.addBindValue(courseId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "save the course progress"));
}

Status CourseStore::removeCourse(qint64 courseId)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM courses WHERE id = ?"_s);
    q.addBindValue(courseId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "remove the course"));
}

} // namespace coursedesk
