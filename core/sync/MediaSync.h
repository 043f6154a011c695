#pragma once

#include "domain/Course.h"
#include "domain/MediaRefs.h"
#include "domain/Result.h"
#include "remote/MediaFetcher.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace coursedesk {

class Clock;
class MediaStore;

// What one course's file download did.
struct MediaReport final
{
    int fetched = 0;   // new or changed copies
    int unchanged = 0; // validated by the server (304): not fetched again
    int fresh = 0;     // still fresh (remote/Freshness): kept without asking the server
    int failed = 0;    // missing now (or kept from before), each with its reason in problems
    qint64 bytes = 0;  // bytes written
    bool cancelled = false;
    QStringList problems; // "<address>: <why>"
    std::optional<Error> localFailure;
};

// Brings a course's files into the offline copy (issue 18): records what each freshly pulled lesson refers to, then
// fetches every picture and attachment of the course (links are not fetched) through MediaFetcher, a bounded number
// at a time per host, sending the validators of the copy kept so that unchanged files are answered 304. The per-file
// and per-course caps (MediaLimits) are enforced while files stream in. A file that fails keeps any earlier copy and
// is recorded with its reason; the lesson stays readable.
class MediaSync final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int perHost = 6;
        MediaLimits limits{};
    };

    MediaSync(MediaStore &store, MediaFetcher &fetcher, const Clock &clock, Options options, QObject *parent = nullptr);
    ~MediaSync() override;

    MediaStore &store() { return m_store; }

    // After a pull: what the lessons with a new body refer to, and the validators of the bodies asked this time
    // (fetched or answered 304), in one transaction.
    Status recordLessons(const Course &pulled, const QUrl &server, const QHash<qint64, Validators> &bodyValidators);
    // Fetches the course's files (force: even when its downloads were removed). done is called once.
    void download(qint64 courseId, bool force, std::function<void(MediaReport)> done);
    // Stops every course's download; each reports cancelled. What came in stays; a later download resumes from it.
    void cancel();
    bool isDownloading(qint64 courseId) const { return m_courses.contains(courseId); }

signals:
    // Files and bytes so far, of the course's files to check (the bytes of files still coming included).
    void progress(qint64 courseId, int filesDone, int filesTotal, qint64 bytes);

private:
    struct CourseRun;
    struct Task
    {
        qint64 courseId = 0;
        MediaRef ref;
    };
    void pump();
    void runTask(const Task &task);
    void taskDone(qint64 courseId, const QString &host);
    // The bytes of a file still coming, for the progress (at most one signal per quarter MiB).
    void fileBytes(qint64 courseId, const QUrl &url, qint64 bytes);
    QString courseFull() const;

    MediaStore &m_store;
    MediaFetcher &m_fetcher;
    const Clock &m_clock;
    Options m_options;
    QList<Task> m_waiting;
    QHash<QString, int> m_perHost;
    QHash<qint64, std::shared_ptr<CourseRun>> m_courses;
};

} // namespace coursedesk
