#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QHash>
#include <QSet>

namespace coursedesk {

class CacheDatabase;

// What follows a course import in the same transaction, besides the course itself: the search index, the names
// kept with the learner's notes, and the "what's new" badges. before() runs ahead of the import's writes (to see
// what was there), after() once they are done.
class ImportFollowers final
{
public:
    explicit ImportFollowers(CacheDatabase &db);

    Status before(qint64 courseId);
    Status after(const Course &course);

private:
    CacheDatabase &m_db;
    bool m_firstImport = true;
    QHash<qint64, QString> m_sectionsBefore;
    QSet<qint64> m_lessonsBefore;
};

} // namespace coursedesk
