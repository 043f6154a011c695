#pragma once

#include "domain/Course.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace coursedesk {

class CacheDatabase;

// One result of a search: where it is (course, section, lesson; names as the cache has them now, or as they were
// when a removed lesson's note was last seen) and a snippet of the text around the match.
struct SearchHit final
{
    qint64 courseId = 0;
    qint64 sectionId = 0; // 0 when the lesson is no longer in the course
    qint64 lessonId = 0;
    QString courseName;
    QString sectionName;
    QString lessonName;
    // Plain text; the matched words are between SearchIndex::MatchStart and SearchIndex::MatchEnd.
    QString snippet;
    bool removed = false; // the lesson is gone from the server; only its note is left
    double rank = 0;      // bm25: lower is better

    // The snippet without markers, and the matched ranges in it (start, length).
    QString plainSnippet() const;
    QList<std::pair<qsizetype, qsizetype>> matches() const;
};

// What the lesson rows of an index update changed: for "what's new".
struct IndexChanges final
{
    QList<qint64> newLessons;
    QList<qint64> changedLessons; // title or text changed
};

// The account's full-text index (SQLite FTS5) over lesson titles, lesson text, quiz questions and answers,
// attachment titles and the learner's notes. Accents are folded ("cafe" finds "Café"), every word of a query
// is a prefix, a title match ranks above a text match (bm25), and whatever the learner types is taken as words:
// FTS syntax in a query (quotes, *, AND, NEAR, parentheses) never reaches the engine as syntax.
//
// Kept current by CourseStore's import (inside its transaction, only the rows that changed are rewritten) and by
// NoteStore; one row per lesson, whose rowid is the lesson id.
class SearchIndex final
{
public:
    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);

    explicit SearchIndex(CacheDatabase &db);

    // The FTS5 query for what a person typed: each word quoted and made a prefix. Error "empty_query" when the
    // text holds no word at all.
    static Result<QString> matchExpression(const QString &typed);

    // Ranked hits, best first; in one course when courseId is given.
    Result<QList<SearchHit>> search(const QString &typed, std::optional<qint64> courseId = std::nullopt,
                                    int limit = 50) const;

    // Brings a course's rows in step with an import (run inside the import's transaction): new lessons added,
    // changed ones rewritten (a lesson without a body in `course` keeps its indexed text), vanished ones removed
    // unless a note keeps them.
    Result<IndexChanges> indexCourse(const Course &course);
    // The note column of one lesson's row (a row is made for a removed lesson's note when needed).
    Status setNote(qint64 courseId, qint64 lessonId, const QString &title, const QString &note);
    // Builds the index afresh from the cache: for a cache made before the index existed.
    Status rebuild();
    // Whether rebuild() has run on this cache (or it was built by imports from the start).
    bool isBuilt() const;
    // Empties the index and marks the cache for a rebuild: the state in which the schema step that made the index
    // leaves a cache of an earlier version (where a build starts from in the benchmark and the tests).
    Status clear();

    // FTS5 keeps this many bytes of pending terms in memory before it writes them out (its default is 1 MB): one
    // course's import is written at once; a full build keeps everything until its end.
    static constexpr int PendingBytes = 8 * 1024 * 1024;
    static constexpr int BuildPendingBytes = 64 * 1024 * 1024;
    static constexpr int BuildPageCacheKiB = 64 * 1024;

private:
    Status build();
    Status recreate(int pendingBytes); // a new, empty table, FTS5's pending terms kept up to pendingBytes

    CacheDatabase &m_db;
};

} // namespace coursedesk
