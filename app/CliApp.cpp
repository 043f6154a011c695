#include "CliApp.h"

#include "CliFormat.h"
#include "Language.h"

#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"

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

const char *commandsHelp = QT_TRANSLATE_NOOP("coursedesk::CliApp", R"(Commands:
  sample                         create (or open) the local account with the bundled sample course
  courses                        list the courses with their progress
  outline COURSE                 sections and lessons, with lock states
  complete COURSE LESSON         mark a lesson completed
  incomplete COURSE LESSON       mark a lesson not completed
  quiz COURSE LESSON --answer QID=AID[,AID] …
                                 submit a quiz attempt, one --answer per question
  progress COURSE                completed and total lessons, percent
  pending [--dismiss ID]         actions not yet accepted by the server; drop a rejected one
  account add NAME --server URL (--browser | --token-stdin | --username USER --password-stdin)
                [--client-id ID] [--redirect-port PORT]
                                 sign in to a server; the tokens go to the system keychain. --browser prints
                                 an address to open in a browser on stderr and waits for its answer
                                 (--browser-timeout SECS, default 300). --client-id and --redirect-port: as
                                 your community's administrator registered CourseDesk (kept with the account)
  account list                   the accounts
  account signout NAME [--discard]  forget the account's tokens; queued actions are kept for the next
                                 sign-in (the count is printed) unless --discard
  account remove NAME [--discard]  sign out and forget the account (refused while actions are queued,
                                 unless --discard)
  sync [--course ID]             send queued actions, then download courses for offline use
  dashboard COURSE [--quiz] [--csv FILE]
                                 learners' progress (or quiz results) for creators and managers
  comments COURSE LESSON         a lesson's comments, threaded, read from the server (offline: those
                                 kept on this computer), with your comments that wait or were refused
  comment COURSE LESSON TEXT [--reply-to ID]
                                 write a comment (or a reply to comment ID); queued, sent by 'sync'
Global: --offline never touches the network.
Exit codes: 0 ok, 1 usage, 2 refused (locked, unknown id, invalid answers), 3 network or sign-in
failure (actions stay queued), 4 the server rejected some actions, 5 the local cache could not be
read or written (actions stay queued).)");

// The find branch's commands (CliFind.cpp): a block of its own, so that the block above keeps its translations.
const char *findHelp = QT_TRANSLATE_NOOP("coursedesk::CliApp", R"(Search, notes and bookmarks (offline):
  search QUERY [--course ID]     find lessons, quiz texts, attachments and notes (every word is a prefix,
                                 accents do not matter)
  note COURSE LESSON [TEXT | --clear]
                                 show, write or clear your note on a lesson
  bookmark COURSE LESSON [--remove]  star a lesson (or remove the star)
  notes [--markdown]             every note and bookmark; --markdown: as one Markdown document)");

} // namespace

CliApp::CliApp(const Clock &clock, CredentialStore &credentials, FILE *in, FILE *out, FILE *err)
    : m_clock(clock)
    , m_credentials(credentials)
    , m_in(in)
    , m_out(out)
    , m_err(err)
{}

CliApp::~CliApp() = default;

int CliApp::usage(const QString &problem)
{
    m_err << "coursedesk-cli: " << problem << "\n" << tr("Try 'coursedesk-cli --help'.") << "\n";
    return Usage;
}

int CliApp::refused(const Error &error)
{
    m_err << "coursedesk-cli: " << error.message << "\n";
    return isLocalFailure(error) ? LocalFailure : Refused;
}

bool CliApp::isLocalFailure(const Error &error)
{
    return error.code == u"database"_s || error.code == u"database_too_new"_s || error.code == u"damaged_cache"_s;
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
    parser.setApplicationDescription(tr("CourseDesk on the command line: your courses, offline.") + u"\n\n"_s +
                                     tr(commandsHelp) + u"\n\n"_s + tr(findHelp) + u"\n"_s + mediaCommandsHelp());
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep accounts and caches in <dir>."), u"dir"_s);
    const QCommandLineOption account(u"account"_s, tr("The account to use (may be left out when there is one)."),
                                     u"name"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON document on stdout."));
    const QCommandLineOption answer(u"answer"_s, tr("quiz: the answer ids for one question."), u"qid=aid[,aid]"_s);
    const QCommandLineOption dismiss(u"dismiss"_s, tr("pending: drop the rejected action <id>."), u"id"_s);
    const QCommandLineOption offline(u"offline"_s, tr("Never touch the network."));
    const QCommandLineOption server(u"server"_s, tr("account add: the server's address."), u"url"_s);
    const QCommandLineOption tokenStdin(u"token-stdin"_s, tr("Read an access token from standard input."));
    const QCommandLineOption username(u"username"_s, tr("Sign in as <user>."), u"user"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s, tr("Read the password from standard input."));
    const QCommandLineOption browser(u"browser"_s, tr("account add: sign in in a web browser."));
    const QCommandLineOption browserTimeout(
        u"browser-timeout"_s, tr("account add --browser: wait at most <secs> for the browser."), u"secs"_s, u"300"_s);
    const QCommandLineOption clientId(
        u"client-id"_s, tr("account add: the client ID your community registered for CourseDesk."), u"id"_s);
    const QCommandLineOption redirectPort(
        u"redirect-port"_s, tr("account add --browser: the fixed port of the registered redirect URI."), u"port"_s);
    const QCommandLineOption discard(u"discard"_s, tr("account signout/remove: discard queued actions."));
    const QCommandLineOption course(u"course"_s, tr("sync: only this course."), u"id"_s);
    const QCommandLineOption quiz(u"quiz"_s, tr("dashboard: quiz results instead of learners."));
    const QCommandLineOption csv(u"csv"_s, tr("dashboard: write CSV to <file>."), u"file"_s);
    const QCommandLineOption replyTo(u"reply-to"_s, tr("comment: answer the comment <id>."), u"id"_s);
    const QCommandLineOption clearNote(u"clear"_s, tr("note: remove the note."));
    const QCommandLineOption removeBookmark(u"remove"_s, tr("bookmark: remove the star."));
    const QCommandLineOption markdown(u"markdown"_s, tr("notes: print one Markdown document."));
    // Chosen by main() before this parser runs (see Language); accepted here so that it is not an error.
    const QCommandLineOption language = Language::option();
    parser.addOptions({help,     version,      dataDir,        account,  json,          answer,  dismiss,
                       offline,  server,       tokenStdin,     username, passwordStdin, browser, browserTimeout,
                       clientId, redirectPort, discard,        course,   quiz,          csv,     replyTo,
                       language, clearNote,    removeBookmark, markdown});
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

    m_offline = parser.isSet(offline);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("no command given."));
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    bool timeoutOk = false;
    const int browserTimeoutSecs = parser.value(browserTimeout).toInt(&timeoutOk);
    if (!timeoutOk || browserTimeoutSecs < 1 || browserTimeoutSecs > 3600)
        return usage(tr("--browser-timeout takes seconds, from 1 to 3600."));
    OAuthApp app{parser.value(clientId), 0};
    if (parser.isSet(redirectPort)) {
        bool portOk = false;
        const uint port = parser.value(redirectPort).toUInt(&portOk);
        if (!portOk || port < OAuthApp::lowestPort || port > 65535)
            return usage(tr("--redirect-port takes a port from %1 to 65535.").arg(OAuthApp::lowestPort));
        app.redirectPort = quint16(port);
    }
    if (Status usable = app.check(); !usable)
        return usage(usable.error().message);
    const SignIn signIn{parser.isSet(tokenStdin), parser.value(username), parser.isSet(passwordStdin),
                        parser.isSet(browser),    browserTimeoutSecs,     app};

    if (command == u"account"_s) {
        const QString sub = rest.value(0);
        if (sub == u"list"_s && rest.size() == 1)
            return cmdAccountList();
        if (sub == u"remove"_s && rest.size() == 2)
            return cmdAccountRemove(rest.at(1), parser.isSet(discard));
        if (sub == u"signout"_s && rest.size() == 2)
            return cmdAccountSignOut(rest.at(1), parser.isSet(discard));
        if (sub == u"add"_s && rest.size() == 2) {
            if (!parser.isSet(server))
                return usage(tr("account add needs --server URL."));
            const int methods =
                int(signIn.browser) + int(signIn.tokenStdin) + int(signIn.passwordStdin || !signIn.username.isEmpty());
            if (methods != 1 || (!signIn.username.isEmpty() != signIn.passwordStdin)) {
                return usage(tr("account add needs one of --browser, --token-stdin, or --username USER with "
                                "--password-stdin."));
            }
            return cmdAccountAdd(rest.at(1), parser.value(server), signIn);
        }
        return usage(tr("use 'account add NAME …', 'account list', 'account signout NAME' or 'account remove NAME'."));
    }
    if (command == u"sync"_s) {
        qint64 courseId = 0;
        if (parser.isSet(course)) {
            QList<qint64> ids;
            if (!parseIds({parser.value(course)}, 1, ids))
                return usage(tr("ids are positive whole numbers."));
            courseId = ids.constFirst();
        }
        if (!rest.isEmpty())
            return usage(tr("sync takes no arguments; use --course ID."));
        return cmdSync(parser.value(account), courseId, signIn);
    }
    if (isFindCommand(command)) {
        FindOptions options{parser.value(account), std::nullopt, parser.isSet(clearNote), parser.isSet(removeBookmark),
                            parser.isSet(markdown)};
        if (parser.isSet(course)) {
            QList<qint64> ids;
            if (!parseIds({parser.value(course)}, 1, ids))
                return usage(tr("ids are positive whole numbers."));
            options.course = ids.constFirst();
        }
        return cmdFind(command, rest, options);
    }
    if (command == u"dashboard"_s) {
        QList<qint64> ids;
        if (rest.size() != 1 || !parseIds(rest, 1, ids))
            return usage(tr("dashboard takes one course id."));
        return cmdDashboard(parser.value(account), ids.constFirst(), parser.isSet(quiz), parser.value(csv), signIn);
    }

    if (command == u"comments"_s || command == u"comment"_s) {
        const bool write = command == u"comment"_s;
        QList<qint64> ids;
        if (rest.size() != (write ? 3 : 2) || !parseIds(rest, 2, ids))
            return usage(write ? tr("comment takes a course id, a lesson id and the text.")
                               : tr("comments takes a course id and a lesson id."));
        qint64 answered = 0;
        if (parser.isSet(replyTo) && (!write || !parseIds({parser.value(replyTo)}, 1, ids)))
            return usage(tr("--reply-to takes the id of a comment (with 'comment')."));
        if (parser.isSet(replyTo))
            answered = ids.constLast();
        if (write)
            return cmdComment(parser.value(account), ids.at(0), ids.at(1), rest.at(2), answered);
        return cmdComments(parser.value(account), ids.at(0), ids.at(1), signIn);
    }
    if (command == u"download"_s || command == u"storage"_s || command == u"lesson"_s)
        return cmdMedia(command, rest, parser.value(account), signIn);

    static const QHash<QString, int> idCounts{{u"sample"_s, 0},   {u"courses"_s, 0},    {u"outline"_s, 1},
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
    // Every usage error is found before any account is opened: exit 1 does not depend on the data folder.
    Result<QList<QuestionResponse>> responses = CliFormat::parseAnswers(parser.values(answer));
    if (!responses)
        return usage(responses.error().message);
    qint64 dismissId = 0;
    if (parser.isSet(dismiss)) {
        bool ok = false;
        dismissId = parser.value(dismiss).toLongLong(&ok);
        if (!ok || dismissId <= 0)
            return usage(tr("--dismiss takes the id of a rejected action."));
    }

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
        return cmdQuiz(ids.at(0), ids.at(1), *responses);
    if (command == u"progress"_s)
        return cmdProgress(ids.at(0));
    return cmdPending(dismissId);
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

Result<Account> CliApp::openAccount(const QString &accountName)
{
    Accounts accounts(m_dataDir);
    Result<Account> found = accounts.resolve(accountName);
    if (!found)
        return found.error();
    if (Status opened = openSession(found->name); !opened)
        return opened.error();
    return found;
}

Status CliApp::openSession(const QString &accountName)
{
    Accounts accounts(m_dataDir);
    Result<Account> found = accounts.resolve(accountName);
    if (!found)
        return found.error();
    // The same wiring as the window's; the credentials are read only by the commands that go online.
    m_network = std::make_unique<QNetworkAccessManager>();
    AccountRuntime::Options options;
    options.watchConnectivity = false;
    Result<std::unique_ptr<AccountRuntime>> runtime =
        AccountRuntime::open(accounts, *found, m_clock, *m_network, m_credentials, Credentials{}, options);
    if (!runtime)
        return runtime.error();
    m_runtime = std::move(runtime).value();
    m_session = &m_runtime->session();
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

int CliApp::cmdQuiz(qint64 courseId, qint64 lessonId, const QList<QuestionResponse> &responses)
{
    Result<QuizSubmission> submitted = m_session->submitQuiz(courseId, lessonId, responses);
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

int CliApp::cmdPending(qint64 dismissId)
{
    if (dismissId != 0) {
        if (Status dismissed = m_session->dismiss(dismissId); !dismissed)
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
