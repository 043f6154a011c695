#pragma once

#include "domain/Result.h"
#include "storage/SearchIndex.h"

#include <QList>

#include <optional>

namespace coursedesk {

class CacheDatabase;
class CourseSession;

// A search hit with what opening it will show: a locked lesson is found like any other and opens to its lock
// reason ("Available on 8 March at 09:00").
struct SearchResult final
{
    SearchHit hit;
    bool locked = false;
    QString lockReason;
};

// Search over every course of the account (or one), offline, through the cache's full-text index; the access
// rules of core/domain say which hits are locked.
class CourseSearch final
{
public:
    CourseSearch(CacheDatabase &db, const CourseSession &session);

    // Error "empty_query" when the text holds no word.
    Result<QList<SearchResult>> search(const QString &typed, std::optional<qint64> courseId = std::nullopt,
                                       int limit = 50) const;
    // A cache made before the index existed gets it built once (at opening).
    Status ensureBuilt();

private:
    SearchIndex m_index;
    const CourseSession &m_session;
};

} // namespace coursedesk
