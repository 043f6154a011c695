// coursedesk-cli download / storage / lesson: the offline copy of the lessons' files (issue 18).
#include "CliApp.h"

#include "domain/MediaRefs.h"
#include "session/AccountRuntime.h"
#include "session/CourseSession.h"
#include "session/OfflineFiles.h"
#include "session/StorageOverview.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("coursedesk::CliApp", text, disambiguation, n);
}

const char *mediaHelp = QT_TRANSLATE_NOOP("coursedesk::CliApp", R"(Offline files:
  download COURSE                sync the course and download its pictures and attachments for offline use
                                 (again after 'Remove downloads'); files already here are only validated
  storage                        per account and course: bytes on disk, files downloaded, files missing
  lesson COURSE LESSON           the lesson's text as plain text, its attachments and links, and the local
                                 file of each picture and attachment (or why it is missing)
Files: at most 25 MB each and 500 MB per course, from the course's server or https:// sites only.)");

// Text from lesson HTML without a GUI module: block ends become line breaks, tags go, entities are decoded.
QString plainText(const QString &html)
{
    QString text = html;
    static const QRegularExpression drop(uR"re(<(script|style)\b.*?</\1\s*>)re"_s,
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    text.remove(drop);
    static const QRegularExpression image(uR"re(<img\b[^>]*?\balt\s*=\s*("([^"]*)"|'([^']*)')[^>]*>)re"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    text.replace(image, u"[\\2\\3]"_s);
    static const QRegularExpression item(uR"re(<li\b[^>]*>)re"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(item, u"\n- "_s);
    static const QRegularExpression block(uR"re(<br\s*/?>|</(p|div|h[1-6]|li|tr|blockquote|pre|ul|ol|table)\s*>)re"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    text.replace(block, u"\n"_s);
    static const QRegularExpression tag(uR"re(<[^>]*>)re"_s);
    text.remove(tag);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty()))
            lines << simplified;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
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

QString useName(MediaUse use)
{
    switch (use) {
    case MediaUse::Image:
        return u"image"_s;
    case MediaUse::Attachment:
        return u"attachment"_s;
    case MediaUse::Link:
        return u"link"_s;
    }
    return {};
}

} // namespace

QString CliApp::mediaCommandsHelp()
{
    return tr(mediaHelp);
}

int CliApp::cmdMedia(const QString &command, const QStringList &rest, const QString &accountName, const SignIn &signIn)
{
    QList<qint64> ids;
    const int expected = command == u"storage"_s ? 0 : command == u"download"_s ? 1 : 2;
    if (rest.size() != expected)
        return usage(tr("'%1' expects %2 id arguments.").arg(command).arg(expected));
    if (!parseIds(rest, expected, ids))
        return usage(tr("ids are positive whole numbers."));
    if (command == u"download"_s)
        return cmdDownload(accountName, ids.at(0), signIn);
    if (command == u"storage"_s)
        return cmdStorage(accountName);
    if (Status opened = openSession(accountName); !opened)
        return refused(opened.error());
    return cmdLesson(ids.at(0), ids.at(1));
}

// Every account (or the one named), read from its cache without signing in. With one account listed, the JSON keeps
// its first shape ({"account", "folder", "courses"}) beside "accounts"; the text lists that account's courses as
// before, and names each account above its courses when there are several.
int CliApp::cmdStorage(const QString &accountName)
{
    Accounts accounts(m_dataDir);
    const StorageOverview overview(&accounts, {}, nullptr);
    QList<AccountStorage> listed;
    if (!accountName.isEmpty()) {
        Result<AccountStorage> one = overview.account(accountName);
        if (!one)
            return refused(one.error());
        listed.append(*one);
    } else {
        Result<QList<AccountStorage>> all = overview.list();
        if (!all)
            return refused(all.error());
        listed = *all;
    }
    if (m_json) {
        QJsonArray list;
        for (const AccountStorage &account : std::as_const(listed)) {
            QJsonArray courses;
            for (const OfflineCourse &course : account.courses) {
                courses.append(QJsonObject{{u"course"_s, course.storage.courseId},
                                           {u"name"_s, course.storage.courseName},
                                           {u"bytes"_s, course.storage.bytes},
                                           {u"files"_s, course.storage.files},
                                           {u"missing"_s, course.storage.missing},
                                           {u"offline"_s, course.keptOffline}});
            }
            QJsonObject entry{{u"account"_s, account.account},
                              {u"folder"_s, account.folder},
                              {u"bytes"_s, account.bytes()},
                              {u"courses"_s, courses}};
            if (!account.problem.isEmpty())
                entry.insert(u"problem"_s, account.problem);
            list.append(entry);
        }
        QJsonObject out{{u"accounts"_s, list}};
        if (list.size() == 1) {
            const QJsonObject only = list.at(0).toObject();
            for (const QString &key : {u"account"_s, u"folder"_s, u"courses"_s})
                out.insert(key, only.value(key));
        }
        printJson(out);
        return Ok;
    }
    const QLocale locale;
    const bool several = listed.size() > 1;
    const QString indent = several ? u"  "_s : QString();
    for (const AccountStorage &account : std::as_const(listed)) {
        if (several)
            m_out << tr("Account %1:").arg(account.account) << "\n";
        if (!account.problem.isEmpty())
            m_out << indent << account.problem << "\n";
        for (const OfflineCourse &course : account.courses) {
            QString line = tr("%1  %2: %3, %n file(s)", nullptr, course.storage.files)
                               .arg(course.storage.courseId)
                               .arg(course.storage.courseName, locale.formattedDataSize(course.storage.bytes));
            if (course.storage.missing > 0)
                line += tr(", %n missing", nullptr, course.storage.missing);
            if (!course.keptOffline)
                line += tr(" (downloads removed)");
            m_out << indent << line << "\n";
        }
        m_out << indent << tr("Total: %1 in %2").arg(locale.formattedDataSize(account.bytes()), account.folder) << "\n";
    }
    return Ok;
}

int CliApp::cmdLesson(qint64 courseId, qint64 lessonId)
{
    const Result<Lesson> lesson = m_session->lesson(courseId, lessonId);
    if (!lesson)
        return refused(lesson.error());
    const Result<QList<LessonFile>> files = m_runtime->offlineFiles().lessonFiles(lessonId);
    if (!files)
        return refused(files.error());
    const QString text = lesson->hasBody ? plainText(lesson->body->html) : QString();
    if (m_json) {
        QJsonArray list;
        for (const LessonFile &file : *files) {
            QJsonObject entry{{u"url"_s, file.ref.url.toString()},
                              {u"use"_s, useName(file.ref.use)},
                              {u"type"_s, file.ref.type},
                              {u"title"_s, file.ref.title}};
            if (file.ref.use != MediaUse::Link) {
                entry.insert(u"path"_s, file.available() ? QJsonValue(file.copy->path) : QJsonValue());
                entry.insert(u"size"_s, file.available() ? QJsonValue(file.copy->size) : QJsonValue());
                entry.insert(u"missing"_s, file.available() ? QJsonValue()
                                           : file.copy      ? QJsonValue(file.copy->error)
                                                            : QJsonValue(tr("not downloaded yet")));
            }
            list.append(entry);
        }
        printJson(QJsonObject{{u"course"_s, courseId},
                              {u"lesson"_s, lessonId},
                              {u"name"_s, lesson->name},
                              {u"downloaded"_s, lesson->hasBody},
                              {u"text"_s, text},
                              {u"files"_s, list}});
        return Ok;
    }
    m_out << lesson->name << "\n\n";
    m_out << (lesson->hasBody ? text : tr("This lesson has not been downloaded yet; it will be after the next sync."))
          << "\n";
    if (files->isEmpty())
        return Ok;
    m_out << "\n" << tr("Files and links:") << "\n";
    const QLocale locale;
    for (const LessonFile &file : *files) {
        const QString title = file.ref.title.isEmpty() ? file.ref.url.fileName() : file.ref.title;
        if (file.ref.use == MediaUse::Link)
            m_out << "  " << tr("%1 (link): %2").arg(title, file.ref.url.toString()) << "\n";
        else if (file.available())
            m_out << "  " << tr("%1 (%2): %3").arg(title, locale.formattedDataSize(file.copy->size), file.copy->path)
                  << "\n";
        else
            m_out << "  " << tr("%1: missing: %2").arg(title, file.copy ? file.copy->error : tr("not downloaded yet"))
                  << "\n";
    }
    return Ok;
}

int CliApp::cmdDownload(const QString &accountName, qint64 courseId, const SignIn &signIn)
{
    if (Status opened = openSession(accountName); !opened)
        return refused(opened.error());
    if (m_runtime->account().local || !m_runtime->engine()) {
        m_out << tr("'%1' lives on this computer only: there is nothing to download.").arg(m_runtime->account().name)
              << "\n";
        return Ok;
    }
    if (m_offline)
        return networkFailure(tr("--offline: nothing downloaded."));
    Result<Credentials> credentials = obtainCredentials(*m_runtime->api(), signIn, m_runtime->account().name);
    if (!credentials)
        return credentials.error().code == u"usage"_s ? usage(credentials.error().message)
                                                      : networkFailure(credentials.error().message);
    m_runtime->useCredentials(*credentials);
    OfflineFiles &files = m_runtime->offlineFiles();
    if (Status wanted = files.keepOffline(courseId); !wanted)
        return refused(wanted.error());
    SyncEngine &engine = *m_runtime->engine();
    const SyncReport report = await<SyncReport>([&](auto done) {
        QObject::connect(&engine, &SyncEngine::finished, &engine, done, Qt::SingleShotConnection);
        engine.run(courseId);
    });
    if (report.localFailure)
        return refused(*report.localFailure);
    if (report.failure)
        return networkFailure(report.failure->message);
    const Result<CourseStorage> storage = files.storage(courseId);
    if (m_json) {
        QJsonArray missing;
        for (const QString &problem : report.missingFiles)
            missing.append(problem);
        printJson(QJsonObject{{u"course"_s, courseId},
                              {u"fetched"_s, report.filesFetched},
                              // validated by the server (304) or still fresh (not asked about): up to date either way
                              {u"unchanged"_s, report.filesUnchanged + report.filesFresh},
                              {u"bytes"_s, storage ? storage->bytes : 0},
                              {u"files"_s, storage ? storage->files : 0},
                              {u"missing"_s, missing}});
    } else {
        m_out << tr("Course %1: %n file(s) downloaded", nullptr, report.filesFetched).arg(courseId)
              << tr(", %n already up to date", nullptr, report.filesUnchanged + report.filesFresh)
              << tr("; %1 on disk.").arg(QLocale().formattedDataSize(storage ? storage->bytes : 0)) << "\n";
        for (const QString &problem : report.missingFiles)
            m_err << tr("Missing: %1").arg(problem) << "\n";
    }
    return Ok;
}

} // namespace coursedesk
