// The pull side of a SyncEngine run: the course list, then each course's details, lesson bodies (conditional),
// comment threads and files, a bounded number at a time.
#include "sync/SyncEngine.h"

#include "domain/Logging.h"
#include "storage/MediaStore.h"
#include "sync/CommentSync.h"
#include "sync/MediaSync.h"
#include "sync/SyncEngineRun.h"
#include "sync/TokenRefresher.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

// A course's comment threads or files, added to the run's figures.
template <typename Part, typename Problems>
void addUp(const Part &part, int &fetched, int &unchanged, int &fresh, Problems &problems)
{
    fetched += part.fetched;
    unchanged += part.unchanged;
    fresh += part.fresh;
    problems += part.problems;
}

} // namespace

void SyncEngine::pull()
{
    m_run->total += 1;
    m_api.courses([this](ApiResult<QList<Course>> courses) {
        step();
        if (!courses && courses.error().isAuthFailure() && !m_run->refreshTried && m_refresher) {
            return refreshThen([this](bool renewed) {
                if (renewed)
                    return pull();
                m_run->report.authFailed = true;
                finish();
            });
        }
        if (!courses) {
            if (!m_run->report.failure)
                m_run->report.failure = courses.error();
            m_run->report.authFailed = m_run->report.authFailed || courses.error().isAuthFailure();
            return finish();
        }
        for (const Course &summary : *courses) {
            if (m_run->onlyCourse != 0 && summary.id != m_run->onlyCourse)
                continue;
            m_run->total += 1;
            m_run->courseQueue.add([this, summary](std::function<void()> done) { pullCourse(summary, done); });
        }
        m_run->courseQueue.run([this] { finish(); });
    });
}

void SyncEngine::pullCourse(const Course &summary, std::function<void()> done)
{
    if (m_run->stopped) // the cache failed: what would be pulled could not be kept
        return done();
    const ApiClient::View view = summary.role() == Role::Instructor ? ApiClient::View::Edit : ApiClient::View::User;
    m_api.courseDetail(summary.id, view, [this, done](ApiResult<Course> detail) {
        step();
        if (!detail) {
            if (!m_run->report.failure)
                m_run->report.failure = detail.error();
            return done();
        }
        auto course = std::make_shared<Course>(*detail);
        // The validators of the bodies kept: a fresh one is not asked about, a stale one is sent back (an unchanged
        // body is answered 304 and not rewritten).
        auto validators = std::make_shared<QHash<qint64, Validators>>();
        auto asked = std::make_shared<QHash<qint64, Validators>>(); // this run's replies: 200 or 304
        if (m_media) {
            if (Result<QHash<qint64, Validators>> known = m_media->store().bodyValidators(course->id))
                *validators = *known;
        }
        TaskQueue &downloads = *m_run->downloads.emplace_back(std::make_unique<TaskQueue>(m_options.parallelDownloads));
        const bool instructor = course->role() == Role::Instructor;
        const QDateTime now = m_state.clock().now();
        for (qsizetype s = 0; s < course->sections.size(); ++s) {
            for (qsizetype l = 0; l < course->sections.at(s).lessons.size(); ++l) {
                const Lesson &lesson = course->sections.at(s).lessons.at(l);
                // A learner cannot read a lesson the server reports locked; it is fetched once it opens.
                if (!instructor && (lesson.serverLocked || !lesson.isPublished()))
                    continue;
                // The body kept is still fresh (the server's Cache-Control, or a tenth of its age, at most an hour:
                // remote/Freshness): it stays as it is, not asked about.
                if (validators->value(lesson.id).isFreshAt(now)) {
                    ++m_run->report.bodiesFresh;
                    continue;
                }
                m_run->total += 1;
                downloads.add([this, course, validators, asked, s, l](std::function<void()> fetched) {
                    const Lesson &outline = course->sections.at(s).lessons.at(l);
                    m_api.lessonBodyIfChanged(
                        course->id, outline, validators->value(outline.id),
                        [this, course, asked, s, l, fetched](ApiResult<ApiClient::ConditionalLesson> body) {
                            step();
                            Lesson &lesson = course->sections[s].lessons[l];
                            if (body && body->lesson) {
                                lesson = *body->lesson;
                                asked->insert(lesson.id, body->validators);
                            } else if (body) { // 304: the copy kept is current, fresh again
                                asked->insert(lesson.id, body->validators);
                                ++m_run->report.bodiesUnchanged;
                            } else if (!body &&
                                       !(body.error().kind == ApiError::Kind::Http && body.error().httpStatus == 403)) {
                                qCWarning(lcSync) << "lesson body not downloaded:" << body.error().message;
                            }
                            // 304: the lesson stays as the outline gave it (no body), and the body kept stays.
                            fetched();
                        });
                });
            }
        }
        downloads.run([this, course, asked, done] {
            if (m_run->stopped)
                return done();
            Result<ImportReport> imported = m_state.importCourse(*course);
            if (imported) {
                ++m_run->report.coursesPulled;
                m_run->report.lessonsPulled += imported->lessons;
                for (const OutboxEntry &orphan : imported->orphanedEntries) {
                    ++m_run->report.rejected;
                    m_run->report.rejections.append(orphan);
                }
            } else {
                localFailure(imported.error());
            }
            if (!imported)
                return done();
            // The course's comment threads (CommentSync), then its files.
            m_threads->pull(*course, [this, course, asked, done](const CommentSyncReport &threads) {
                SyncReport &report = m_run->report;
                addUp(threads, report.threadsFetched, report.threadsUnchanged, report.threadsFresh,
                      report.commentWarnings);
                if (threads.localFailure)
                    localFailure(*threads.localFailure);
                if (!m_media)
                    return done();
                pullMedia(*course, *asked, done);
            });
        });
    });
}

// The pulled course's files (MediaSync): what its lessons refer to, then the files themselves, within the course's
// turn of the run.
void SyncEngine::pullMedia(const Course &course, const QHash<qint64, Validators> &validators,
                           std::function<void()> done)
{
    if (Status recorded = m_media->recordLessons(course, m_api.baseUrl(), validators); !recorded) {
        localFailure(recorded.error());
        return done();
    }
    m_media->download(course.id, false, [this, done](const MediaReport &media) {
        SyncReport &report = m_run->report;
        addUp(media, report.filesFetched, report.filesUnchanged, report.filesFresh, report.missingFiles);
        if (media.localFailure)
            localFailure(*media.localFailure);
        done();
    });
}

} // namespace coursedesk
