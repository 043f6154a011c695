#include "storage/SearchIndex.h"

#include "storage/CacheDatabase.h"
#include "storage/SearchSource.h"
#include "storage/SearchText.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxWords = 32;
constexpr auto BuiltKey = "search_index";

QString tr(const char *text)
{
    return QCoreApplication::translate("coursedesk::SearchIndex", text);
}

bool hasWordCharacter(QStringView word)
{
    for (QChar c : word) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QString SearchHit::plainSnippet() const
{
    QString plain = snippet;
    plain.remove(SearchIndex::MatchStart);
    plain.remove(SearchIndex::MatchEnd);
    return plain;
}

QList<std::pair<qsizetype, qsizetype>> SearchHit::matches() const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype plainPos = 0;
    qsizetype start = -1;
    for (QChar c : snippet) {
        if (c == SearchIndex::MatchStart) {
            start = plainPos;
        } else if (c == SearchIndex::MatchEnd) {
            if (start >= 0)
                ranges.append({start, plainPos - start});
            start = -1;
        } else {
            ++plainPos;
        }
    }
    return ranges;
}

SearchIndex::SearchIndex(CacheDatabase &db)
    : m_db(db)
{}

Result<QString> SearchIndex::matchExpression(const QString &typed)
{
    QStringList terms;
    for (QString word : typed.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!hasWordCharacter(word))
            continue; // "*", "-", a lone quote: nothing to look for
        if (terms.size() == MaxWords)
            break;
        word.replace(u'"', u"\"\""_s);
        terms << u'"' + word + u"\"*"_s;
    }
    if (terms.isEmpty()) {
        return Error{u"empty_query"_s, tr("Type a word to search for: a search needs at least one letter or digit.")};
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> SearchIndex::search(const QString &typed, std::optional<qint64> courseId, int limit) const
{
    Result<QString> match = matchExpression(typed);
    if (!match)
        return match.error();
    QSqlQuery q = m_db.prepare(
        u"SELECT search_index.rowid, search_index.course_id, l.section_id, COALESCE(c.name, n.course_name, ''), "
        "COALESCE(sec.name, n.section_name, ''), COALESCE(l.name, search_index.title), "
        "snippet(search_index, -1, ?, ?, '…', 14), search_index.rank, l.id IS NULL "
        "FROM search_index LEFT JOIN lessons l ON l.id = search_index.rowid "
        "LEFT JOIN sections sec ON sec.id = l.section_id LEFT JOIN courses c ON c.id = search_index.course_id "
        "LEFT JOIN notes n ON n.course_id = search_index.course_id AND n.lesson_id = search_index.rowid "
        "WHERE search_index MATCH ? AND (? IS NULL OR search_index.course_id = ?) "
        "ORDER BY search_index.rank LIMIT ?"_s);
    q.addBindValue(QString(MatchStart));
    q.addBindValue(QString(MatchEnd));
    q.addBindValue(*match);
    const QVariant course = courseId ? QVariant(*courseId) : QVariant();
    q.addBindValue(course);
    q.addBindValue(course);
    q.addBindValue(limit);
    if (Status ran = m_db.exec(q, QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "search the courses")); !ran)
        return ran.error();
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.lessonId = q.value(0).toLongLong();
        hit.courseId = q.value(1).toLongLong();
        hit.sectionId = q.value(2).toLongLong();
        hit.courseName = q.value(3).toString();
        hit.sectionName = q.value(4).toString();
        hit.lessonName = q.value(5).toString();
        hit.snippet = q.value(6).toString();
        hit.rank = q.value(7).toDouble();
        hit.removed = q.value(8).toBool();
        hits.append(hit);
    }
    return hits;
}

Result<IndexChanges> SearchIndex::indexCourse(const Course &course)
{
    const char *what = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the search index");
    struct Row
    {
        QString title;
        QString body;
    };
    QHash<qint64, Row> existing;
    {
        QSqlQuery rows = m_db.prepare(u"SELECT rowid, title, body FROM search_index WHERE course_id = ?"_s);
        rows.addBindValue(course.id);
        if (Status ran = m_db.exec(rows, what); !ran)
            return ran.error();
        while (rows.next())
            existing.insert(rows.value(0).toLongLong(), Row{rows.value(1).toString(), rows.value(2).toString()});
    }
    QSet<qint64> noted;
    {
        QSqlQuery notes = m_db.prepare(u"SELECT lesson_id FROM notes WHERE course_id = ? AND text <> ''"_s);
        notes.addBindValue(course.id);
        if (Status ran = m_db.exec(notes, what); !ran)
            return ran.error();
        while (notes.next())
            noted.insert(notes.value(0).toLongLong());
    }

    QSqlQuery update = m_db.prepare(u"UPDATE search_index SET title = ?, body = ? WHERE rowid = ?"_s);
    QSqlQuery clear = m_db.prepare(u"DELETE FROM search_index WHERE rowid = ?"_s);
    QSqlQuery insert =
        m_db.prepare(u"INSERT INTO search_index(rowid, title, body, note, course_id) VALUES(?, ?, ?, "
                     "COALESCE((SELECT text FROM notes WHERE course_id = ? AND lesson_id = ?), ''), ?)"_s);
    IndexChanges changes;
    QSet<qint64> present;
    // Rows of the course's new lessons that another course holds (the lesson moved): removed in one statement
    // before the first insert. The ids are integers formatted here, so the list carries no user text.
    bool movedCleared = false;
    const auto clearMoved = [&]() -> Status {
        QStringList fresh;
        for (const Section &section : course.sections) {
            for (const Lesson &lesson : section.lessons) {
                if (!existing.contains(lesson.id))
                    fresh << QString::number(lesson.id);
            }
        }
        QSqlQuery moved =
            m_db.prepare(u"DELETE FROM search_index WHERE rowid IN ("_s + fresh.join(u',') + u") AND course_id <> ?"_s);
        moved.addBindValue(course.id);
        return m_db.exec(moved, what);
    };
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            present.insert(lesson.id);
            const auto old = existing.constFind(lesson.id);
            if (old != existing.cend()) {
                const QString body = lesson.hasBody ? searchtext::ofLessonBody(*lesson.body) : old->body;
                if (old->title == lesson.name && old->body == body)
                    continue;
                if (old->title != lesson.name || !old->body.isEmpty())
                    changes.changedLessons.append(lesson.id);
                update.addBindValue(sql::text(lesson.name));
                update.addBindValue(sql::text(body));
                update.addBindValue(lesson.id);
                if (Status ok = m_db.exec(update, what); !ok)
                    return ok.error();
                continue;
            }
            // A lesson new to this course; one moved here from another course leaves its old row first.
            if (!movedCleared) {
                if (Status ok = clearMoved(); !ok)
                    return ok.error();
                movedCleared = true;
            }
            insert.addBindValue(lesson.id);
            insert.addBindValue(sql::text(lesson.name));
            insert.addBindValue(lesson.hasBody ? searchtext::ofLessonBody(*lesson.body) : u""_s);
            insert.addBindValue(course.id);
            insert.addBindValue(lesson.id);
            insert.addBindValue(course.id);
            if (Status ok = m_db.exec(insert, what); !ok)
                return ok.error();
            changes.newLessons.append(lesson.id);
        }
    }
    // Vanished lessons leave the index, but a note keeps its row (without the lesson's text) to be found.
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        if (noted.contains(it.key())) {
            if (it->body.isEmpty())
                continue;
            update.addBindValue(it->title);
            update.addBindValue(u""_s);
            update.addBindValue(it.key());
            if (Status ok = m_db.exec(update, what); !ok)
                return ok.error();
        } else {
            clear.addBindValue(it.key());
            if (Status ok = m_db.exec(clear, what); !ok)
                return ok.error();
        }
    }
    return changes;
}

Status SearchIndex::setNote(qint64 courseId, qint64 lessonId, const QString &title, const QString &note)
{
    const char *what = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "update the search index");
    QSqlQuery update = m_db.prepare(u"UPDATE search_index SET note = ? WHERE rowid = ?"_s);
    update.addBindValue(sql::text(note));
    update.addBindValue(lessonId);
    if (Status ok = m_db.exec(update, what); !ok)
        return ok;
    if (update.numRowsAffected() > 0 || note.isEmpty())
        return success();
    QSqlQuery insert =
        m_db.prepare(u"INSERT INTO search_index(rowid, title, body, note, course_id) VALUES(?, ?, '', ?, ?)"_s);
    insert.addBindValue(lessonId);
    insert.addBindValue(sql::text(title));
    insert.addBindValue(note);
    insert.addBindValue(courseId);
    return m_db.exec(insert, what);
}

bool SearchIndex::isBuilt() const
{
    return m_db.meta(QString::fromLatin1(BuiltKey)) != u"rebuild"_s;
}

Status SearchIndex::rebuild()
{
    const char *what = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "build the search index");
    // The build writes the whole account's index in one transaction. With the connection's usual page cache its
    // pages would spill to the WAL and be read back again, and FTS5 would flush its pending terms every few MB and
    // merge the segments it wrote: for the build, a large page cache, and the terms kept in memory until the end.
    const auto pageCache = [&](int kib) {
        QSqlQuery pragma = m_db.prepare(u"PRAGMA cache_size = -%1"_s.arg(kib));
        return m_db.exec(pragma, what);
    };
    if (Status ok = pageCache(BuildPageCacheKiB); !ok)
        return ok;
    // The index is derived from the cache: a build lost to a power cut is made again (the meta key still says
    // "rebuild"), so its commit need not wait for the disk as a learner's action does.
    Status built = m_db.withRelaxedSync([this] { return build(); });
    if (Status ok = pageCache(CacheDatabase::PageCacheKiB); !ok && built)
        return ok;
    return built;
}

Status SearchIndex::clear()
{
    return m_db.transaction([&]() -> Status {
        if (Status empty = recreate(PendingBytes); !empty)
            return empty;
        return m_db.setMeta(QString::fromLatin1(BuiltKey), u"rebuild"_s);
    });
}

Status SearchIndex::recreate(int pendingBytes)
{
    const char *what = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "build the search index");
    // A new table rather than DELETE: deleting from an FTS5 table reads back and tokenizes every row first.
    // (The same statements as the schema step that made it.)
    for (const QString &statement :
         {u"DROP TABLE search_index"_s,
          u"CREATE VIRTUAL TABLE search_index USING fts5(title, body, note, course_id UNINDEXED, "
          "tokenize = 'unicode61 remove_diacritics 2')"_s,
          u"INSERT INTO search_index(search_index, rank) VALUES('rank', 'bm25(10.0, 1.0, 3.0)')"_s,
          u"INSERT INTO search_index(search_index, rank) VALUES('hashsize', %1)"_s.arg(pendingBytes)}) {
        QSqlQuery step = m_db.prepare(statement);
        if (Status ok = m_db.exec(step, what); !ok)
            return ok;
    }
    return success();
}

Status SearchIndex::build()
{
    const char *what = QT_TRANSLATE_NOOP("coursedesk::CacheDatabase", "build the search index");
    return m_db.transaction([&]() -> Status {
        if (Status empty = recreate(BuildPendingBytes); !empty)
            return empty;
        // Titles, text (HTML made words, which SQL cannot do, with the quiz texts) and notes, made on a thread of
        // their own (SearchSource) while this one writes the index.
        SearchSource source(m_db.filePath());
        QSqlQuery insert =
            m_db.prepare(u"INSERT INTO search_index(rowid, title, body, note, course_id) VALUES(?, ?, ?, ?, ?)"_s);
        for (;;) {
            Result<QList<SearchSource::Row>> batch = source.next();
            if (!batch)
                return batch.error();
            if (batch->isEmpty())
                break;
            for (const SearchSource::Row &row : std::as_const(*batch)) {
                insert.addBindValue(row.lessonId);
                insert.addBindValue(sql::text(row.title));
                insert.addBindValue(sql::text(row.body));
                insert.addBindValue(sql::text(row.note));
                insert.addBindValue(row.courseId);
                if (Status ok = m_db.exec(insert, what); !ok)
                    return ok;
            }
        }
        // Back to the pending size of an import (Schema.cpp).
        QSqlQuery pending =
            m_db.prepare(u"INSERT INTO search_index(search_index, rank) VALUES('hashsize', %1)"_s.arg(PendingBytes));
        if (Status ok = m_db.exec(pending, what); !ok)
            return ok;
        return m_db.setMeta(QString::fromLatin1(BuiltKey), u"built"_s);
    });
}

} // namespace coursedesk
