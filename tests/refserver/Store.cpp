#include "Store.h"

#include "StoreSql.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace coursedesk::refserver {

using namespace model;

Q_LOGGING_CATEGORY(lcStore, "coursedesk.refserver.store")

using namespace Qt::StringLiterals;

namespace {

// Times are INTEGER milliseconds since the epoch (UTC); null stays NULL.
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
    " password TEXT NOT NULL, real_name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS courses (id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL,"
    " description TEXT NOT NULL, type TEXT NOT NULL, privacy TEXT NOT NULL, enforce_lessons_order INTEGER NOT NULL,"
    " created_at INTEGER, created_by INTEGER)",
    // The courses that have a picture (branch find2): served at /covers/<course>/<size>.png (StoreCovers.cpp).
    "CREATE TABLE IF NOT EXISTS course_covers (course_id INTEGER PRIMARY KEY REFERENCES courses(id))",
    "CREATE TABLE IF NOT EXISTS sections (id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id),"
    " position INTEGER NOT NULL, name TEXT NOT NULL, dripped_at INTEGER, drip_delay INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS lessons (id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id),"
    " section_id INTEGER NOT NULL REFERENCES sections(id), position INTEGER NOT NULL, name TEXT NOT NULL,"
    " type TEXT NOT NULL, status TEXT NOT NULL, comments_enabled INTEGER NOT NULL, html TEXT NOT NULL,"
    " passing_grade INTEGER NOT NULL, created_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS lessons_course ON lessons(course_id, position)",
    "CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, lesson_id INTEGER NOT NULL REFERENCES lessons(id),"
    " position INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, image TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY, question_id INTEGER NOT NULL"
    " REFERENCES questions(id), position INTEGER NOT NULL, text TEXT NOT NULL, correct INTEGER NOT NULL)",
    // Media objects of a lesson (schemas/media.md), listed under `medias` by the platform dialect.
    "CREATE TABLE IF NOT EXISTS medias (id INTEGER PRIMARY KEY, lesson_id INTEGER NOT NULL REFERENCES lessons(id),"
    " position INTEGER NOT NULL, type TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, url TEXT NOT NULL,"
    " image TEXT NOT NULL, image_width INTEGER NOT NULL, image_height INTEGER NOT NULL, added_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS memberships (user_id INTEGER NOT NULL REFERENCES users(id),"
    " course_id INTEGER NOT NULL REFERENCES courses(id), join_status TEXT NOT NULL, joined_at INTEGER,"
    " last_active_at INTEGER, enrollment_id TEXT NOT NULL UNIQUE, PRIMARY KEY (user_id, course_id))",
    // One row per completed lesson: the primary key makes a duplicate impossible.
    "CREATE TABLE IF NOT EXISTS completions (user_id INTEGER NOT NULL, lesson_id INTEGER NOT NULL,"
    " course_id INTEGER NOT NULL, completed_at INTEGER NOT NULL, PRIMARY KEY (user_id, lesson_id))",
    "CREATE TABLE IF NOT EXISTS failures (user_id INTEGER NOT NULL, lesson_id INTEGER NOT NULL,"
    " course_id INTEGER NOT NULL, failed_at INTEGER NOT NULL, PRIMARY KEY (user_id, lesson_id))",
    // A learner's states are read a course at a time (lessonStates): without these, every read walks all of the
    // learner's completions in every course.
    "CREATE INDEX IF NOT EXISTS completions_by_course ON completions(user_id, course_id, lesson_id)",
    "CREATE INDEX IF NOT EXISTS failures_by_course ON failures(user_id, course_id, lesson_id)",
    "CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL,"
    " course_id INTEGER NOT NULL, section_id INTEGER NOT NULL, lesson_id INTEGER NOT NULL, idempotency_key TEXT,"
    " body_hash BLOB NOT NULL, grade INTEGER NOT NULL, result TEXT NOT NULL, passing_grade INTEGER NOT NULL,"
    " correct_responses INTEGER NOT NULL, num_attempts INTEGER NOT NULL, created_at INTEGER NOT NULL,"
    " outcomes TEXT NOT NULL)",
    // Not unique: the platform dialect records a key it does not honour (the contract's dedupe is in LearnerApi).
    "DROP INDEX IF EXISTS attempts_key",
    "CREATE INDEX IF NOT EXISTS attempts_by_key ON attempts(user_id, idempotency_key)"
    " WHERE idempotency_key IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS access_tokens (token TEXT PRIMARY KEY, user_id INTEGER NOT NULL,"
    " expires_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS refresh_tokens (token TEXT PRIMARY KEY, user_id INTEGER NOT NULL,"
    " used INTEGER NOT NULL DEFAULT 0)",
    // Lesson comments (branch comments): parent 0 is a first-level comment.
    "CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY AUTOINCREMENT, course_id INTEGER NOT NULL,"
    " section_id INTEGER NOT NULL, lesson_id INTEGER NOT NULL, user_id INTEGER NOT NULL, parent_id INTEGER NOT NULL,"
    " in_reply_to INTEGER NOT NULL, html TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS comments_by_lesson ON comments(lesson_id, parent_id, created_at)",
    // Authorization codes of the browser sign-in: bound to the client, the redirect URI and the PKCE challenge.
    "CREATE TABLE IF NOT EXISTS auth_codes (code TEXT PRIMARY KEY, user_id INTEGER NOT NULL, client_id TEXT NOT NULL,"
    " redirect_uri TEXT NOT NULL, challenge TEXT NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT "
    "0)",
};

Error storeError(const QString &what, const QSqlError &error)
{
    return Error{u"refserver_store"_s, u"%1: %2"_s.arg(what, error.text())};
}

constexpr auto membershipColumns = "SELECT user_id, course_id, join_status, joined_at, last_active_at, enrollment_id"
                                   " FROM memberships ";

} // namespace

Membership membershipFrom(const QSqlQuery &q)
{
    Membership m;
    m.userId = q.value(0).toLongLong();
    m.courseId = q.value(1).toLongLong();
    m.status = joinStatusNamed(q.value(2).toString()).value_or(JoinStatus::None);
    m.joinedAt = sql::fromMs(q.value(3));
    m.lastActiveAt = sql::fromMs(q.value(4));
    m.enrollmentId = q.value(5).toString();
    return m;
}

bool execLogged(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "statement failed:" << what << query.lastError().text();
    return false;
}

Store::Store()
    : m_connectionName(u"coursedesk-refserver-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Store::~Store()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::transaction()
{
    return db().transaction();
}

bool Store::commit()
{
    return db().commit();
}

Status Store::open(const QString &filePath)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    database.setDatabaseName(filePath.isEmpty() ? u":memory:"_s : filePath);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!database.open())
        return storeError(u"cannot open %1"_s.arg(filePath), database.lastError());
    QSqlQuery pragma(database);
    if (!filePath.isEmpty())
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    pragma.exec(u"PRAGMA foreign_keys=ON"_s);
    for (const char *statement : schema) {
        QSqlQuery q(database);
        if (!q.exec(QString::fromLatin1(statement)))
            return storeError(u"cannot create the schema"_s, q.lastError());
    }
    return success();
}

Result<User> Store::addUser(const QString &username, const QString &password, const QString &realName)
{
    if (const std::optional<User> existing = userByName(username))
        return *existing;
    // A test fixture: passwords are plain text on purpose.
    QSqlQuery q = sql::prepare(db(), "INSERT INTO users (username, password, real_name) VALUES (?, ?, ?)",
                               {username, password, realName});
    if (!execLogged(q, "add user"))
        return storeError(u"cannot add user %1"_s.arg(username), q.lastError());
    return User{q.lastInsertId().toLongLong(), username, realName};
}

std::optional<User> Store::user(qint64 id) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT id, username, real_name FROM users WHERE id = ?", {id});
    if (!execLogged(q, "read user") || !q.next())
        return std::nullopt;
    return User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

std::optional<User> Store::userByName(const QString &username) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT id, username, real_name FROM users WHERE username = ?", {username});
    if (!execLogged(q, "read user") || !q.next())
        return std::nullopt;
    return User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

std::optional<User> Store::checkPassword(const QString &username, const QString &password) const
{
    QSqlQuery q =
        sql::prepare(db(), "SELECT id, username, real_name, password FROM users WHERE username = ?", {username});
    if (!execLogged(q, "check password") || !q.next() || q.value(3).toString() != password)
        return std::nullopt;
    return User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Status Store::addCourse(const Course &course)
{
    m_courses.remove(course.id);
    QSqlDatabase database = db();
    if (!database.transaction())
        return storeError(u"cannot start a transaction"_s, database.lastError());
    const auto fail = [&](const QSqlQuery &q) {
        const Error error = storeError(u"cannot store course %1"_s.arg(course.id), q.lastError());
        database.rollback();
        return error;
    };
    QSqlQuery q = sql::prepare(database,
                               "INSERT INTO courses (id, name, slug, description, type, privacy, enforce_lessons_order,"
                               " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               {course.id, course.name, sql::text(course.slug), sql::text(course.description),
                                wireName(course.type), sql::text(course.privacy), course.enforceLessonsOrder,
                                sql::ms(course.createdAt), course.createdBy});
    if (!execLogged(q, "add course"))
        return fail(q);
    QSqlQuery section(database);
    section.prepare(u"INSERT INTO sections (id, course_id, position, name, dripped_at, drip_delay)"
                    " VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery lesson(database);
    lesson.prepare(u"INSERT INTO lessons (id, course_id, section_id, position, name, type, status, comments_enabled,"
                   " html, passing_grade, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery question(database);
    question.prepare(u"INSERT INTO questions (id, lesson_id, position, type, text, image) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery media(database);
    media.prepare(u"INSERT INTO medias (id, lesson_id, position, type, title, description, url, image, image_width,"
                  " image_height, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery answer(database);
    answer.prepare(u"INSERT INTO answers (id, question_id, position, text, correct) VALUES (?, ?, ?, ?, ?)"_s);

    int sectionPosition = 0;
    for (const Section &s : course.sections) {
        sql::bind(section, {s.id, course.id, sectionPosition++, s.name, sql::ms(s.drippedAt), s.dripDelayDays});
        if (!execLogged(section, "add section"))
            return fail(section);
        int lessonPosition = 0;
        for (const Lesson &l : s.lessons) {
            sql::bind(lesson, {l.id, course.id, s.id, lessonPosition++, l.name, l.type, wireName(l.status),
                               l.commentsEnabled, sql::text(l.html), l.passingGrade, sql::ms(course.createdAt)});
            if (!execLogged(lesson, "add lesson"))
                return fail(lesson);
            int mediaPosition = 0;
            for (const Media &m : l.medias) {
                sql::bind(media,
                          {m.id, l.id, mediaPosition++, m.type, sql::text(m.title), sql::text(m.description),
                           sql::text(m.url), sql::text(m.image), m.imageWidth, m.imageHeight, sql::ms(m.addedAt)});
                if (!execLogged(media, "add media"))
                    return fail(media);
            }
            int questionPosition = 0;
            for (const Question &qn : l.questions) {
                sql::bind(question, {qn.id, l.id, questionPosition++, wireName(qn.type), qn.text, sql::text(qn.image)});
                if (!execLogged(question, "add question"))
                    return fail(question);
                int answerPosition = 0;
                for (const Answer &a : qn.answers) {
                    sql::bind(answer, {a.id, qn.id, answerPosition++, a.text, a.correct});
                    if (!execLogged(answer, "add answer"))
                        return fail(answer);
                }
            }
        }
    }
    if (!database.commit())
        return storeError(u"cannot commit course %1"_s.arg(course.id), database.lastError());
    return success();
}

bool Store::hasCourse(qint64 courseId) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT 1 FROM courses WHERE id = ?", {courseId});
    return execLogged(q, "find course") && q.next();
}

QList<qint64> Store::courseIds() const
{
    QList<qint64> ids;
    QSqlQuery q = sql::prepare(db(), "SELECT id FROM courses ORDER BY id", {});
    if (execLogged(q, "list courses")) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

std::optional<Course> Store::course(qint64 courseId) const
{
    if (const auto cached = m_courses.constFind(courseId); cached != m_courses.cend())
        return *cached;
    QSqlQuery q = sql::prepare(db(),
                               "SELECT name, slug, description, type, privacy, enforce_lessons_order, created_at,"
                               " created_by FROM courses WHERE id = ?",
                               {courseId});
    if (!execLogged(q, "read course") || !q.next())
        return std::nullopt;
    Course course;
    course.id = courseId;
    course.name = q.value(0).toString();
    course.slug = q.value(1).toString();
    course.description = q.value(2).toString();
    course.type = courseTypeNamed(q.value(3).toString()).value_or(CourseType::SelfPaced);
    course.privacy = q.value(4).toString();
    course.enforceLessonsOrder = q.value(5).toBool();
    course.createdAt = sql::fromMs(q.value(6));
    course.createdBy = q.value(7).toLongLong();

    QSqlQuery sections = sql::prepare(
        db(), "SELECT id, name, dripped_at, drip_delay FROM sections WHERE course_id = ? ORDER BY position",
        {courseId});
    if (!execLogged(sections, "read sections"))
        return std::nullopt;
    QHash<qint64, qsizetype> sectionIndex;
    while (sections.next()) {
        Section section;
        section.id = sections.value(0).toLongLong();
        section.name = sections.value(1).toString();
        section.drippedAt = sql::fromMs(sections.value(2));
        section.dripDelayDays = sections.value(3).toInt();
        sectionIndex.insert(section.id, course.sections.size());
        course.sections.append(section);
    }
    QSqlQuery lessons = sql::prepare(db(),
                                     "SELECT id, section_id, name, type, status, comments_enabled, passing_grade"
                                     " FROM lessons WHERE course_id = ? ORDER BY section_id, position",
                                     {courseId});
    if (!execLogged(lessons, "read lessons"))
        return std::nullopt;
    while (lessons.next()) {
        Lesson lesson;
        lesson.id = lessons.value(0).toLongLong();
        lesson.sectionId = lessons.value(1).toLongLong();
        lesson.name = lessons.value(2).toString();
        lesson.type = lessons.value(3).toString(); // kept as sent: the types grow
        lesson.status = lessonStatusNamed(lessons.value(4).toString()).value_or(LessonStatus::Draft);
        lesson.commentsEnabled = lessons.value(5).toBool();
        lesson.passingGrade = lessons.value(6).toInt();
        const auto it = sectionIndex.constFind(lesson.sectionId);
        if (it != sectionIndex.cend())
            course.sections[*it].lessons.append(lesson);
    }
    m_courses.insert(courseId, course);
    return course;
}

bool Store::loadBody(Lesson &lesson) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT html, passing_grade FROM lessons WHERE id = ?", {lesson.id});
    if (!execLogged(q, "read lesson body") || !q.next())
        return false;
    lesson.html = q.value(0).toString();
    lesson.passingGrade = q.value(1).toInt();
    lesson.questions.clear();
    QSqlQuery questions = sql::prepare(
        db(), "SELECT id, type, text, image FROM questions WHERE lesson_id = ? ORDER BY position", {lesson.id});
    if (!execLogged(questions, "read questions"))
        return false;
    while (questions.next()) {
        Question question;
        question.id = questions.value(0).toLongLong();
        question.type = questionTypeNamed(questions.value(1).toString()).value_or(QuestionType::SingleChoice);
        question.text = questions.value(2).toString();
        question.image = questions.value(3).toString();
        QSqlQuery answers = sql::prepare(
            db(), "SELECT id, text, correct FROM answers WHERE question_id = ? ORDER BY position", {question.id});
        if (!execLogged(answers, "read answers"))
            return false;
        while (answers.next())
            question.answers.append(
                Answer{answers.value(0).toLongLong(), answers.value(1).toString(), answers.value(2).toBool()});
        lesson.questions.append(question);
    }
    return loadMedias(lesson);
}

bool Store::loadMedias(Lesson &lesson) const
{
    lesson.medias.clear();
    QSqlQuery q = sql::prepare(db(),
                               "SELECT id, type, title, description, url, image, image_width, image_height, added_at"
                               " FROM medias WHERE lesson_id = ? ORDER BY position",
                               {lesson.id});
    if (!execLogged(q, "read medias"))
        return false;
    while (q.next()) {
        Media media;
        media.id = q.value(0).toLongLong();
        media.type = q.value(1).toString();
        media.title = q.value(2).toString();
        media.description = q.value(3).toString();
        media.url = q.value(4).toString();
        media.image = q.value(5).toString();
        media.imageWidth = q.value(6).toInt();
        media.imageHeight = q.value(7).toInt();
        media.order = int(lesson.medias.size());
        media.addedAt = sql::fromMs(q.value(8));
        lesson.medias.append(media);
    }
    return true;
}

std::optional<Media> Store::media(qint64 mediaId) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT lesson_id FROM medias WHERE id = ?", {mediaId});
    if (!execLogged(q, "find media") || !q.next())
        return std::nullopt;
    Lesson lesson;
    lesson.id = q.value(0).toLongLong();
    if (!loadMedias(lesson))
        return std::nullopt;
    for (const Media &media : std::as_const(lesson.medias)) {
        if (media.id == mediaId)
            return media;
    }
    return std::nullopt;
}

QDateTime Store::lessonCreatedAt(qint64 lessonId) const
{
    QSqlQuery q = sql::prepare(db(), "SELECT created_at FROM lessons WHERE id = ?", {lessonId});
    return execLogged(q, "read lesson") && q.next() ? sql::fromMs(q.value(0)) : QDateTime();
}

Status Store::setLessonStatus(qint64 courseId, qint64 lessonId, LessonStatus status)
{
    m_courses.remove(courseId);
    QSqlQuery q = sql::prepare(db(), "UPDATE lessons SET status = ? WHERE id = ? AND course_id = ?",
                               {wireName(status), lessonId, courseId});
    if (!execLogged(q, "set lesson status"))
        return storeError(u"cannot change lesson %1"_s.arg(lessonId), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{u"not_found"_s, u"course %1 has no lesson %2"_s.arg(courseId).arg(lessonId)};
    return success();
}

Status Store::removeLesson(qint64 courseId, qint64 lessonId)
{
    m_courses.remove(courseId);
    QSqlQuery check = sql::prepare(db(), "SELECT 1 FROM lessons WHERE id = ? AND course_id = ?", {lessonId, courseId});
    if (!execLogged(check, "find lesson") || !check.next())
        return Error{u"not_found"_s, u"course %1 has no lesson %2"_s.arg(courseId).arg(lessonId)};
    // The lesson goes with its questions, answers and progress rows; attempts stay as history.
    const char *const statements[] = {
        "DELETE FROM answers WHERE question_id IN (SELECT id FROM questions WHERE lesson_id = ?)",
        "DELETE FROM questions WHERE lesson_id = ?",
        "DELETE FROM medias WHERE lesson_id = ?",
        "DELETE FROM completions WHERE lesson_id = ?",
        "DELETE FROM failures WHERE lesson_id = ?",
        "DELETE FROM lessons WHERE id = ?",
    };
    for (const char *statement : statements) {
        QSqlQuery q = sql::prepare(db(), statement, {lessonId});
        if (!execLogged(q, "remove lesson"))
            return storeError(u"cannot remove lesson %1"_s.arg(lessonId), q.lastError());
    }
    return success();
}

Status Store::renameLesson(qint64 courseId, qint64 lessonId, const QString &name)
{
    m_courses.remove(courseId);
    QSqlQuery q =
        sql::prepare(db(), "UPDATE lessons SET name = ? WHERE id = ? AND course_id = ?", {name, lessonId, courseId});
    if (!execLogged(q, "rename lesson"))
        return storeError(u"cannot rename lesson %1"_s.arg(lessonId), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{u"not_found"_s, u"course %1 has no lesson %2"_s.arg(courseId).arg(lessonId)};
    return success();
}

Status Store::join(const Membership &m)
{
    const QString enrollment = m.enrollmentId.isEmpty() ? u"enr_%1_%2"_s.arg(m.courseId).arg(m.userId) : m.enrollmentId;
    QSqlQuery q = sql::prepare(
        db(),
        "INSERT OR REPLACE INTO memberships (user_id, course_id, join_status, joined_at,"
        " last_active_at, enrollment_id) VALUES (?, ?, ?, ?, ?, ?)",
        {m.userId, m.courseId, wireName(m.status), sql::ms(m.joinedAt), sql::ms(m.lastActiveAt), enrollment});
    if (!execLogged(q, "join"))
        return storeError(u"cannot add user %1 to course %2"_s.arg(m.userId).arg(m.courseId), q.lastError());
    return success();
}

std::optional<Membership> Store::membership(qint64 userId, qint64 courseId) const
{
    QSqlQuery q =
        sql::prepare(db(), QByteArray(membershipColumns) + "WHERE user_id = ? AND course_id = ?", {userId, courseId});
    if (!execLogged(q, "read membership") || !q.next())
        return std::nullopt;
    return membershipFrom(q);
}

std::optional<Membership> Store::membershipByEnrollment(const QString &enrollmentId) const
{
    QSqlQuery q = sql::prepare(db(), QByteArray(membershipColumns) + "WHERE enrollment_id = ?", {enrollmentId});
    if (!execLogged(q, "read enrollment") || !q.next())
        return std::nullopt;
    return membershipFrom(q);
}

QList<Membership> Store::members(qint64 courseId) const
{
    QList<Membership> list;
    QSqlQuery q =
        sql::prepare(db(), QByteArray(membershipColumns) + "WHERE course_id = ? ORDER BY user_id", {courseId});
    if (execLogged(q, "list members")) {
        while (q.next())
            list.append(membershipFrom(q));
    }
    return list;
}

Status Store::addCrowd(qint64 courseId, const QList<CrowdMember> &crowd)
{
    if (!transaction())
        return Error{u"seed"_s, u"cannot begin the crowd transaction"_s};
    QSqlQuery user(db());
    user.prepare(u"INSERT INTO users (username, password, real_name) VALUES (?, ?, ?)"_s);
    QSqlQuery member(db());
    member.prepare(u"INSERT INTO memberships (user_id, course_id, join_status, joined_at, last_active_at,"
                   " enrollment_id) VALUES (?, ?, 'joined', ?, ?, ?)"_s);
    const auto fail = [this](const QString &what, const QSqlQuery &query) {
        const Error error = storeError(what, query.lastError());
        db().rollback();
        return error;
    };
    QSqlQuery completion(db());
    completion.prepare(u"INSERT INTO completions (user_id, lesson_id, course_id, completed_at) VALUES (?, ?, ?, ?)"_s);
    for (const CrowdMember &m : crowd) {
        sql::bind(user, {m.username, m.username, sql::text(m.realName)});
        if (!execLogged(user, "add crowd user"))
            return fail(u"cannot add user %1"_s.arg(m.username), user);
        const qint64 userId = user.lastInsertId().toLongLong();
        sql::bind(member, {userId, courseId, sql::ms(m.joinedAt), sql::ms(m.lastActiveAt),
                           u"enr_%1_%2"_s.arg(courseId).arg(userId)});
        if (!execLogged(member, "add crowd membership"))
            return fail(u"cannot join user %1"_s.arg(m.username), member);
        for (qint64 lessonId : m.completedLessons) {
            sql::bind(completion, {userId, lessonId, courseId, sql::ms(m.lastActiveAt)});
            if (!execLogged(completion, "add crowd completion"))
                return fail(u"cannot complete lesson %1"_s.arg(lessonId), completion);
        }
    }
    if (!commit())
        return Error{u"seed"_s, u"cannot commit the crowd"_s};
    return success();
}

QList<Membership> Store::membershipsOf(qint64 userId) const
{
    QList<Membership> list;
    QSqlQuery q = sql::prepare(db(), QByteArray(membershipColumns) + "WHERE user_id = ? ORDER BY course_id", {userId});
    if (execLogged(q, "list memberships")) {
        while (q.next())
            list.append(membershipFrom(q));
    }
    return list;
}

void Store::touch(qint64 userId, qint64 courseId, const QDateTime &now)
{
    QSqlQuery q = sql::prepare(db(), "UPDATE memberships SET last_active_at = ? WHERE user_id = ? AND course_id = ?",
                               {sql::ms(now), userId, courseId});
    (void)execLogged(q, "touch membership");
}

} // namespace coursedesk::refserver
