#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/NoteStore.h"
#include "storage/WhatsNew.h"

#include <QObject>

namespace coursedesk {

class CacheDatabase;

// The learner's own layer over the courses, for the window and the command line: a note and a bookmark per
// lesson (kept in the account's cache by (course, lesson), so they survive syncs, renames and re-downloads),
// their Markdown export, and the "what's new" badges that syncs leave and opening a lesson clears.
class Notebook final : public QObject
{
    Q_OBJECT

public:
    Notebook(CacheDatabase &db, const Clock &clock, QObject *parent = nullptr);

    Result<LessonNote> note(qint64 courseId, qint64 lessonId) const;
    Result<QList<LessonNote>> notes(std::optional<qint64> courseId = std::nullopt) const;
    Status setNote(qint64 courseId, qint64 lessonId, const QString &text);
    Status setBookmarked(qint64 courseId, qint64 lessonId, bool bookmarked);
    // Every note and bookmark as one Markdown document: a heading per course, then per lesson, and the
    // lessons removed on the server at the end under "Removed lessons".
    static QString markdown(const QList<LessonNote> &notes);

    // ---- What's new ----
    Result<QHash<qint64, WhatsNew::Change>> lessonBadges(qint64 courseId) const;
    Result<QHash<qint64, WhatsNew::Change>> sectionBadges(qint64 courseId) const;
    Result<QHash<qint64, int>> courseBadges() const;
    // The learner opened the lesson: its badge clears.
    Status lessonOpened(qint64 courseId, qint64 lessonId);
    Status recordUnlocked(qint64 courseId, qint64 lessonId);
    Result<qint64> newsMark() const;
    Result<QList<CourseNews>> newsSince(qint64 mark) const;
    // "3 new lessons in Chemistry", one sentence per course that has news, in the interface's language.
    static QStringList newsSentences(const QList<CourseNews> &news);

signals:
    void noteChanged(qint64 courseId, qint64 lessonId);
    void newsChanged(qint64 courseId);

private:
    const Clock &m_clock;
    NoteStore m_notes;
    WhatsNew m_news;
};

} // namespace coursedesk
