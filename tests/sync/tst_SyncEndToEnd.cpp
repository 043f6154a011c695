#include "sync/SyncEngine.h"

#include "Await.h"
#include "FakeClock.h"
#include "RefServer.h"

#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// One learner's client (cache, session, API, sync) against the reference server, all real, on loopback.
struct Client
{
    FakeClock clock{start};
    RefServer server{clock, RefServerOptions{}};
    bool serverUp = server.seedDemo().ok() && server.listen() != 0;
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> db = CacheDatabase::open(dir.filePath(u"learner.sqlite"_s)).value();
    CourseSession session{*db, clock, CourseSession::Kind::Server};
    QNetworkAccessManager network;
    HttpTransport transport{network, clock, HttpTransport::Options{}};
    ApiClient api{transport, server.baseUrl()};
    SyncEngine engine{session, api, SyncEngine::Options{}};

    bool signIn(const QString &user)
    {
        const auto tokens = await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(user, user, done); });
        if (!tokens || !tokens->ok())
            return false;
        transport.setAccessToken(tokens->value().accessToken);
        return true;
    }
    SyncReport sync(qint64 course = 0)
    {
        const auto report = await<SyncReport>([&](auto done) {
            QObject::connect(&engine, &SyncEngine::finished, &engine, done, Qt::SingleShotConnection);
            engine.run(course);
        });
        return report.value_or(SyncReport{});
    }
    // The completion of every lesson of a course, local and server side, as "id:state" lines.
    QStringList localStates(qint64 courseId)
    {
        QStringList states;
        const Result<CourseOutline> outline = session.outline(courseId);
        if (!outline)
            return {u"error: "_s + outline.error().message};
        for (const Section &section : outline->course.sections) {
            for (const Lesson &lesson : section.lessons)
                states << u"%1:%2"_s.arg(lesson.id).arg(toWire(lesson.completion));
        }
        return states;
    }
    QStringList serverStates(const QString &user, qint64 courseId, const QStringList &lessonsOfInterest)
    {
        const Result<QJsonObject> state = server.state(user, courseId);
        if (!state)
            return {u"error: "_s + state.error().message};
        const QJsonObject lessons = state->value(u"lessons"_s).toObject();
        QStringList states;
        for (const QString &line : lessonsOfInterest) {
            const QString id = line.section(u':', 0, 0);
            states << u"%1:%2"_s.arg(id, lessons.value(id).toString(u"uncompleted"_s));
        }
        return states;
    }
};

} // namespace

class tst_SyncEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void pullBringsCoursesForOfflineUse()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s));
        QSignalSpy progress(&c.engine, &SyncEngine::progress);
        const SyncReport report = c.sync();
        QVERIFY2(!report.failure, report.failure ? qPrintable(report.failure->message) : "");
        QCOMPARE(report.coursesPulled, 2);
        QVERIFY(report.lessonsPulled >= 11);
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toInt(), last.at(1).toInt()); // n of m ends at m of m

        const Result<CourseOutline> outline = c.session.outline(1);
        QVERIFY(outline.ok());
        QCOMPARE(outline->course.name, u"Getting started with CourseDesk"_s);
        QVERIFY(!outline->course.enrollmentId.isEmpty());
        // The first lesson's body came down; a lesson the server locks for this learner did not.
        const Result<Lesson> first = c.session.lesson(1, 101);
        QVERIFY(first.ok() && first->hasBody && !first->body->html.isEmpty());
        // Answers' correctness never reaches a learner's cache.
        const Result<Lesson> quiz = c.session.lesson(1, 104);
        QVERIFY(quiz.ok());
        for (const Question &question : quiz->body->questions)
            for (const Answer &answer : question.answers)
                QVERIFY(!answer.correct.has_value());
    }

    void offlineWorkReachesTheServerAndLocalEqualsServer()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s));
        QVERIFY(!c.sync().failure);

        // Offline on the train: three lessons in order, one toggled twice (no request).
        for (qint64 lesson : {101, 102, 103})
            QVERIFY(c.session.setCompleted(1, lesson, true).ok());
        QVERIFY(c.session.setCompleted(1, 103, false).ok());
        QVERIFY(c.session.setCompleted(1, 103, true).ok());
        QCOMPARE(c.session.pendingActions()->size(), 3);
        // The quiz was locked at the last sync, so the server did not let its questions be downloaded.
        QVERIFY(!c.session.lesson(1, 104)->hasBody);

        RefServerCounters before = c.server.counters();
        SyncReport report = c.sync();
        QVERIFY2(!report.failure, report.failure ? qPrintable(report.failure->message) : "");
        QCOMPARE(report.sent, 3);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.pending, 0);
        RefServerCounters after = c.server.counters();
        QCOMPARE(after.completeCalls - before.completeCalls, 3); // 103 toggled twice offline: still one call
        QCOMPARE(after.completionRecords - before.completionRecords, 3);

        // Offline again: the quiz, now downloaded, answered right and awaiting the server's grade.
        const Result<QuizSubmission> quiz =
            c.session.submitQuiz(1, 104, {{1001, {10002}}, {1002, {10006}}, {1003, {10009}}});
        QVERIFY2(quiz.ok(), quiz.ok() ? "" : qPrintable(quiz.error().message));
        QCOMPARE(quiz->attempt.state, AttemptState::AwaitingGrading);
        before = c.server.counters();
        report = c.sync();
        QVERIFY(!report.failure);
        QCOMPARE(report.sent, 1);
        after = c.server.counters();
        QCOMPARE(after.attemptCalls - before.attemptCalls, 1);
        QCOMPARE(after.completionRecords - before.completionRecords, 1); // the passed quiz

        const QStringList local = c.localStates(1);
        QCOMPARE(c.serverStates(u"learner"_s, 1, local), local);
        QVERIFY(local.contains(u"104:completed"_s));
        // The grade came back from the server and is kept with the attempt.
        const Result<Lesson> graded = c.session.lesson(1, 104);
        QVERIFY(graded.ok() && graded->body->lastAttempt.has_value());
        QCOMPARE(graded->body->lastAttempt->grade, 100);
        // The enrollment endpoint's two-decimal figure is stored.
        const Result<Course> course = c.session.store().loadCourse(1);
        QVERIFY(course.ok() && course->serverProgress.has_value());
        QCOMPARE(course->serverProgress->completedLessons, 4);
        QCOMPARE(c.session.pendingActions()->size(), 0);
    }

    void incompleteIsSentToo()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s));
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, false).ok());
        const SyncReport report = c.sync();
        QCOMPARE(report.sent, 1);
        QCOMPARE(c.serverStates(u"learner"_s, 1, {u"101:x"_s}), QStringList{u"101:uncompleted"_s});
    }

    void aFailedCallLeavesItsEntryPending()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s));
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        Fault outage;
        outage.status = 503;
        outage.count = -1; // until cleared
        c.server.addFault(outage);
        const SyncReport failed = c.sync();
        QVERIFY(failed.failure.has_value());
        QCOMPARE(failed.failure->httpStatus, 503);
        QCOMPARE(failed.pending, 1);
        QCOMPARE(c.session.pendingActions()->constFirst().state, OutboxState::Pending);
        QCOMPARE(c.localStates(1).constFirst(), u"101:completed"_s); // the learner's work stays

        c.server.clearFaults();
        const SyncReport recovered = c.sync();
        QVERIFY(!recovered.failure);
        QCOMPARE(recovered.sent, 1);
        QCOMPARE(c.serverStates(u"learner"_s, 1, {u"101:x"_s}), QStringList{u"101:completed"_s});
    }

    void lockedOnTheServerRollsBackWithTheReason()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s));
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        // The instructor turns the lesson back into a draft before we are online again.
        QVERIFY(c.server.changeLesson(1, 101, LessonChange::Draft).ok());
        const SyncReport report = c.sync();
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejections.constFirst().errorCode, u"LESSON_LOCKED"_s);
        const QList<OutboxEntry> pending = *c.session.pendingActions();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().state, OutboxState::Rejected);
        QCOMPARE(pending.constFirst().errorCode, u"LESSON_LOCKED"_s); // the server's reason, not overwritten
        QVERIFY(!pending.constFirst().reason.isEmpty());
        // A draft is not part of a learner's course: the pull removed it, with the local completion.
        QVERIFY(c.session.outline(1)->course.findLesson(101) == nullptr);
        QCOMPARE(c.session.progress(1)->completed, 0);
    }

    void expiredTokenStopsAndKeepsEverything()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"learner"_s));
        QVERIFY(!c.sync().failure);
        QVERIFY(c.session.setCompleted(1, 101, true).ok());
        c.server.expireTokens();
        const SyncReport report = c.sync();
        QVERIFY(report.authFailed);
        QCOMPARE(report.pending, 1);
        QCOMPARE(c.session.pendingActions()->constFirst().state, OutboxState::Pending);
    }

    void serverClockIsLearnedFromDateHeaders()
    {
        Client c;
        QVERIFY(c.serverUp);
        c.server.setClockSkewSecs(3 * 24 * 3600); // the server is three days ahead of this computer
        QVERIFY(c.signIn(u"learner"_s));
        QVERIFY(!c.sync().failure);
        QVERIFY(qAbs(c.session.serverClock().now().secsTo(start.addDays(3))) <= 2);
    }

    void instructorsPullTheEditViewWithDrafts()
    {
        Client c;
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn(u"teacher"_s));
        QVERIFY(!c.sync().failure);
        const Result<CourseOutline> outline = c.session.outline(1);
        QVERIFY(outline.ok());
        QCOMPARE(outline->course.role(), Role::Instructor);
        QVERIFY(outline->course.findLesson(112) != nullptr); // the draft
        const Result<Lesson> quiz = c.session.lesson(1, 104);
        QVERIFY(quiz.ok() && !quiz->body->questions.isEmpty());
        QVERIFY(quiz->body->questions.constFirst().answers.constFirst().correct.has_value());
    }
};

QTEST_GUILESS_MAIN(tst_SyncEndToEnd)
#include "tst_SyncEndToEnd.moc"
