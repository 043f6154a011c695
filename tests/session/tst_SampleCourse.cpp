#include "session/SampleCourse.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime joinedAt(QDate(2026, 3, 2), QTime(8, 15), Qt::UTC);

QList<const Lesson *> allLessons(const Course &course)
{
    QList<const Lesson *> lessons;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons)
            lessons << &lesson;
    }
    return lessons;
}

QList<const Lesson *> quizzes(const Course &course)
{
    QList<const Lesson *> list = allLessons(course);
    list.removeIf([](const Lesson *lesson) { return !lesson->isQuiz(); });
    return list;
}

bool hasQuestionOfType(const Lesson &lesson, QuestionType type)
{
    return std::any_of(lesson.body->questions.cbegin(), lesson.body->questions.cend(),
                       [&](const Question &question) { return question.type == type; });
}

// Copies the bundled sample (":/sample") to a writable directory, so that a test can break one file.
bool copySample(const QString &target)
{
    QDirIterator files(SampleCourse::defaultLocation(), QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (files.hasNext()) {
        const QString source = files.next();
        const QString relative = source.mid(SampleCourse::defaultLocation().size());
        QFile in(source);
        QFile out(target + relative);
        if (!QDir().mkpath(QFileInfo(out).absolutePath()) || !in.open(QIODevice::ReadOnly) ||
            !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0)
            return false;
        ++copied;
    }
    return copied > 1;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The ways a sample directory can be broken: what to do to it, and what load() must say.
enum class Breakage
{
    RemoveFile,     // the file at `file` is deleted
    WriteText,      // `file` gets `content` as its text
    DropCourseField // course.json loses the field named in `content`
};

} // namespace

Q_DECLARE_METATYPE(Breakage)

class tst_SampleCourse : public QObject
{
    Q_OBJECT

    Course m_sample;

private slots:
    void initTestCase()
    {
        const Result<Course> sample = SampleCourse::load(joinedAt);
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        m_sample = *sample;
    }

    // ---- The bundled sample, as the first-run experience relies on it --------------------------
    void sampleHasWhatTheTourNeeds_data()
    {
        QTest::addColumn<bool>("holds");
        const Course &c = m_sample;
        const QList<const Lesson *> lessons = allLessons(c);
        const QList<const Lesson *> quizList = quizzes(c);
        const auto anyQuiz = [&](QuestionType type) {
            return std::any_of(quizList.cbegin(), quizList.cend(),
                               [&](const Lesson *q) { return hasQuestionOfType(*q, type); });
        };
        QTest::addRow("at least 3 sections") << (c.sections.size() >= 3);
        QTest::addRow("at least 10 lessons") << (c.lessonCount() >= 10);
        QTest::addRow("exactly 2 quizzes") << (quizList.size() == 2);
        QTest::addRow("a quiz with a single_choice question") << anyQuiz(QuestionType::SingleChoice);
        QTest::addRow("a quiz with a multi_choice question") << anyQuiz(QuestionType::MultiChoice);
        QTest::addRow("structured") << (c.type == CourseType::Structured);
        QTest::addRow("enforce_lessons_order on") << c.enforceLessonsOrder;
        QTest::addRow("the learner has joined") << (c.joinStatus == JoinStatus::Joined);
        QTest::addRow("one section with drip_delay 7")
            << (std::count_if(c.sections.cbegin(), c.sections.cend(),
                              [](const Section &s) { return s.dripDelayDays == 7; }) == 1);
        QTest::addRow("the drip section is not the first")
            << (!c.sections.isEmpty() && c.sections.first().dripDelayDays == 0);
        QTest::addRow("a draft") << std::any_of(lessons.cbegin(), lessons.cend(),
                                                [](const Lesson *l) { return !l->isPublished(); });
        QTest::addRow("every lesson has its body")
            << std::all_of(lessons.cbegin(), lessons.cend(), [](const Lesson *l) { return l->hasBody; });
        QTest::addRow("every lesson has html") << std::all_of(
            lessons.cbegin(), lessons.cend(), [](const Lesson *l) { return !l->body->html.trimmed().isEmpty(); });
        QTest::addRow("every quiz has questions")
            << std::all_of(quizList.cbegin(), quizList.cend(), [](const Lesson *q) { return !q->body->questions.isEmpty(); });
        QTest::addRow("no quiz has been attempted") << std::none_of(
            quizList.cbegin(), quizList.cend(), [](const Lesson *q) { return q->body->lastAttempt.has_value(); });
        QTest::addRow("nothing completed yet") << std::all_of(
            lessons.cbegin(), lessons.cend(), [](const Lesson *l) { return l->completion == Completion::Uncompleted; });
        QTest::addRow("lessons know their section")
            << std::all_of(c.sections.cbegin(), c.sections.cend(), [](const Section &s) {
                   return std::all_of(s.lessons.cbegin(), s.lessons.cend(),
                                      [&](const Lesson &l) { return l.sectionId == s.id; });
               });
        QTest::addRow("server progress counts published lessons only")
            << (c.serverProgress &&
                c.serverProgress->totalLessons ==
                    std::count_if(lessons.cbegin(), lessons.cend(), [](const Lesson *l) { return l->isPublished(); }));
    }
    void sampleHasWhatTheTourNeeds()
    {
        QFETCH(bool, holds);
        QVERIFY(holds);
    }

    void joinedAtIsTheArgument_data()
    {
        QTest::addColumn<QDateTime>("argument");
        QTest::addRow("UTC") << joinedAt;
        QTest::addRow("with an offset, stored in UTC")
            << QDateTime(QDate(2026, 3, 2), QTime(10, 15), Qt::OffsetFromUTC, 7200);
        QTest::addRow("long before the file's joined_at") << QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    }
    void joinedAtIsTheArgument()
    {
        QFETCH(QDateTime, argument);
        const Result<Course> course = SampleCourse::load(argument);
        QVERIFY(course.ok());
        QCOMPARE(course->joinedAt, argument);
        QCOMPARE(course->joinedAt.timeSpec(), Qt::UTC);
    }

    // Every quiz of the sample can be graded locally: each answer says whether it is correct, a
    // single_choice question has exactly one correct answer, a multi_choice question at least one.
    void quizzesHaveKnownCorrectAnswers_data()
    {
        QTest::addColumn<qint64>("lessonId");
        QTest::addColumn<qint64>("questionId");
        for (const Lesson *quiz : quizzes(m_sample)) {
            for (const Question &question : quiz->body->questions)
                QTest::addRow("lesson %lld question %lld", quiz->id, question.id) << quiz->id << question.id;
        }
    }
    void quizzesHaveKnownCorrectAnswers()
    {
        QFETCH(qint64, lessonId);
        QFETCH(qint64, questionId);
        const Lesson *quiz = m_sample.findLesson(lessonId);
        QVERIFY(quiz);
        const auto question = std::find_if(quiz->body->questions.cbegin(), quiz->body->questions.cend(),
                                           [&](const Question &q) { return q.id == questionId; });
        QVERIFY(question != quiz->body->questions.cend());
        QVERIFY(!question->text.isEmpty());
        QVERIFY(question->answers.size() >= 2);
        int correct = 0;
        for (const Answer &answer : question->answers) {
            QVERIFY2(answer.correct.has_value(),
                     qPrintable(u"answer %1 does not say whether it is correct"_s.arg(answer.id)));
            correct += *answer.correct ? 1 : 0;
        }
        if (question->type == QuestionType::SingleChoice)
            QCOMPARE(correct, 1);
        else
            QVERIFY(correct >= 1);
    }

    // ---- A sample directory that is broken -----------------------------------------------------
    void brokenSampleIsReported_data()
    {
        QTest::addColumn<Breakage>("breakage");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions");
        QTest::addRow("course.json missing") << Breakage::RemoveFile << u"course.json"_s << QByteArray()
                                             << u"sample_missing"_s << QStringList{u"course.json"_s};
        QTest::addRow("a lesson file missing") << Breakage::RemoveFile << u"lessons/105.json"_s << QByteArray()
                                               << u"sample_missing"_s << QStringList{u"105.json"_s};
        QTest::addRow("the draft's lesson file missing")
            << Breakage::RemoveFile << u"lessons/112.json"_s << QByteArray() << u"sample_missing"_s
            << QStringList{u"112.json"_s};
        QTest::addRow("course.json truncated")
            << Breakage::WriteText << u"course.json"_s << QByteArray(R"({"id": 1, "name": )") << u"sample_broken"_s
            << QStringList{u"course.json"_s};
        QTest::addRow("course.json empty") << Breakage::WriteText << u"course.json"_s << QByteArray()
                                           << u"sample_broken"_s << QStringList{u"course.json"_s};
        QTest::addRow("a lesson file not JSON")
            << Breakage::WriteText << u"lessons/104.json"_s << QByteArray("<html>quiz</html>") << u"sample_broken"_s
            << QStringList{u"104.json"_s};
        QTest::addRow("a lesson file an array, not an object")
            << Breakage::WriteText << u"lessons/104.json"_s << QByteArray("[1, 2]") << u"sample_broken"_s
            << QStringList{u"104.json"_s, u"not a JSON object: it holds an array"_s};
        QTest::addRow("a lesson body of another lesson")
            << Breakage::WriteText << u"lessons/103.json"_s
            << QByteArray(R"({"id": 3, "name": "x", "type": "lesson", "status": "published"})") << u"bad_server_data"_s
            << QStringList{u"'id'"_s, u"103"_s};
        QTest::addRow("course.json without sections")
            << Breakage::DropCourseField << u"course.json"_s << QByteArray("sections") << u"bad_server_data"_s
            << QStringList{u"course 1"_s, u"'sections'"_s};
        QTest::addRow("course.json without type") << Breakage::DropCourseField << u"course.json"_s << QByteArray("type")
                                                  << u"bad_server_data"_s << QStringList{u"course 1"_s, u"'type'"_s};
        QTest::addRow("course.json without id") << Breakage::DropCourseField << u"course.json"_s << QByteArray("id")
                                                << u"bad_server_data"_s << QStringList{u"course"_s, u"'id'"_s};
    }
    void brokenSampleIsReported()
    {
        QFETCH(Breakage, breakage);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copySample(dir.path()));
        QVERIFY2(SampleCourse::load(joinedAt, dir.path()).ok(), "the copied sample should load before it is broken");
        const QString path = dir.filePath(file);
        switch (breakage) {
        case Breakage::RemoveFile:
            QVERIFY(QFile::remove(path));
            break;
        case Breakage::WriteText:
            QVERIFY(writeFile(path, content));
            break;
        case Breakage::DropCourseField: {
            QJsonObject course = readObject(path);
            QVERIFY(course.contains(QString::fromLatin1(content)));
            course.remove(QString::fromLatin1(content));
            QVERIFY(writeFile(path, QJsonDocument(course).toJson()));
            break;
        }
        }
        const Result<Course> course = SampleCourse::load(joinedAt, dir.path());
        QVERIFY(!course.ok());
        QCOMPARE(course.error().code, code);
        for (const QString &mention : mentions)
            QVERIFY2(course.error().message.contains(mention),
                     qPrintable(u"'%1' is not named in: %2"_s.arg(mention, course.error().message)));
    }

    void missingDirectoryIsSampleMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result<Course> course = SampleCourse::load(joinedAt, dir.filePath(u"nowhere"_s));
        QVERIFY(!course.ok());
        QCOMPARE(course.error().code, u"sample_missing"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SampleCourse)
#include "tst_SampleCourse.moc"
