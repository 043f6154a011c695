#include "session/CourseTotals.h"

#include "domain/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

const QString cacheKind = u"totals"_s;
const QString cacheKey = u"course"_s; // one entry per course

} // namespace

CourseTotals::CourseTotals(Dashboard &dashboard, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dashboard(dashboard)
    , m_clock(clock)
{}

void CourseTotals::load(qint64 courseId, Done done)
{
    if (m_dashboard.isOffline())
        return fromCache(courseId, ApiError{}, std::move(done));
    m_dashboard.api().courseDashboard(courseId, [this, courseId, done](ApiResult<CourseDashboard> figures) {
        if (!figures)
            return fromCache(courseId, figures.error(), done);
        PageQuery joined;
        joined.limit = 1;
        joined.statuses = {u"joined"_s};
        const std::optional<int> average = figures->averageCompletionRate;
        m_dashboard.api().courseLearners(
            courseId, joined, [this, courseId, average, done](ApiResult<Page<LearnerRow>> page) {
                if (!page)
                    return fromCache(courseId, page.error(), done);
                const CourseTotalsFigures totals{page->count, average};
                QJsonObject json{{u"learners"_s, totals.learners}};
                if (average)
                    json.insert(u"average"_s, *average);
                const QDateTime now = m_clock.now();
                const CachedPage copy{totals.learners, QJsonDocument(json).toJson(QJsonDocument::Compact), now};
                if (Status kept = m_dashboard.store().savePage(courseId, cacheKind, cacheKey, 0, copy); !kept)
                    qCWarning(lcDashboard) << "the course's totals could not be kept:" << kept.error().message;
                done(Timed<CourseTotalsFigures>{totals, now, false, {}, false});
            });
    });
}

void CourseTotals::fromCache(qint64 courseId, const ApiError &why, Done done)
{
    if (why.kind == ApiError::Kind::Http && (why.httpStatus == 403 || why.httpStatus == 404))
        return done(Error{Dashboard::forbiddenCode, tr("Only the creators and managers of this course can see its "
                                                       "totals.")});
    Result<std::optional<CachedPage>> cached = m_dashboard.store().page(courseId, cacheKind, cacheKey, 0);
    if (!cached)
        return done(cached.error());
    if (!cached->has_value())
        return done(Error{Dashboard::offlineCode, tr("The course's totals have not been read on this computer yet.")});
    const QJsonObject json = QJsonDocument::fromJson((*cached)->rowsJson).object();
    CourseTotalsFigures totals;
    totals.learners = json.value(u"learners"_s).toInt();
    if (json.contains(u"average"_s))
        totals.averageCompletion = json.value(u"average"_s).toInt();
    done(Timed<CourseTotalsFigures>{totals, (*cached)->fetchedAt, true,
                                    why.isAuthFailure() ? tr("Your sign-in has expired.")
                                                        : tr("The server could not be reached."),
                                    why.isAuthFailure()});
}

} // namespace coursedesk
