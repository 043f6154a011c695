#include "sync/MediaSync.h"

#include "domain/Clock.h"
#include "domain/Logging.h"

#include "storage/MediaStore.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTimer>

namespace coursedesk {

using namespace Qt::StringLiterals;

struct MediaSync::CourseRun
{
    MediaReport report;
    std::function<void(MediaReport)> done;
    int total = 0;
    int finished = 0;
    qint64 usedBytes = 0;       // the course's files on disk, as the cap counts them
    QHash<QUrl, qint64> coming; // the bytes so far of files still coming
    qint64 lastShown = 0;       // the bytes the last progress signal said
};

MediaSync::MediaSync(MediaStore &store, MediaFetcher &fetcher, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fetcher(fetcher)
    , m_clock(clock)
    , m_options(options)
{}

MediaSync::~MediaSync() = default;

Status MediaSync::recordLessons(const Course &pulled, const QUrl &server,
                                const QHash<qint64, Validators> &bodyValidators)
{
    return m_store.transaction([&]() -> Status {
        // The course's cover is one more picture of the course, kept under the pseudo-lesson −id (MediaRefs::cover).
        QList<MediaRef> cover;
        if (const QUrl url = MediaRefs::resolve(pulled.coverUrl, server); url.isValid() && !url.isEmpty())
            cover.append(MediaRef{url, MediaUse::Image, pulled.name, MediaRefs::CoverType});
        if (Status saved = m_store.setLessonMedias(pulled.id, MediaRefs::coverKey(pulled.id), cover); !saved)
            return saved;
        for (const Section &section : pulled.sections) {
            for (const Lesson &lesson : section.lessons) {
                // Asked this time (fetched, or validated by a 304 that renewed its freshness): its validators.
                if (const auto v = bodyValidators.constFind(lesson.id); v != bodyValidators.cend()) {
                    if (Status saved = m_store.setBodyValidators(lesson.id, *v); !saved)
                        return saved;
                }
                if (!lesson.hasBody)
                    continue; // not fetched this time (locked, or unchanged: what it refers to is already recorded)
                if (Status saved = m_store.setLessonMedias(pulled.id, lesson.id, MediaRefs::ofLesson(lesson, server));
                    !saved)
                    return saved;
            }
        }
        return success();
    });
}

void MediaSync::download(qint64 courseId, bool force, std::function<void(MediaReport)> done)
{
    auto finishNow = [this, done](MediaReport report) {
        QTimer::singleShot(0, this, [done, report] { done(report); });
    };
    if (m_courses.contains(courseId))
        return finishNow(MediaReport{}); // already downloading: that run reports
    if (!force && !m_store.keepsOffline(courseId))
        return finishNow(MediaReport{});
    if (force) {
        if (Status kept = m_store.setKeepsOffline(courseId, true); !kept) {
            MediaReport report;
            report.localFailure = kept.error();
            return finishNow(report);
        }
    }
    Result<QList<MediaRef>> refs = m_store.courseMedias(courseId);
    Result<CourseStorage> used = m_store.storage(courseId);
    if (!refs || !used) {
        MediaReport report;
        report.localFailure = refs ? used.error() : refs.error();
        return finishNow(report);
    }
    auto run = std::make_shared<CourseRun>();
    run->done = std::move(done);
    run->usedBytes = used->bytes;
    for (const MediaRef &ref : *refs) {
        if (ref.use == MediaUse::Link)
            continue;
        ++run->total;
        m_waiting.append(Task{courseId, ref});
    }
    if (run->total == 0)
        return finishNow(MediaReport{});
    m_courses.insert(courseId, run);
    emit progress(courseId, 0, run->total, 0);
    pump();
}

void MediaSync::cancel()
{
    for (const std::shared_ptr<CourseRun> &run : std::as_const(m_courses))
        run->report.cancelled = true;
    const QList<Task> dropped = std::exchange(m_waiting, {});
    for (const Task &task : dropped)
        taskDone(task.courseId, {});
    m_fetcher.cancelAll(); // those in flight report "cancelled"; an earlier copy of each stays
}

void MediaSync::pump()
{
    for (qsizetype i = 0; i < m_waiting.size();) {
        const QString host = m_waiting.at(i).ref.url.host().toLower();
        if (m_perHost.value(host) >= m_options.perHost) {
            ++i;
            continue;
        }
        const Task task = m_waiting.takeAt(i);
        ++m_perHost[host];
        runTask(task);
    }
}

QString MediaSync::courseFull() const
{
    return tr("The course's files reached the limit of %1 for one course.")
        .arg(QLocale().formattedDataSize(m_options.limits.perCourseBytes));
}

void MediaSync::runTask(const Task &task)
{
    const std::shared_ptr<CourseRun> run = m_courses.value(task.courseId);
    const QString host = task.ref.url.host().toLower();
    const QDateTime now = m_clock.now();
    Result<std::optional<CachedFile>> existing = m_store.file(task.courseId, task.ref.url);
    if (!existing) {
        run->report.localFailure = existing.error();
        return taskDone(task.courseId, host);
    }
    Validators known;
    qint64 oldSize = 0;
    if (*existing && (*existing)->cached && QFile::exists((*existing)->path)) {
        known = (*existing)->validators;
        oldSize = (*existing)->size;
        if (known.isFreshAt(now)) { // the server said it may be kept this long: not asked again (Freshness)
            ++run->report.fresh;
            return taskDone(task.courseId, host);
        }
    }
    const qint64 room = m_options.limits.perCourseBytes - run->usedBytes + oldSize;
    if (room <= 0) {
        const QString why = courseFull();
        ++run->report.failed;
        run->report.problems << task.ref.url.toString() + u": "_s + why;
        if (Status saved = m_store.recordMissing(task.courseId, task.ref.url, why, now); !saved)
            run->report.localFailure = saved.error();
        return taskDone(task.courseId, host);
    }
    MediaFetcher::Request request;
    request.url = task.ref.url;
    request.use = task.ref.use;
    request.known = known;
    request.maxBytes = std::min(m_options.limits.perFileBytes, room);
    request.folder = m_store.folder();
    request.onBytes = [this, courseId = task.courseId, url = task.ref.url](qint64 bytes) {
        fileBytes(courseId, url, bytes);
    };
    m_fetcher.fetch(request, [this, task, host, run, oldSize, room](MediaFetcher::Outcome outcome) {
        run->coming.remove(task.ref.url);
        const QDateTime at = m_clock.now();
        Status saved = success();
        switch (outcome.kind) {
        case MediaFetcher::Outcome::Kind::Fetched: {
            const QString name = MediaStore::fileNameFor(task.ref.url, outcome.contentType);
            QDir folder(m_store.folder());
            folder.remove(name);
            if (!folder.rename(outcome.fileName, name)) {
                folder.remove(outcome.fileName);
                saved =
                    m_store.recordMissing(task.courseId, task.ref.url, tr("It could not be saved on the disk."), at);
                ++run->report.failed;
                break;
            }
            saved = m_store.recordCached(task.courseId, task.ref.url, name, outcome.size, outcome.contentType,
                                         outcome.validators, at);
            ++run->report.fetched;
            run->report.bytes += outcome.size;
            run->usedBytes += outcome.size - oldSize;
            break;
        }
        case MediaFetcher::Outcome::Kind::NotModified:
            saved = m_store.recordUnchanged(task.courseId, task.ref.url, outcome.validators, at);
            ++run->report.unchanged;
            break;
        case MediaFetcher::Outcome::Kind::Failed: {
            // Stopped at the room the course had left rather than at the per-file cap: the course's cap is why.
            const QString reason =
                outcome.tooLarge && room < m_options.limits.perFileBytes ? courseFull() : outcome.reason;
            qCInfo(lcSync) << "a lesson's file is missing:" << task.ref.url.toString(QUrl::RemoveQuery) << reason;
            saved = m_store.recordMissing(task.courseId, task.ref.url, reason, at);
            ++run->report.failed;
            run->report.problems << task.ref.url.toString() + u": "_s + reason;
            break;
        }
        }
        if (!saved && !run->report.localFailure)
            run->report.localFailure = saved.error();
        taskDone(task.courseId, host);
    });
}

void MediaSync::fileBytes(qint64 courseId, const QUrl &url, qint64 bytes)
{
    const std::shared_ptr<CourseRun> run = m_courses.value(courseId);
    if (!run)
        return;
    run->coming.insert(url, bytes);
    qint64 shown = run->report.bytes;
    for (qint64 coming : std::as_const(run->coming))
        shown += coming;
    constexpr qint64 step = 256 * 1024;
    if (shown - run->lastShown < step)
        return;
    run->lastShown = shown;
    emit progress(courseId, run->finished, run->total, shown);
}

void MediaSync::taskDone(qint64 courseId, const QString &host)
{
    if (!host.isEmpty() && --m_perHost[host] <= 0)
        m_perHost.remove(host);
    const std::shared_ptr<CourseRun> run = m_courses.value(courseId);
    if (run) {
        ++run->finished;
        run->lastShown = run->report.bytes;
        for (qint64 coming : std::as_const(run->coming))
            run->lastShown += coming;
        emit progress(courseId, run->finished, run->total, run->lastShown);
        if (run->finished >= run->total && m_courses.value(courseId) == run) { // once, even when a cancel nests
            m_courses.remove(courseId);
            run->done(run->report);
        }
    }
    pump();
}

} // namespace coursedesk
