#include "session/LearnerProgress.h"

#include "domain/Logging.h"
#include "domain/ServerText.h"
#include "session/Csv.h"
#include "session/DashboardCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString cacheKind = u"learner"_s;

QString cacheKey(qint64 userId)
{
    return u"user=%1"_s.arg(userId);
}

QString lessonState(const LearnerLesson &lesson)
{
    return toWire(lesson.completion);
}

} // namespace

int LearnerReport::completedLessons() const
{
    return int(std::count_if(lessons.cbegin(), lessons.cend(),
                             [](const LearnerLesson &l) { return l.completion == Completion::Completed; }));
}

LearnerProgress::LearnerProgress(Dashboard &dashboard, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dashboard(dashboard)
    , m_clock(clock)
{}

void LearnerProgress::load(qint64 courseId, const LearnerRow &learner, Done done)
{
    if (m_dashboard.isOffline())
        return fromCache(courseId, learner.id, ApiError{}, std::move(done));
    m_dashboard.api().learnerCourse(courseId, learner.id, [this, courseId, learner, done](ApiResult<Course> course) {
        if (!course) {
            const ApiError &error = course.error();
            if (error.kind == ApiError::Kind::Http && (error.httpStatus == 403 || error.httpStatus == 404))
                return done(Error{Dashboard::forbiddenCode,
                                  ServerText::compose(tr("This learner's progress cannot be read."), error.message)});
            return fromCache(courseId, learner.id, error, done);
        }
        LearnerReport report;
        report.userId = learner.id;
        report.username = learner.username;
        report.completionRate =
            course->serverProgress ? course->serverProgress->completionRate : learner.completionRate;
        for (const Section &section : course->sections) {
            for (const Lesson &lesson : section.lessons) {
                report.lessons.append(LearnerLesson{section.id, section.name, lesson.id, lesson.name, lesson.isQuiz(),
                                                    lesson.completion, lesson.serverLocked});
            }
        }
        PageQuery query;
        query.search = learner.username;
        m_dashboard.allQuizResults(
            courseId, query, [this, courseId, report, done](Result<QList<QuizResultRow>> attempts) mutable {
                if (!attempts) {
                    ApiError why;
                    why.kind = ApiError::Kind::Network;
                    why.message = attempts.error().message;
                    return fromCache(courseId, report.userId, why, done);
                }
                for (const QuizResultRow &row : *attempts) {
                    if (row.username == report.username) // the search also matches other names
                        report.attempts.append(row);
                }
                const QDateTime now = m_clock.now();
                const CachedPage page{int(report.lessons.size()), toJson(report), now};
                if (Status saved = m_dashboard.store().savePage(courseId, cacheKind, cacheKey(report.userId), 0, page);
                    !saved)
                    qCWarning(lcDashboard) << "the learner's progress could not be kept:" << saved.error().message;
                done(Timed<LearnerReport>{report, now, false, {}, false});
            });
    });
}

void LearnerProgress::fromCache(qint64 courseId, qint64 userId, const ApiError &why, Done done)
{
    Result<std::optional<CachedPage>> cached = m_dashboard.store().page(courseId, cacheKind, cacheKey(userId), 0);
    if (!cached)
        return done(cached.error());
    const QString reason =
        why.isAuthFailure() ? tr("Your sign-in has expired. Sign in again to see the latest.")
        : why.kind == ApiError::Kind::Http
            ? ServerText::compose(tr("The server could not give this learner's progress."), why.message)
            : tr("The server could not be reached.");
    std::optional<LearnerReport> report = cached->has_value() ? fromJson((*cached)->rowsJson) : std::nullopt;
    if (!report) {
        return done(Error{Dashboard::offlineCode,
                          tr("%1 This learner's progress has not been read on this computer before.").arg(reason)});
    }
    done(Timed<LearnerReport>{*report, (*cached)->fetchedAt, true, reason, why.isAuthFailure()});
}

QStringList LearnerProgress::lessonsHeader()
{
    return {u"section"_s, u"lesson"_s, u"type"_s, u"state"_s, u"locked"_s};
}

QString LearnerProgress::lessonsCsv(const LearnerReport &report)
{
    QString text = Csv::row(lessonsHeader());
    for (const LearnerLesson &lesson : report.lessons) {
        text += Csv::row({lesson.sectionName, lesson.lessonName, lesson.quiz ? u"quiz"_s : u"lesson"_s,
                          lessonState(lesson), lesson.locked ? u"yes"_s : u"no"_s});
    }
    return text;
}

QString LearnerProgress::attemptsCsv(const LearnerReport &report)
{
    return DashboardCsv::quizResults(report.attempts);
}

QByteArray LearnerProgress::toJson(const LearnerReport &report)
{
    QJsonArray lessons;
    for (const LearnerLesson &l : report.lessons) {
        lessons.append(QJsonObject{{u"section"_s, l.sectionId},
                                   {u"section_name"_s, l.sectionName},
                                   {u"lesson"_s, l.lessonId},
                                   {u"name"_s, l.lessonName},
                                   {u"quiz"_s, l.quiz},
                                   {u"state"_s, toWire(l.completion)},
                                   {u"locked"_s, l.locked}});
    }
    QJsonArray attempts;
    for (const QuizResultRow &a : report.attempts) {
        attempts.append(QJsonObject{{u"id"_s, a.id},
                                    {u"lesson"_s, a.lessonId},
                                    {u"quiz"_s, a.quizName},
                                    {u"user"_s, a.username},
                                    {u"created_at"_s, a.createdAt.toString(Qt::ISODateWithMs)},
                                    {u"grade"_s, a.grade},
                                    {u"result"_s, toWire(a.result)}});
    }
    const QJsonObject json{{u"user"_s, report.userId},
                           {u"username"_s, report.username},
                           {u"rate"_s, report.completionRate},
                           {u"lessons"_s, lessons},
                           {u"attempts"_s, attempts}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<LearnerReport> LearnerProgress::fromJson(const QByteArray &bytes)
{
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (!json.contains(u"user"_s))
        return std::nullopt;
    LearnerReport report;
    report.userId = json.value(u"user"_s).toInteger();
    report.username = json.value(u"username"_s).toString();
    report.completionRate = json.value(u"rate"_s).toInt();
    for (const QJsonValue &value : json.value(u"lessons"_s).toArray()) {
        const QJsonObject l = value.toObject();
        const std::optional<Completion> state = completionFromWire(l.value(u"state"_s).toString());
        if (!state)
            return std::nullopt; // a damaged copy is not shown as if it were the learner's progress
        report.lessons.append(LearnerLesson{l.value(u"section"_s).toInteger(), l.value(u"section_name"_s).toString(),
                                            l.value(u"lesson"_s).toInteger(), l.value(u"name"_s).toString(),
                                            l.value(u"quiz"_s).toBool(), *state, l.value(u"locked"_s).toBool()});
    }
    for (const QJsonValue &value : json.value(u"attempts"_s).toArray()) {
        const QJsonObject a = value.toObject();
        const std::optional<Completion> result = completionFromWire(a.value(u"result"_s).toString());
        if (!result)
            return std::nullopt;
        QuizResultRow row;
        row.id = a.value(u"id"_s).toInteger();
        row.lessonId = a.value(u"lesson"_s).toInteger();
        row.quizName = a.value(u"quiz"_s).toString();
        row.username = a.value(u"user"_s).toString();
        row.createdAt = QDateTime::fromString(a.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        row.grade = a.value(u"grade"_s).toInt();
        row.result = *result;
        report.attempts.append(row);
    }
    return report;
}

} // namespace coursedesk
