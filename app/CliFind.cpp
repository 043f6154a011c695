// coursedesk-cli search, note, bookmark and notes: the learner's own layer over the cached courses, offline.
#include "CliApp.h"

#include "session/AccountRuntime.h"
#include "session/CourseSearch.h"
#include "session/Notebook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("coursedesk::CliApp", text, disambiguation, n);
}

QString place(const QString &course, const QString &section, const QString &lesson)
{
    QStringList parts{course, section, lesson};
    parts.removeAll(QString());
    return parts.join(u" › "_s);
}

QJsonArray matchesJson(const SearchHit &hit)
{
    QJsonArray ranges;
    for (const auto &[start, length] : hit.matches())
        ranges.append(QJsonArray{qint64(start), qint64(length)});
    return ranges;
}

QJsonObject noteJson(const LessonNote &note)
{
    return QJsonObject{
        {u"course"_s, note.courseId},
        {u"course_name"_s, note.courseName},
        {u"lesson"_s, note.lessonId},
        {u"lesson_name"_s, note.lessonName},
        {u"section_name"_s, note.sectionName},
        {u"note"_s, note.text},
        {u"bookmarked"_s, note.bookmarked},
        {u"removed"_s, note.removed},
        {u"updated_at"_s, note.updatedAt.isValid() ? QJsonValue(note.updatedAt.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

bool CliApp::isFindCommand(const QString &command)
{
    return command == u"search"_s || command == u"note"_s || command == u"bookmark"_s || command == u"notes"_s;
}

int CliApp::cmdFind(const QString &command, const QStringList &args, const FindOptions &options)
{
    // Usage first: exit 1 does not depend on the data folder.
    QList<qint64> ids;
    if (command == u"search"_s) {
        if (args.isEmpty())
            return usage(tr("search needs the words to look for."));
        if (options.clear || options.remove || options.markdown)
            return usage(tr("search takes only --course and --json."));
    } else if (command == u"notes"_s) {
        if (!args.isEmpty() || options.course || options.clear || options.remove)
            return usage(tr("notes takes no arguments; use --markdown or --json."));
        if (options.markdown && m_json)
            return usage(tr("notes: choose --markdown or --json."));
    } else {
        if (args.size() < 2 || !parseIds(args, 2, ids))
            return usage(tr("'%1' takes a course id and a lesson id.").arg(command));
        if (options.course || options.markdown)
            return usage(tr("'%1' takes no --course or --markdown.").arg(command));
        if (command == u"bookmark"_s && (args.size() != 2 || options.clear))
            return usage(tr("bookmark takes a course id and a lesson id, and --remove to take the star away."));
        if (command == u"note"_s && (options.remove || (options.clear && args.size() > 2)))
            return usage(tr("note: give the text or --clear, not both."));
    }

    if (Status opened = openSession(options.account); !opened)
        return refused(opened.error());
    if (command == u"search"_s)
        return cmdSearch(args.join(u' '), options.course);
    if (command == u"notes"_s)
        return cmdNotes(options.markdown);
    if (command == u"bookmark"_s)
        return cmdBookmark(ids.at(0), ids.at(1), !options.remove);
    std::optional<QString> text;
    if (options.clear)
        text = QString();
    else if (args.size() > 2)
        text = args.mid(2).join(u' ');
    return cmdNote(ids.at(0), ids.at(1), text);
}

int CliApp::cmdSearch(const QString &query, std::optional<qint64> courseId)
{
    Result<QList<SearchResult>> results = m_runtime->search().search(query, courseId);
    if (!results) {
        if (results.error().code == u"empty_query"_s)
            return usage(results.error().message);
        return refused(results.error());
    }
    if (m_json) {
        QJsonArray hits;
        for (const SearchResult &result : *results) {
            const SearchHit &hit = result.hit;
            hits.append(QJsonObject{{u"course"_s, hit.courseId},
                                    {u"course_name"_s, hit.courseName},
                                    {u"section"_s, hit.sectionId ? QJsonValue(hit.sectionId) : QJsonValue()},
                                    {u"section_name"_s, hit.sectionName},
                                    {u"lesson"_s, hit.lessonId},
                                    {u"lesson_name"_s, hit.lessonName},
                                    {u"snippet"_s, hit.plainSnippet()},
                                    {u"matches"_s, matchesJson(hit)},
                                    {u"locked"_s, result.locked},
                                    {u"lock_reason"_s, result.locked ? QJsonValue(result.lockReason) : QJsonValue()},
                                    {u"removed"_s, hit.removed}});
        }
        printJson(hits);
        return Ok;
    }
    if (results->isEmpty()) {
        m_out << tr("Nothing found for '%1'.").arg(query) << "\n";
        return Ok;
    }
    for (const SearchResult &result : *results) {
        const SearchHit &hit = result.hit;
        m_out << place(hit.courseName, hit.sectionName, hit.lessonName) << "  "
              << tr("(course %1, lesson %2)").arg(hit.courseId).arg(hit.lessonId);
        if (hit.removed)
            m_out << "  " << tr("removed from the course");
        else if (result.locked)
            m_out << "  " << tr("locked: %1").arg(result.lockReason);
        QString snippet = hit.snippet;
        snippet.replace(SearchIndex::MatchStart, u'[').replace(SearchIndex::MatchEnd, u']');
        m_out << "\n    " << snippet << "\n";
    }
    m_out << tr("%n result(s).", nullptr, int(results->size())) << "\n";
    return Ok;
}

int CliApp::cmdNote(qint64 courseId, qint64 lessonId, const std::optional<QString> &text)
{
    Notebook &notebook = m_runtime->notebook();
    if (text) {
        if (Status saved = notebook.setNote(courseId, lessonId, *text); !saved)
            return refused(saved.error());
    }
    Result<LessonNote> note = notebook.note(courseId, lessonId);
    if (!note)
        return refused(note.error());
    if (m_json) {
        printJson(noteJson(*note));
    } else if (text) {
        m_out << (text->isEmpty() ? tr("The note on lesson %1 is removed.") : tr("Note saved on lesson %1."))
                     .arg(lessonId)
              << "\n";
    } else {
        m_out << (note->text.isEmpty() ? tr("No note on lesson %1.").arg(lessonId) : note->text) << "\n";
    }
    return Ok;
}

int CliApp::cmdBookmark(qint64 courseId, qint64 lessonId, bool bookmarked)
{
    if (Status saved = m_runtime->notebook().setBookmarked(courseId, lessonId, bookmarked); !saved)
        return refused(saved.error());
    if (m_json) {
        printJson(QJsonObject{{u"course"_s, courseId}, {u"lesson"_s, lessonId}, {u"bookmarked"_s, bookmarked}});
        return Ok;
    }
    m_out << (bookmarked ? tr("Lesson %1 is bookmarked.") : tr("Lesson %1 is no longer bookmarked.")).arg(lessonId)
          << "\n";
    return Ok;
}

int CliApp::cmdNotes(bool markdown)
{
    Result<QList<LessonNote>> notes = m_runtime->notebook().notes();
    if (!notes)
        return refused(notes.error());
    if (m_json) {
        QJsonArray all;
        for (const LessonNote &note : *notes)
            all.append(noteJson(note));
        printJson(all);
        return Ok;
    }
    if (markdown) {
        m_out << Notebook::markdown(*notes);
        return Ok;
    }
    if (notes->isEmpty()) {
        m_out << tr("No notes or bookmarks yet. Add one with: coursedesk-cli note COURSE LESSON TEXT") << "\n";
        return Ok;
    }
    for (const LessonNote &note : *notes) {
        m_out << (note.bookmarked ? "★ " : "  ") << place(note.courseName, note.sectionName, note.lessonName) << "  "
              << tr("(course %1, lesson %2)").arg(note.courseId).arg(note.lessonId);
        if (note.removed)
            m_out << "  " << tr("removed from the course");
        m_out << "\n";
        for (const QString &line : note.text.split(u'\n', Qt::SkipEmptyParts))
            m_out << "    " << line << "\n";
    }
    return Ok;
}

QJsonArray CliApp::newsSince(qint64 mark, bool print)
{
    Result<QList<CourseNews>> news = m_runtime->notebook().newsSince(mark);
    QJsonArray courses;
    if (!news)
        return courses;
    const QStringList sentences = Notebook::newsSentences(*news);
    for (const CourseNews &course : *news) {
        courses.append(QJsonObject{{u"course"_s, course.courseId},
                                   {u"course_name"_s, course.courseName},
                                   {u"new_lessons"_s, course.newLessons},
                                   {u"changed_lessons"_s, course.changedLessons},
                                   {u"unlocked_lessons"_s, course.unlockedLessons},
                                   {u"new_sections"_s, course.newSections},
                                   {u"changed_sections"_s, course.changedSections}});
    }
    if (print) {
        for (const QString &sentence : sentences)
            m_out << sentence << "\n";
    }
    return courses;
}

} // namespace coursedesk
