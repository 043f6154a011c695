#pragma once

#include "domain/Clock.h"
#include "domain/Course.h"
#include "domain/Result.h"
#include "session/Accounts.h"

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>
#include <optional>

namespace coursedesk {

class AccountRuntime;
class ApiClient;
class CourseSession;
class CredentialStore;
class HttpTransport;
struct Account;
struct Credentials;

// coursedesk-cli [--data-dir DIR] [--account NAME] [--json] COMMAND …
// Exit codes: 0 ok; 1 usage; 2 refused (locked, unknown id, invalid answers — the reason on stderr);
// 3 network or sign-in failure (nothing lost: actions stay queued); 4 the server rejected some actions;
// 5 the local cache could not be read or written (nothing lost: actions stay queued).
class CliApp final
{
public:
    enum ExitCode
    {
        Ok = 0,
        Usage = 1,
        Refused = 2,
        NetworkFailure = 3,
        SomeRejected = 4,
        LocalFailure = 5, // the local cache could not be read or written (busy, read-only, damaged)
    };

    CliApp(const Clock &clock, CredentialStore &credentials, FILE *in, FILE *out, FILE *err);
    ~CliApp();

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int refused(const Error &error); // exit 2, or 5 for a failure of the local cache
    static bool isLocalFailure(const Error &error);
    Status openSession(const QString &accountName);
    Result<Account> openAccount(const QString &accountName);
    bool parseIds(const QStringList &args, int count, QList<qint64> &ids);

    int cmdSample();
    int cmdCourses();
    int cmdOutline(qint64 courseId);
    int cmdSetCompleted(qint64 courseId, qint64 lessonId, bool completed);
    int cmdQuiz(qint64 courseId, qint64 lessonId, const QList<QuestionResponse> &responses);
    int cmdProgress(qint64 courseId);
    int cmdPending(qint64 dismissId); // 0: none

    // Remote commands (CliRemote.cpp).
    struct SignIn
    {
        bool tokenStdin = false;
        QString username;
        bool passwordStdin = false;
        bool browser = false;
        int browserTimeoutSecs = 300;
        OAuthApp app{}; // account add: how CourseDesk is registered with the community
    };
    int cmdAccountAdd(const QString &name, const QString &server, const SignIn &signIn);
    int cmdAccountList();
    int cmdAccountRemove(const QString &name, bool discard);
    int cmdAccountSignOut(const QString &name, bool discard);
    int cmdSync(const QString &accountName, qint64 courseId, const SignIn &signIn);
    int cmdDashboard(const QString &accountName, qint64 courseId, bool quiz, const QString &csvFile,
                     const SignIn &signIn);
    // Lesson comments (CliComments.cpp).
    int cmdComments(const QString &accountName, qint64 courseId, qint64 lessonId, const SignIn &signIn);
    int cmdComment(const QString &accountName, qint64 courseId, qint64 lessonId, const QString &text, qint64 replyTo);
    Result<Credentials> obtainCredentials(ApiClient &api, const SignIn &signIn, const QString &accountName);
    int networkFailure(const QString &message);
    QString readSecretLine();

    // Search, notes and bookmarks (CliFind.cpp).
    struct FindOptions
    {
        QString account;
        std::optional<qint64> course; // search --course
        bool clear = false;           // note --clear
        bool remove = false;          // bookmark --remove
        bool markdown = false;        // notes --markdown
    };
    static bool isFindCommand(const QString &command);
    int cmdFind(const QString &command, const QStringList &args, const FindOptions &options);
    int cmdSearch(const QString &query, std::optional<qint64> courseId);
    int cmdNote(qint64 courseId, qint64 lessonId, const std::optional<QString> &text);
    int cmdBookmark(qint64 courseId, qint64 lessonId, bool bookmarked);
    int cmdNotes(bool markdown);
    // What a sync brought, after the newest badge `mark` ("3 new lessons in Chemistry"), one line per course.
    QJsonArray newsSince(qint64 mark, bool print);
    // Offline files (CliMedia.cpp): download, storage, lesson.
    static QString mediaCommandsHelp();
    int cmdMedia(const QString &command, const QStringList &rest, const QString &accountName, const SignIn &signIn);
    int cmdDownload(const QString &accountName, qint64 courseId, const SignIn &signIn);
    int cmdStorage(const QString &accountName);
    int cmdLesson(qint64 courseId, qint64 lessonId);

    void printJson(const QJsonValue &value);

    const Clock &m_clock;
    CredentialStore &m_credentials;
    FILE *m_in;
    bool m_offline = false;
    QTextStream m_out;
    QTextStream m_err;
    QString m_dataDir;
    bool m_json = false;
    std::unique_ptr<QNetworkAccessManager> m_network; // for the open account's runtime
    std::unique_ptr<AccountRuntime> m_runtime;        // the open account, wired like the window's
    CourseSession *m_session = nullptr;               // its session
};

} // namespace coursedesk
