// The child process of tst_CrashSafety: acts on a cache through CourseSession (a server account) as fast
// as it can, and says on stdout, flushed, what it is about to do and what has been acknowledged:
//   DO <n> <lesson> completed|uncompleted|attempt     before the action
//   ACK <n> <lesson> completed|uncompleted            after setCompleted succeeded
//   ACK <n> <lesson> attempt <idempotency key>        after submitQuiz succeeded
// The test kills it with SIGKILL at random moments and checks that every acknowledged action survived.
//
// usage: crashchild DATABASE COURSE SEED
#include "domain/Clock.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace coursedesk;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "crashchild: %s\n", qUtf8Printable(what));
    return 3;
}

// A valid attempt: one option for a single-choice question, one or more for a multi-choice one.
QList<QuestionResponse> randomResponses(const Lesson &quiz, QRandomGenerator &rng)
{
    QList<QuestionResponse> responses;
    for (const Question &question : quiz.body->questions) {
        QuestionResponse response{question.id, {}};
        for (const Answer &answer : question.answers) {
            if (question.type == QuestionType::MultiChoice && rng.bounded(2) == 1)
                response.selectedOptions.append(answer.id);
        }
        if (response.selectedOptions.isEmpty())
            response.selectedOptions.append(question.answers.at(int(rng.bounded(int(question.answers.size())))).id);
        responses.append(response);
    }
    return responses;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: crashchild DATABASE COURSE SEED"));
    const qint64 courseId = args.at(2).toLongLong();
    QRandomGenerator rng(args.at(3).toUInt());

    Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(args.at(1));
    if (!db)
        return fail(db.error().message);
    SystemClock clock;
    LearnerState state(**db, clock, LearnerState::Kind::Server);
    CourseSession session(state);
    Result<CourseOutline> outline = session.outline(courseId);
    if (!outline)
        return fail(outline.error().message);
    QList<qint64> lessons;
    QList<Lesson> quizzes;
    for (const Section &section : outline->course.sections) {
        for (const Lesson &lesson : section.lessons) {
            if (!lesson.isQuiz()) {
                lessons.append(lesson.id);
                continue;
            }
            Result<Lesson> quiz = session.lesson(courseId, lesson.id);
            if (!quiz)
                return fail(quiz.error().message);
            quizzes.append(*quiz);
        }
    }
    if (lessons.isEmpty() || quizzes.isEmpty())
        return fail(QStringLiteral("the course needs lessons and quizzes"));

    for (qint64 n = 1;; ++n) {
        if (rng.bounded(5) == 0) {
            const Lesson &quiz = quizzes.at(int(rng.bounded(int(quizzes.size()))));
            std::printf("DO %lld %lld attempt\n", n, quiz.id);
            std::fflush(stdout);
            Result<QuizSubmission> submitted = session.submitQuiz(courseId, quiz.id, randomResponses(quiz, rng));
            if (!submitted)
                return fail(submitted.error().message);
            std::printf("ACK %lld %lld attempt %s\n", n, quiz.id, qPrintable(submitted->attempt.idempotencyKey));
        } else {
            const qint64 lesson = lessons.at(int(rng.bounded(int(lessons.size()))));
            Result<LessonState> state = CourseStore(**db).lessonState(lesson);
            if (!state)
                return fail(state.error().message);
            const bool completed = state->local != Completion::Completed; // toggle: every action changes something
            const char *word = completed ? "completed" : "uncompleted";
            std::printf("DO %lld %lld %s\n", n, lesson, word);
            std::fflush(stdout);
            if (Status done = session.setCompleted(courseId, lesson, completed); !done)
                return fail(done.error().message);
            std::printf("ACK %lld %lld %s\n", n, lesson, word);
        }
        std::fflush(stdout);
    }
}
