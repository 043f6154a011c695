// Notes, bookmarks and what's new across syncs, end to end against the reference server in both dialects: a note
// and a bookmark belong to (course, lesson), so a rename on the server changes the name they are listed under and
// nothing else; a lesson the server removes keeps its note under "Removed lessons"; and each sync leaves badges
// for what it brought, summed up in one sentence per course.
#include "SyncClient.h"

#include "session/CourseSearch.h"
#include "session/Notebook.h"

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

class tst_SyncNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void noteSurvivesASyncThatRenamesItsLesson()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        Notebook &notebook = c.runtime->notebook();
        QVERIFY(notebook.setNote(1, 102, u"Ask about the outbox"_s));
        QVERIFY(notebook.setBookmarked(1, 102, true));

        QVERIFY(c.server.store().renameLesson(1, 102, u"Marking lessons done"_s));
        const Result<qint64> mark = notebook.newsMark();
        QVERIFY(mark);
        QVERIFY(!c.sync().failure);

        const Result<LessonNote> note = notebook.note(1, 102);
        QVERIFY(note);
        QCOMPARE(note->text, u"Ask about the outbox"_s);
        QVERIFY(note->bookmarked);
        QCOMPARE(note->lessonName, u"Marking lessons done"_s);
        QVERIFY(!note->removed);
        // Found by the new name and by the note; the old name is gone from the index.
        const auto byTitle = c.runtime->search().search(u"marking done"_s);
        QVERIFY(byTitle && byTitle->size() == 1);
        QCOMPARE(byTitle->first().hit.lessonId, 102);
        QCOMPARE(c.runtime->search().search(u"outbox"_s)->first().hit.lessonId, 102);
        // The rename is news: a badge on the lesson and its section, and one sentence.
        const auto news = notebook.newsSince(*mark);
        QVERIFY(news);
        QCOMPARE(news->size(), 1);
        QCOMPARE(news->first().changedLessons, 1);
        // (English plural forms come from the catalogue, which this test does not load.)
        const QStringList sentences = Notebook::newsSentences(*news);
        QCOMPARE(sentences.size(), 1);
        QVERIFY2(sentences.first().startsWith(u"1 changed lesson"_s), qPrintable(sentences.first()));
        QVERIFY2(sentences.first().endsWith(u" in Getting started with CourseDesk"_s), qPrintable(sentences.first()));
        QCOMPARE(notebook.lessonBadges(1)->value(102), WhatsNew::Change::Changed);
        QVERIFY(notebook.lessonOpened(1, 102));
        QVERIFY(!notebook.lessonBadges(1)->contains(102));
        QVERIFY(notebook.courseBadges()->value(1, 0) == 0);
    }

    void removedLessonKeepsItsNote()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        Notebook &notebook = c.runtime->notebook();
        const QString oldName = c.session.outline(1)->course.findLesson(103)->name;
        QVERIFY(notebook.setNote(1, 103, u"The progress bar counts published lessons"_s));

        QVERIFY(c.server.changeLesson(1, 103, LessonChange::Remove));
        QVERIFY(!c.sync().failure);
        QVERIFY(!c.session.outline(1)->course.findLesson(103));

        const Result<QList<LessonNote>> notes = notebook.notes();
        QVERIFY(notes && notes->size() == 1);
        QVERIFY(notes->first().removed);
        QCOMPARE(notes->first().lessonName, oldName);
        QCOMPARE(notes->first().text, u"The progress bar counts published lessons"_s);
        const QString markdown = Notebook::markdown(*notes);
        QVERIFY2(markdown.contains(u"## Removed lessons"_s), qPrintable(markdown));
        QVERIFY(markdown.contains(u"> The progress bar counts published lessons"_s));
        const auto hits = c.runtime->search().search(u"counts published"_s);
        QVERIFY(hits && hits->size() == 1);
        QVERIFY(hits->first().hit.removed);
        // Still the learner's to clear.
        QVERIFY(notebook.setNote(1, 103, QString()));
        QVERIFY(notebook.notes()->isEmpty());
    }

    void aLessonPublishedAgainIsNew()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        QVERIFY(!c.sync().failure);
        // The first download of a course is not news lesson by lesson.
        QVERIFY(c.runtime->notebook().courseBadges()->isEmpty());
        QVERIFY(c.server.changeLesson(1, 103, LessonChange::Draft));
        QVERIFY(!c.sync().failure);
        QVERIFY(c.server.changeLesson(1, 103, LessonChange::Publish));
        const Result<qint64> mark = c.runtime->notebook().newsMark();
        QVERIFY(!c.sync().failure);
        const auto news = c.runtime->notebook().newsSince(*mark);
        QVERIFY(news && news->size() == 1);
        QCOMPARE(news->first().newLessons, 1);
        QCOMPARE(c.runtime->notebook().lessonBadges(1)->value(103), WhatsNew::Change::New);
        QCOMPARE(c.runtime->notebook().courseBadges()->value(1), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SyncNotes)
#include "tst_SyncNotes.moc"
