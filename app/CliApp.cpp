#include "CliApp.h"

#include "CliFormat.h"

#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::CliApp", text);
}

const char *commandsHelp = R"(Commands:
  sample                         create (or open) the local account with the bundled sample course
  courses                        list the courses with their progress
  outline COURSE                 sections and lessons, with lock states
  complete COURSE LESSON         mark a lesson completed
  incomplete COURSE LESSON       mark a lesson not completed
  quiz COURSE LESSON --answer QID=AID[,AID] …
                                 submit a quiz attempt, one --answer per question
  progress COURSE                completed and total lessons, percent
  pending [--dismiss ID]         actions not yet accepted by the server; drop a rejected one
Exit codes: 0 ok, 1 usage, 2 refused (locked, unknown id, invalid answers).)";

} // namespace

CliApp::CliApp(const Clock &clock, FILE *out, FILE *err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{
}

CliApp::~CliApp() = default;

int CliApp::usage(const QString &problem)
{
    m_err << "coursedesk-cli: " << problem << "\n" << tr("Try 'coursedesk-cli --help'.") << "\n";
    return Usage;
}

int CliApp::refused(const Error &error)
{
    m_err << "coursedesk-cli: " << error.message << "\n";
    return Refused;
}

void CliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CourseDesk on the command line: your courses, offline.") + u"\n\n"_s
                                     + QString::fromUtf8(commandsHelp));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep accounts and caches in <dir>."), u"dir"_s);
    const QCommandLineOption account(u"account"_s, tr("The account to use (may be left out when there is one)."),
                                     u"name"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON document on stdout."));
    const QCommandLineOption answer(u"answer"_s, tr("quiz: the answer ids for one question."), u"qid=aid[,aid]"_s);
    const QCommandLineOption dismiss(u"dismiss"_s, tr("pending: drop the rejected action <id>."), u"id"_s);
    parser.addOptions({help, version, dataDir, account, json, answer, dismiss});
    parser.addPositionalArgument(u"command"_s, tr("What to do (see Commands)."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        m_out << "coursedesk-cli " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    m_json = parser.isSet(json);
    m_dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : Accounts::defaultDataDir();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("no command given."));
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);

    static const QHash<QString, int> idCounts{{u"sample"_s, 0},   {u"courses"_s, 0},  {u"outline"_s, 1},
                                              {u"complete"_s, 2}, {u"incomplete"_s, 2}, {u"quiz"_s, 2},
                                              {u"progress"_s, 1}, {u"pending"_s, 0}};
    const auto expected = idCounts.constFind(command);
    if (expected == idCounts.cend())
        return usage(tr("unknown command '%1'.").arg(command));
    QList<qint64> ids;
    if (rest.size() != *expected)
        return usage(tr("'%1' expects %2 id arguments.").arg(command).arg(*expected));
    if (!parseIds(rest, *expected, ids))
        return usage(tr("ids are positive whole numbers."));
    if (command == u"quiz"_s && !parser.isSet(answer))
        return usage(tr("quiz needs one --answer QID=AID[,AID] per question."));

    if (command == u"sample"_s)
        return cmdSample();
    if (Status opened = openSession(parser.value(account)); !opened)
        return refused(opened.error());
    if (command == u"courses"_s)
        return cmdCourses();
    if (command == u"outline"_s)
        return cmdOutline(ids.at(0));
    if (command == u"complete"_s || command == u"incomplete"_s)
        return cmdSetCompleted(ids.at(0), ids.at(1), command == u"complete"_s);
    if (command == u"quiz"_s)
        return cmdQuiz(ids.at(0), ids.at(1), parser.values(answer));
    if (command == u"progress"_s)
        return cmdProgress(ids.at(0));
    return cmdPending(parser.value(dismiss));
}

bool CliApp::parseIds(const QStringList &args, int count, QList<qint64> &ids)
{
    for (int i = 0; i < count; ++i) {
        bool ok = false;
        const qint64 id = args.at(i).toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids.append(id);
    }
    return true;
}

Status CliApp::openSession(const QString &accountName)
{
    Accounts accounts(m_dataDir);
    Result<Account> found = accounts.resolve(accountName);
    if (!found)
        return found.error();
    Result<std::unique_ptr<CacheDatabase>> db = CacheDatabase::open(accounts.databasePath(found->name));
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_session = std::make_unique<CourseSession>(*m_db, m_clock,
                                                found->local ? CourseSession::Kind::Local : CourseSession::Kind::Server);
    return success();
}

int CliApp::cmdSample()
{
    Accounts accounts(m_dataDir);
    Result<Account> sample = accounts.ensureSample(m_clock);
    if (!sample)
        return refused(sample.error());
    if (m_json)
        printJson(QJsonObject{{u"account"_s, sample->name}, {u"data_dir"_s, m_dataDir}});
    else
        m_out << tr("The sample course is ready in the account '%1'. Try: coursedesk-cli outline 1").arg(sample->name)
              << "\n";
    return Ok;
}

int CliApp::cmdCourses()
{
    Result<QList<CourseSummary>> courses = m_session->courses();
    if (!courses)
        return refused(courses.error());
    if (m_json) {
        printJson(CliFormat::coursesJson(*courses));
        return Ok;
    }
    m_out << CliFormat::coursesText(*courses);
    return Ok;
}

int CliApp::cmdOutline(qint64 courseId)
{
    Result<CourseOutline> outline = m_session->outline(courseId);
    if (!outline)
        return refused(outline.error());
    if (m_json)
        printJson(CliFormat::outlineJson(*outline));
    else
        m_out << CliFormat::outlineText(*outline);
    return Ok;
}

int CliApp::cmdSetCompleted(qint64 courseId, qint64 lessonId, bool completed)
{
    if (Status done = m_session->setCompleted(courseId, lessonId, completed); !done)
        return refused(done.error());
    Result<ProgressFigures> progress = m_session->progress(courseId);
    if (!progress)
        return refused(progress.error());
    if (m_json) {
        printJson(QJsonObject{{u"course"_s, courseId},
                              {u"lesson"_s, lessonId},
                              {u"completion"_s, completed ? u"completed"_s : u"uncompleted"_s},
                              {u"progress"_s, CliFormat::progressJson(*progress)}});
    } else {
        m_out << (completed ? tr("Lesson %1 completed.") : tr("Lesson %1 marked not completed.")).arg(lessonId) << " "
              << CliFormat::progressText(*progress) << "\n";
    }
    return Ok;
}

int CliApp::cmdQuiz(qint64 courseId, qint64 lessonId, const QStringList &answers)
{
    Result<QList<QuestionResponse>> responses = CliFormat::parseAnswers(answers);
    if (!responses)
        return usage(responses.error().message);
    Result<QuizSubmission> submitted = m_session->submitQuiz(courseId, lessonId, *responses);
    if (!submitted)
        return refused(submitted.error());
    if (m_json)
        printJson(CliFormat::submissionJson(*submitted));
    else
        m_out << CliFormat::submissionText(*submitted);
    return Ok;
}

int CliApp::cmdProgress(qint64 courseId)
{
    Result<ProgressFigures> progress = m_session->progress(courseId);
    if (!progress)
        return refused(progress.error());
    if (m_json)
        printJson(CliFormat::progressJson(*progress));
    else
        m_out << CliFormat::progressText(*progress) << "\n";
    return Ok;
}

int CliApp::cmdPending(const QString &dismissId)
{
    if (!dismissId.isEmpty()) {
        bool ok = false;
        const qint64 id = dismissId.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("--dismiss takes the id of a rejected action."));
        if (Status dismissed = m_session->dismiss(id); !dismissed)
            return refused(dismissed.error());
    }
    Result<QList<OutboxEntry>> pending = m_session->pendingActions();
    if (!pending)
        return refused(pending.error());
    if (m_json)
        printJson(CliFormat::pendingJson(*pending));
    else
        m_out << CliFormat::pendingText(*pending);
    return Ok;
}

} // namespace coursedesk
