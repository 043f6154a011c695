#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coursedesk {

class CacheDatabase;

// The learner's note (plain text) and bookmark on one lesson. Keyed by (course id, lesson id), never by a name
// or a position, so it survives re-syncs, renames and re-downloads; the names are the ones last seen, which is
// what a lesson removed on the server is listed under.
struct LessonNote final
{
    qint64 courseId = 0;
    qint64 lessonId = 0;
    QString text;
    bool bookmarked = false;
    QString courseName;
    QString sectionName;
    QString lessonName;
    QDateTime updatedAt;
    bool removed = false; // the lesson is no longer in the course

    bool isEmpty() const { return text.isEmpty() && !bookmarked; }
};

// Notes and bookmarks in the account's cache (table notes, no foreign keys: they outlive their lesson). A note
// is also written to the search index, in the same transaction.
class NoteStore final
{
public:
    explicit NoteStore(CacheDatabase &db);

    // The lesson's note and bookmark (empty when it has neither).
    Result<LessonNote> note(qint64 courseId, qint64 lessonId) const;
    // Every note and bookmark (in one course when courseId is given): lessons in course order, then the
    // lessons that were removed on the server.
    Result<QList<LessonNote>> all(std::optional<qint64> courseId = std::nullopt) const;

    // Error "unknown_lesson" when the lesson is not in the cache (a removed lesson's note can still be
    // cleared). An empty text removes the note.
    Status setText(qint64 courseId, qint64 lessonId, const QString &text, const QDateTime &now);
    Status setBookmarked(qint64 courseId, qint64 lessonId, bool bookmarked, const QDateTime &now);

    // The names shown for a course's notes, from the cache as an import left it (run inside the import).
    Status refreshNames(qint64 courseId);

private:
    Result<LessonNote> existingOrNew(qint64 courseId, qint64 lessonId) const;
    Status write(const LessonNote &note);

    CacheDatabase &m_db;
};

} // namespace coursedesk
