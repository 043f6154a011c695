#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace coursedesk {

class CacheDatabase;
struct IndexChanges;

// What a sync brought to one course: counted from the badges it set.
struct CourseNews final
{
    qint64 courseId = 0;
    QString courseName;
    int newLessons = 0;
    int changedLessons = 0;
    int unlockedLessons = 0;
    int newSections = 0;
    int changedSections = 0;

    int total() const { return newLessons + changedLessons + unlockedLessons + newSections + changedSections; }
};

// The "what's new" badges of an account (table news): lessons and sections that an import found new or changed,
// and lessons that opened. A lesson's badge clears when it is opened; a section's when none of its lessons has one
// left or it is opened. Each badge's id grows with every write, so "what this sync brought" is every badge with
// an id above the mark taken before it.
class WhatsNew final
{
public:
    enum class Change
    {
        New,
        Changed,
        Unlocked,
    };

    explicit WhatsNew(CacheDatabase &db);

    // Section names before an import, to tell new and renamed sections afterwards.
    Result<QHash<qint64, QString>> sectionNames(qint64 courseId) const;
    // The badges for an import (inside its transaction). A course seen for the first time gets none: all of it is
    // new, and the course list shows it.
    Status recordImport(const Course &course, bool firstImport, const QHash<qint64, QString> &sectionsBefore,
                        const IndexChanges &changes);
    Status recordUnlocked(qint64 courseId, qint64 lessonId);

    Result<QHash<qint64, Change>> lessonBadges(qint64 courseId) const;
    Result<QHash<qint64, Change>> sectionBadges(qint64 courseId) const;
    // Per course, how many badges it holds.
    Result<QHash<qint64, int>> courseBadges() const;
    // The lesson was opened: its badge goes, and its section's when nothing else of the section is new.
    Status clearLesson(qint64 courseId, qint64 lessonId);

    // The newest badge's id: taken before a sync, given to since() after it.
    Result<qint64> mark() const;
    // Per course (in course order), what the badges set after `mark` count.
    Result<QList<CourseNews>> since(qint64 mark) const;

private:
    Status put(qint64 courseId, const char *item, qint64 itemId, Change change);

    CacheDatabase &m_db;
};

} // namespace coursedesk
