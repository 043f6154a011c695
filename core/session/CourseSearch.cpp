#include "session/CourseSearch.h"

#include "session/CourseSession.h"
#include "session/LockText.h"

#include <QHash>

namespace coursedesk {

CourseSearch::CourseSearch(CacheDatabase &db, const CourseSession &session)
    : m_index(db)
    , m_session(session)
{}

Status CourseSearch::ensureBuilt()
{
    return m_index.isBuilt() ? success() : m_index.rebuild();
}

Result<QList<SearchResult>> CourseSearch::search(const QString &typed, std::optional<qint64> courseId, int limit) const
{
    Result<QList<SearchHit>> hits = m_index.search(typed, courseId, limit);
    if (!hits)
        return hits.error();
    QHash<qint64, std::optional<CourseOutline>> outlines; // one evaluation of the access rules per course
    QList<SearchResult> results;
    results.reserve(hits->size());
    for (const SearchHit &hit : *hits) {
        SearchResult result{hit, false, {}};
        if (!hit.removed) {
            auto it = outlines.find(hit.courseId);
            if (it == outlines.end()) {
                Result<CourseOutline> outline = m_session.outline(hit.courseId);
                it = outlines.insert(hit.courseId, outline ? std::optional<CourseOutline>(*outline) : std::nullopt);
            }
            if (it->has_value()) {
                const CourseOutline &outline = **it;
                const LessonAccess access = outline.access.lesson(hit.lessonId);
                if (!access.isAccessible()) {
                    result.locked = true;
                    result.lockReason = LockText::lessonLock(access, outline.course);
                }
            }
        }
        results.append(result);
    }
    return results;
}

} // namespace coursedesk
