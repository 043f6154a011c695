#include "storage/Schema.h"

namespace coursedesk::schema {

using namespace Qt::StringLiterals;

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 0 -> 1: the first schema.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
            u"CREATE TABLE courses ("
            " id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL DEFAULT '',"
            " description TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, privacy TEXT NOT NULL DEFAULT '',"
            " enforce_order INTEGER NOT NULL DEFAULT 0, join_status TEXT NOT NULL DEFAULT '',"
            " joined_at TEXT, created_at TEXT, created_by INTEGER NOT NULL DEFAULT 0,"
            " enrollment_id TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,"
            " server_completed INTEGER, server_total INTEGER, server_rate INTEGER, synced_at TEXT)"_s,
            u"CREATE TABLE sections ("
            " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, name TEXT NOT NULL, dripped_at TEXT, drip_delay INTEGER NOT NULL DEFAULT 0,"
            " available_date TEXT, server_locked INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX sections_by_course ON sections(course_id, position)"_s,
            u"CREATE TABLE lessons ("
            " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
            " section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,"
            " comments_enabled INTEGER NOT NULL DEFAULT 0, server_locked INTEGER NOT NULL DEFAULT 0,"
            " has_body INTEGER NOT NULL DEFAULT 0, html TEXT NOT NULL DEFAULT '', passing_grade INTEGER NOT NULL DEFAULT 60)"_s,
            u"CREATE INDEX lessons_by_course ON lessons(course_id, section_id, position)"_s,
            u"CREATE TABLE questions ("
            " id INTEGER PRIMARY KEY, lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, image TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX questions_by_lesson ON questions(lesson_id, position)"_s,
            u"CREATE TABLE answers ("
            " id INTEGER PRIMARY KEY, question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, text TEXT NOT NULL, correct INTEGER)"_s,
            u"CREATE INDEX answers_by_question ON answers(question_id, position)"_s,
            // Per-lesson completion: what the learner did here, and what the server last confirmed.
            u"CREATE TABLE lesson_state ("
            " lesson_id INTEGER PRIMARY KEY REFERENCES lessons(id) ON DELETE CASCADE,"
            " local_completion TEXT NOT NULL, local_changed_at TEXT,"
            " confirmed_completion TEXT NOT NULL, confirmed_at TEXT)"_s,
            // Quiz attempts made here (awaiting grading, graded or rejected) and the server's last one.
            u"CREATE TABLE attempts ("
            " local_id INTEGER PRIMARY KEY AUTOINCREMENT, course_id INTEGER NOT NULL, lesson_id INTEGER NOT NULL,"
            " idempotency_key TEXT UNIQUE, responses_json TEXT NOT NULL DEFAULT '[]', submitted_at TEXT,"
            " state TEXT NOT NULL, server_id INTEGER, grade INTEGER, result TEXT, passing_grade INTEGER,"
            " num_attempts INTEGER, correct_responses INTEGER, outcome_json TEXT, graded_at TEXT, reason TEXT)"_s,
            u"CREATE INDEX attempts_by_lesson ON attempts(lesson_id, local_id)"_s,
            // Learner actions waiting for the server, in creation order (id). No foreign keys: an entry
            // outlives a lesson that vanished, so that it can be reported.
            u"CREATE TABLE outbox ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, course_id INTEGER NOT NULL, section_id INTEGER NOT NULL,"
            " lesson_id INTEGER NOT NULL, kind TEXT NOT NULL, idempotency_key TEXT, state TEXT NOT NULL,"
            " created_at TEXT NOT NULL, tries INTEGER NOT NULL DEFAULT 0, next_try_at TEXT,"
            " error_code TEXT, reason TEXT)"_s,
            u"CREATE INDEX outbox_by_state ON outbox(state, course_id, id)"_s,
        },
        // 1 -> 2: the enrollment endpoint's two-decimal progress figure, kept beside the whole percent.
        {
            u"ALTER TABLE courses ADD COLUMN server_percentage REAL"_s,
            u"CREATE INDEX outbox_by_lesson ON outbox(lesson_id, state)"_s,
        },
        // 2 -> 3: the instructor dashboard's last fetched pages and completion summary, for offline viewing.
        // No foreign key: a dashboard may be opened for a course that is not downloaded.
        {
            u"CREATE TABLE dashboard_pages ("
            " course_id INTEGER NOT NULL, kind TEXT NOT NULL, query_key TEXT NOT NULL, page_offset INTEGER NOT NULL,"
            " total INTEGER NOT NULL, rows_json TEXT NOT NULL, fetched_at TEXT NOT NULL,"
            " PRIMARY KEY (course_id, kind, query_key, page_offset))"_s,
            u"CREATE TABLE dashboard_summary ("
            " course_id INTEGER PRIMARY KEY, summary_json TEXT NOT NULL, fetched_at TEXT NOT NULL)"_s,
        },
        // 3 -> 4: exactly once without the server's help: when a quiz attempt was first sent (server time) and
        // how many attempts the server had counted before, to tell after a lost reply whether it landed.
        {
            u"ALTER TABLE attempts ADD COLUMN first_sent_at TEXT"_s,
            u"ALTER TABLE attempts ADD COLUMN attempts_before INTEGER"_s,
        },
        // 4 -> 5 (branch comments): lesson comments as last read from the server (readable offline; read_at marks
        // what an instructor has seen in the inbox), and the words of comment writes waiting in the outbox, kept
        // after a rejection. No foreign keys: a comment outlives a lesson that vanished, so it can be reported.
        {
            u"CREATE TABLE comments ("
            " id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL, section_id INTEGER NOT NULL,"
            " lesson_id INTEGER NOT NULL, parent_id INTEGER NOT NULL DEFAULT 0, in_reply_to INTEGER NOT NULL DEFAULT 0,"
            " html TEXT NOT NULL DEFAULT '', created_at TEXT, author_id INTEGER NOT NULL DEFAULT 0,"
            " author_username TEXT NOT NULL DEFAULT '', author_name TEXT NOT NULL DEFAULT '',"
            " latest_reply_id INTEGER NOT NULL DEFAULT 0, section_name TEXT NOT NULL DEFAULT '',"
            " lesson_name TEXT NOT NULL DEFAULT '', fetched_at TEXT NOT NULL, read_at TEXT,"
            " stored_seq INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX comments_by_lesson ON comments(lesson_id, parent_id, created_at)"_s,
            u"CREATE INDEX comments_by_course ON comments(course_id, created_at)"_s,
            u"CREATE TABLE comment_drafts ("
            " entry_id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL, section_id INTEGER NOT NULL,"
            " lesson_id INTEGER NOT NULL, comment_id INTEGER NOT NULL DEFAULT 0, parent_id INTEGER NOT NULL DEFAULT 0,"
            " in_reply_to INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL DEFAULT '', written_at TEXT NOT NULL,"
            " first_sent_at TEXT, server_id INTEGER)"_s,
            u"CREATE INDEX comment_drafts_by_lesson ON comment_drafts(lesson_id, entry_id)"_s,
        },
        // 5 -> 6 (branch find): offline search (FTS5; the bm25 weights rank a title match above a text match), notes
        // and
        // bookmarks keyed by (course, lesson) without foreign keys so that they outlive their lesson, and what's new
        // (badges until the lesson is opened; the id orders them by the sync that brought them). A cache that
        // already holds lessons gets its index built from them when it is next opened (SearchIndex::rebuild).
        {
            u"CREATE VIRTUAL TABLE search_index USING fts5(title, body, note, course_id UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2')"_s,
            u"INSERT INTO search_index(search_index, rank) VALUES('rank', 'bm25(10.0, 1.0, 3.0)')"_s,
            u"INSERT INTO meta(key, value) SELECT 'search_index', 'rebuild' WHERE EXISTS (SELECT 1 FROM lessons)"_s,
            u"CREATE TABLE notes ("
            " course_id INTEGER NOT NULL, lesson_id INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '',"
            " bookmarked INTEGER NOT NULL DEFAULT 0, course_name TEXT NOT NULL DEFAULT '',"
            " section_name TEXT NOT NULL DEFAULT '', lesson_name TEXT NOT NULL DEFAULT '', updated_at TEXT,"
            " PRIMARY KEY (course_id, lesson_id))"_s,
            u"CREATE TABLE news ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, course_id INTEGER NOT NULL, item TEXT NOT NULL,"
            " item_id INTEGER NOT NULL, change TEXT NOT NULL, UNIQUE (course_id, item, item_id))"_s,
        },
        // 6 -> 7 (branch media, issue 18): the offline copy of a lesson's files. media_files: one row per course and
        // address (the file itself lives in the files folder beside the cache, named by a hash of the address, shared
        // by the courses that use it); lesson_medias: what each lesson refers to, for the list under it;
        // body_validators: the ETag / Last-Modified of each lesson body, sent back to be answered 304.
        {
            u"CREATE TABLE media_files ("
            " course_id INTEGER NOT NULL, url TEXT NOT NULL, file TEXT NOT NULL, size INTEGER NOT NULL DEFAULT 0,"
            " content_type TEXT NOT NULL DEFAULT '', etag TEXT NOT NULL DEFAULT '',"
            " last_modified TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, error TEXT NOT NULL DEFAULT '',"
            " fetched_at TEXT, PRIMARY KEY (course_id, url))"_s,
            u"CREATE INDEX media_files_by_url ON media_files(url)"_s,
            u"CREATE TABLE lesson_medias ("
            " lesson_id INTEGER NOT NULL, course_id INTEGER NOT NULL, position INTEGER NOT NULL, url TEXT NOT NULL,"
            " use TEXT NOT NULL, type TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (lesson_id, position))"_s,
            u"CREATE INDEX lesson_medias_by_course ON lesson_medias(course_id)"_s,
            u"CREATE TABLE body_validators ("
            " lesson_id INTEGER PRIMARY KEY, etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '')"_s,
        },
        // 7 -> 8 (issue 19): the search index keeps a course import's terms in memory and writes them once
        // (FTS5's pending-terms size, 1 MB by default: SearchIndex::PendingBytes).
        {
            u"INSERT INTO search_index(search_index, rank) VALUES('hashsize', 8388608)"_s,
        },
        // 8 -> 9 (issue 18): until when each lesson body and file may be kept without asking the server
        // (remote/Freshness, RFC 9111): NULL asks every time, as every copy kept before this step does.
        {
            u"ALTER TABLE body_validators ADD COLUMN fresh_until TEXT"_s,
            u"ALTER TABLE media_files ADD COLUMN fresh_until TEXT"_s,
        },
        // 9 -> 10 (issue 20): the ETag / Last-Modified of each lesson's comment thread as the sync last read it,
        // sent back to be answered 304 (CommentSync).
        {
            u"CREATE TABLE comment_threads ("
            " lesson_id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL, etag TEXT NOT NULL DEFAULT '',"
            " last_modified TEXT NOT NULL DEFAULT '', fetched_at TEXT, fresh_until TEXT)"_s,
        },
    };
    return all;
}

} // namespace coursedesk::schema
