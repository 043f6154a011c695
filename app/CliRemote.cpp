// coursedesk-cli: the commands that talk to a server (accounts, sync, dashboard).
#include "CliApp.h"

#include "auth/CredentialStore.h"
#include "remote/ApiClient.h"
#include "session/AccountRuntime.h"
#include "session/AccountSignIn.h"
#include "session/AccountSignOut.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "session/Dashboard.h"
#include "session/DashboardCsv.h"
#include "session/Notebook.h"
#include "storage/LearnerState.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("coursedesk::CliApp", text, disambiguation, count);
}

// Runs an asynchronous call to completion on a local event loop.
template <typename T, typename Start> T await(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

int CliApp::networkFailure(const QString &message)
{
    m_err << "coursedesk-cli: " << message << "\n";
    return NetworkFailure;
}

QString CliApp::readSecretLine()
{
    QTextStream in(m_in);
    return in.readLine().trimmed();
}

Result<Credentials> CliApp::obtainCredentials(ApiClient &api, const SignIn &signIn, const QString &accountName)
{
    if (signIn.tokenStdin) {
        const QString token = readSecretLine();
        if (token.isEmpty())
            return Error{u"usage"_s, tr("No access token on standard input.")};
        return Credentials{token.toUtf8(), {}};
    }
    if (!signIn.username.isEmpty()) {
        const QString password = readSecretLine();
        auto tokens =
            await<ApiResult<TokenSet>>([&](auto done) { api.passwordGrant(signIn.username, password, done); });
        if (!tokens)
            return tokens.error().toError();
        return Credentials{tokens->accessToken, tokens->refreshToken};
    }
    auto stored = await<Result<Credentials>>([&](auto done) { m_credentials.read(accountName, done); });
    if (!stored)
        return stored.error();
    if (stored->isEmpty()) {
        return Error{u"sign_in"_s, tr("No saved sign-in for '%1': sign in again with --token-stdin, or --username USER "
                                      "--password-stdin. Your queued actions are kept.")
                                       .arg(accountName)};
    }
    return *stored;
}

int CliApp::cmdAccountAdd(const QString &name, const QString &serverText, const SignIn &signIn)
{
    if (!Accounts::isValidName(name))
        return usage(tr("'%1' is not a valid account name.").arg(name));
    Result<QUrl> server = AccountSignIn::normaliseServer(serverText);
    if (!server)
        return refused(server.error());
    Accounts accounts(m_dataDir);
    QNetworkAccessManager network;
    AccountSignIn signer(accounts, m_credentials, m_clock, network);
    signer.setNewAccountApp(signIn.app);
    // Everything that needs no network is refused first (bad or taken name, insecure server).
    if (Result<QUrl> checked = signer.check(AccountSignIn::Target::NewAccount, name, *server); !checked)
        return checked.error().code == u"bad_account_name"_s ? usage(checked.error().message)
                                                             : refused(checked.error());
    if (m_offline)
        return networkFailure(tr("--offline: signing in needs the network."));

    QObject::connect(&signer, &AccountSignIn::browserAuthorizationUrl, &signer, [this](const QUrl &url) {
        m_err << tr("Open this address in your browser to sign in (waiting for its answer on this computer):") << "\n"
              << url.toString(QUrl::FullyEncoded) << "\n";
        m_err.flush();
    });
    std::optional<Result<SignInOutcome>> outcome;
    QEventLoop loop;
    QObject::connect(&signer, &AccountSignIn::succeeded, &loop, [&](const SignInOutcome &done) {
        outcome.emplace(done);
        loop.quit();
    });
    QObject::connect(&signer, &AccountSignIn::failed, &loop, [&](const Error &error) {
        outcome.emplace(error);
        loop.quit();
    });
    if (signIn.browser) {
        signer.signInWithBrowser(AccountSignIn::Target::NewAccount, name, *server, signIn.browserTimeoutSecs * 1000);
    } else if (signIn.tokenStdin) {
        const QString token = readSecretLine();
        if (token.isEmpty())
            return usage(tr("No access token on standard input."));
        signer.signInWithToken(AccountSignIn::Target::NewAccount, name, *server, token.toUtf8());
    } else {
        signer.signInWithPassword(AccountSignIn::Target::NewAccount, name, *server, signIn.username, readSecretLine());
    }
    if (!outcome)
        loop.exec();
    if (!*outcome) {
        const Error &error = outcome->error();
        if (error.code == u"usage"_s)
            return usage(error.message);
        if (error.code == u"account_exists"_s || error.code == u"accounts"_s)
            return refused(error);
        return networkFailure(error.message);
    }
    const SignInOutcome &done = outcome->value();
    if (!done.persistent)
        m_err << tr("Warning: %1").arg(done.storageWarning) << "\n";
    if (m_json) {
        printJson(QJsonObject{{u"account"_s, name},
                              {u"server"_s, done.account.server.toString()},
                              {u"user"_s, done.account.userName},
                              {u"saved"_s, done.persistent}});
    } else {
        m_out << tr("Account '%1' added: %2 on %3.").arg(name, done.account.userName, done.account.server.toString())
              << "\n";
    }
    return Ok;
}

int CliApp::cmdAccountList()
{
    Result<QList<Account>> accounts = Accounts(m_dataDir).list();
    if (!accounts)
        return refused(accounts.error());
    if (m_json) {
        QJsonArray list;
        for (const Account &account : *accounts) {
            list.append(QJsonObject{{u"name"_s, account.name},
                                    {u"local"_s, account.local},
                                    {u"server"_s, account.server.toString()},
                                    {u"user"_s, account.userName}});
        }
        printJson(list);
        return Ok;
    }
    if (accounts->isEmpty())
        m_out << tr("No accounts yet.") << "\n";
    for (const Account &account : *accounts) {
        m_out << account.name << "  "
              << (account.local ? tr("(on this computer)") : account.userName + u" @ "_s + account.server.toString())
              << "\n";
    }
    return Ok;
}

int CliApp::cmdAccountRemove(const QString &name, bool discard)
{
    Accounts accounts(m_dataDir);
    if (Result<Account> found = accounts.find(name); !found)
        return refused(found.error());
    {
        const Result<int> queued = AccountSignOut(accounts, m_credentials, m_clock).queuedActions(name);
        if (!queued)
            return refused(queued.error());
        if (queued && *queued > 0 && !discard) {
            return refused(Error{u"queued"_s, tr("%n action(s) of '%1' are not sent yet. Run 'sync' first, or remove "
                                                 "with --discard to lose them.",
                                                 nullptr, *queued)
                                                  .arg(name)});
        }
    }
    const Status forgotten = await<Status>([&](auto done) { m_credentials.remove(name, done); });
    if (!forgotten)
        m_err << tr("Warning: %1").arg(forgotten.error().message) << "\n";
    if (Status removed = accounts.remove(name); !removed)
        return refused(removed.error());
    m_out << tr("Account '%1' removed.").arg(name) << "\n";
    return Ok;
}

int CliApp::cmdAccountSignOut(const QString &name, bool discard)
{
    Accounts accounts(m_dataDir);
    AccountSignOut signOut(accounts, m_credentials, m_clock);
    const Result<int> queued = signOut.queuedActions(name);
    if (!queued)
        return refused(queued.error());
    const Status done = await<Status>([&](auto finished) {
        signOut.signOut(name, discard ? AccountSignOut::Queued::Discard : AccountSignOut::Queued::Keep, nullptr,
                        finished);
    });
    if (!done)
        return refused(done.error());
    m_out << tr("Signed out of '%1'.").arg(name) << "\n";
    if (*queued > 0 && !discard) {
        m_err << tr("%n action(s) of '%1' are kept: they are sent after you sign in again (or drop them with "
                    "'account signout %1 --discard').",
                    nullptr, *queued)
                     .arg(name)
              << "\n";
    } else if (*queued > 0) {
        m_out << tr("%n queued action(s) discarded.", nullptr, *queued) << "\n";
    }
    return Ok;
}

int CliApp::cmdSync(const QString &accountName, qint64 courseId, const SignIn &signIn)
{
    Result<Account> account = openAccount(accountName);
    if (!account)
        return refused(account.error());
    if (account->local) {
        m_out << tr("'%1' lives on this computer only: there is nothing to sync.").arg(account->name) << "\n";
        return Ok;
    }
    if (m_offline) {
        Result<QList<OutboxEntry>> queued = m_session->pendingActions();
        const int count =
            queued ? int(std::count_if(queued->cbegin(), queued->cend(),
                                       [](const OutboxEntry &e) { return e.state != OutboxState::Rejected; }))
                   : 0;
        return networkFailure(tr("--offline: nothing sent; %n action(s) stay queued.", nullptr, count));
    }
    Result<Credentials> credentials = obtainCredentials(*m_runtime->api(), signIn, account->name);
    if (!credentials)
        return credentials.error().code == u"usage"_s ? usage(credentials.error().message)
                                                      : networkFailure(credentials.error().message);
    // An expired access token is refreshed once (and saved); the engine then retries with the same key.
    m_runtime->useCredentials(*credentials);
    SyncEngine &engine = *m_runtime->engine();
    const Result<qint64> newsMark = m_runtime->notebook().newsMark(); // what's new: the badges this sync sets
    const SyncReport report = await<SyncReport>([&](auto done) {
        QObject::connect(&engine, &SyncEngine::finished, &engine, done, Qt::SingleShotConnection);
        engine.run(courseId);
    });

    m_runtime->state().flushUnlockCheck(); // lessons the sync opened are news too
    const QJsonArray news = newsMark ? newsSince(*newsMark, false) : QJsonArray();
    if (m_json) {
        QJsonArray rejections;
        for (const OutboxEntry &entry : report.rejections) {
            rejections.append(QJsonObject{{u"id"_s, entry.id},
                                          {u"lesson"_s, entry.lessonId},
                                          {u"code"_s, entry.errorCode},
                                          {u"reason"_s, entry.reason}});
        }
        printJson(QJsonObject{
            {u"courses"_s, report.coursesPulled},
            {u"lessons"_s, report.lessonsPulled},
            {u"sent"_s, report.sent},
            {u"rejected"_s, report.rejected},
            {u"pending"_s, report.pending},
            {u"waiting_until"_s,
             report.waitingUntil.isValid() ? QJsonValue(report.waitingUntil.toString(Qt::ISODate)) : QJsonValue()},
            {u"rejections"_s, rejections},
            {u"news"_s, news},
            {u"error"_s, report.failure ? QJsonValue(report.failure->message) : QJsonValue()},
            {u"local_error"_s, report.localFailure ? QJsonValue(report.localFailure->message) : QJsonValue()}});
    } else {
        m_out << tr("Pulled %1 course(s), %2 lesson(s); sent %3, rejected %4, pending %5.")
                     .arg(report.coursesPulled)
                     .arg(report.lessonsPulled)
                     .arg(report.sent)
                     .arg(report.rejected)
                     .arg(report.pending)
              << "\n";
        if (newsMark)
            newsSince(*newsMark, true);
        for (const OutboxEntry &entry : report.rejections)
            m_err << tr("Rejected: %1 lesson %2: %3").arg(toWire(entry.kind)).arg(entry.lessonId).arg(entry.reason)
                  << "\n";
        for (const QString &warning : report.commentWarnings) // threads kept as they were (CommentSync)
            m_err << warning << "\n";
    }
    if (report.localFailure) {
        m_err << "coursedesk-cli: "
              << tr("Could not write to the local cache: %1 Queued actions are kept.").arg(report.localFailure->message)
              << "\n";
        return LocalFailure;
    }
    if (report.authFailed)
        return networkFailure(tr("The server no longer accepts the sign-in of '%1': sign in again. Nothing was lost.")
                                  .arg(account->name));
    if (report.failure && report.failure->kind != ApiError::Kind::Http)
        return networkFailure(tr("Sync stopped: %1 Queued actions are kept.").arg(report.failure->message));
    if (report.failure && report.failure->isTransient())
        return networkFailure(tr("Sync stopped: %1 Queued actions are kept.").arg(report.failure->message));
    return report.rejected > 0 ? SomeRejected : Ok;
}

int CliApp::cmdDashboard(const QString &accountName, qint64 courseId, bool quiz, const QString &csvFile,
                         const SignIn &signIn)
{
    Result<Account> account = openAccount(accountName);
    if (!account)
        return refused(account.error());
    if (account->local || m_offline)
        return networkFailure(tr("The dashboard comes from the server; it needs the network and a server account."));
    Result<Credentials> credentials = obtainCredentials(*m_runtime->api(), signIn, account->name);
    if (!credentials)
        return networkFailure(credentials.error().message);
    m_runtime->useCredentials(*credentials);

    // The same façade and CSV columns as the window's dashboard.
    Dashboard &dashboard = *m_runtime->dashboard();
    QStringList header;
    QList<QStringList> rows;
    QString csv;
    std::optional<Error> failure;
    if (quiz) {
        header = DashboardCsv::quizHeader();
        auto all = await<Result<QList<QuizResultRow>>>(
            [&](auto done) { dashboard.allQuizResults(courseId, PageQuery{}, done); });
        if (!all) {
            failure = all.error();
        } else {
            csv = DashboardCsv::quizResults(*all);
            for (const QuizResultRow &row : *all)
                rows.append(DashboardCsv::quizFields(row));
        }
    } else {
        header = DashboardCsv::learnerHeader();
        auto all =
            await<Result<QList<LearnerRow>>>([&](auto done) { dashboard.allLearners(courseId, PageQuery{}, done); });
        if (!all) {
            failure = all.error();
        } else {
            csv = DashboardCsv::learners(*all);
            for (const LearnerRow &row : *all)
                rows.append(DashboardCsv::learnerFields(row));
        }
    }
    if (failure) {
        if (Dashboard::isForbidden(*failure))
            return refused(Error{failure->code, tr("Course %1: %2").arg(courseId).arg(failure->message)});
        return networkFailure(failure->message);
    }

    if (!csvFile.isEmpty()) {
        if (Status saved = DashboardCsv::save(csvFile, csv); !saved)
            return refused(saved.error());
        m_out << tr("%1 row(s) written to %2.").arg(rows.size()).arg(csvFile) << "\n";
        return Ok;
    }
    if (m_json) {
        QJsonArray list;
        for (const QStringList &row : std::as_const(rows)) {
            QJsonObject object;
            for (qsizetype i = 0; i < header.size(); ++i)
                object.insert(header.at(i), row.value(i));
            list.append(object);
        }
        printJson(list);
        return Ok;
    }
    m_out << header.join(u'\t') << "\n";
    for (const QStringList &row : std::as_const(rows))
        m_out << row.join(u'\t') << "\n";
    return Ok;
}

} // namespace coursedesk
