// Lesson comments cached with the lesson (issue 20, "cached with the lesson and readable offline"; branch comments2),
// end to end against the reference server in both dialects: a sync brings the thread of every lesson the learner
// may read whose comments are enabled (course 2: lessons 201, 203 and 204; 202 is a draft and 205 takes none), so
// that with the server gone every one of them reads from the cache; a second sync with nothing changed is answered
// 304 for every thread and rewrites nothing; what changed on the server (a new answer, a deletion) arrives with the
// next sync; the learner's queued comments stay in place; a thread that cannot be read stays as it was cached and
// is a warning, never a failed sync.
#include "SyncClient.h"

#include "session/LessonComments.h"
#include "storage/CommentStore.h"

using namespace coursedesk;
using namespace coursedesk::test;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 course = 2;

struct Place
{
    qint64 section = 0;
    qint64 lesson = 0;
};
constexpr Place whyNotes{21, 201};
constexpr Place structure{21, 203};
constexpr Place reviewing{22, 204};
constexpr int threadsOfTheLearner = 3; // 201, 203, 204

// A comment made on the server (by `user`), as if written there from the web.
qint64 serverComment(SyncClient &c, const QString &user, Place at, const QString &text, qint64 parent = 0)
{
    model::Comment comment;
    comment.courseId = course;
    comment.sectionId = at.section;
    comment.lessonId = at.lesson;
    comment.userId = c.userId(user);
    comment.parentId = parent;
    comment.html = u"<p>"_s + text + u"</p>"_s;
    comment.createdAt = c.server.now();
    c.clock.advanceSecs(1);
    const Result<qint64> id = c.server.store().addComment(comment);
    return id ? *id : 0;
}

// A lesson's thread as the learner sees it: "[pending ]author: words", replies indented.
QStringList threadOf(SyncClient &c, qint64 lesson)
{
    const Result<QList<CommentItem>> thread = c.runtime->comments().thread(course, lesson);
    if (!thread)
        return {u"error: "_s + thread.error().message};
    QStringList lines;
    for (const CommentItem &item : *thread) {
        lines << (item.comment.isReply() ? u"  "_s : QString()) + (item.isPending() ? u"pending "_s : QString()) +
                     item.comment.author.username + u": "_s + CommentText::plain(item.html());
    }
    return lines;
}

Fault failing(FaultMode mode, const QString &path, int status = 500)
{
    Fault f;
    f.mode = mode;
    f.status = status;
    f.count = 1;
    f.pathContains = path;
    return f;
}

QString listPath(qint64 lesson)
{
    return u"/lesson/%1/comment/"_s.arg(lesson);
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class tst_SyncCommentThreads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void aSyncBringsEveryCommentableThread_readableWithTheServerGone()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        const qint64 question = serverComment(c, u"ana"_s, whyNotes, u"Why dates?"_s);
        serverComment(c, u"teacher"_s, whyNotes, u"So you know when."_s, question);
        serverComment(c, u"eve"_s, structure, u"Headings help."_s);
        // Lesson 205 takes no comments: it is never asked (this fault would stay unused).
        c.server.addFault(failing(FaultMode::Status, listPath(205)));
        QVERIFY(c.signIn());

        const SyncReport report = c.sync();
        QVERIFY2(!report.failure, report.failure ? qPrintable(report.failure->message) : "");
        QCOMPARE(report.threadsFetched, threadsOfTheLearner);
        QCOMPARE(report.commentWarnings, QStringList{});
        QCOMPARE(c.server.faults().pending().size(), 1);
        QCOMPARE(c.server.counters().commentLists, threadsOfTheLearner + 1); // and the replies of the one thread

        // The server is gone: every thread reads from the cache, as the window and `comments` read it.
        Fault gone = failing(FaultMode::Close, QString());
        gone.count = -1;
        c.server.clearFaults();
        c.server.addFault(gone);
        const auto fetched = await<Result<CommentFetch>>(
            [&](auto done) { c.runtime->comments().fetch(course, whyNotes.lesson, 0, done); });
        QVERIFY(fetched && !*fetched);
        QCOMPARE(threadOf(c, whyNotes.lesson), (QStringList{u"ana: Why dates?"_s, u"  teacher: So you know when."_s}));
        QCOMPARE(threadOf(c, structure.lesson), QStringList{u"eve: Headings help."_s});
        QCOMPARE(threadOf(c, reviewing.lesson), QStringList{});
    }

    void aSecondSyncWithNothingChanged_isAnswered304ForEveryThread()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        const qint64 question = serverComment(c, u"ana"_s, whyNotes, u"Why dates?"_s);
        serverComment(c, u"teacher"_s, whyNotes, u"So you know when."_s, question);
        QVERIFY(c.signIn());
        QCOMPARE(c.sync().threadsFetched, threadsOfTheLearner);
        const RefServerCounters before = c.server.counters();
        const qint64 storedBefore = *c.state.comments().sequence();

        const SyncReport second = c.sync();
        const RefServerCounters after = c.server.counters();
        QCOMPARE(second.threadsFetched, 0);
        QCOMPARE(second.threadsUnchanged, threadsOfTheLearner);
        QCOMPARE(after.commentLists - before.commentLists, 0); // not even the replies are read again
        QCOMPARE(after.commentListsNotModified - before.commentListsNotModified, threadsOfTheLearner);
        QCOMPARE(*c.state.comments().sequence(), storedBefore); // nothing rewritten
        QCOMPARE(threadOf(c, whyNotes.lesson), (QStringList{u"ana: Why dates?"_s, u"  teacher: So you know when."_s}));
    }

    void whatChangedOnTheServer_arrivesWithTheNextSync()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        const qint64 question = serverComment(c, u"ana"_s, whyNotes, u"Why dates?"_s);
        const qint64 other = serverComment(c, u"eve"_s, structure, u"Headings help."_s);
        QVERIFY(c.signIn());
        c.sync();

        // The instructor answers; eve's comment is deleted.
        serverComment(c, u"teacher"_s, whyNotes, u"So you know when."_s, question);
        QVERIFY(c.server.store().removeComment(other));
        const SyncReport next = c.sync();
        QCOMPARE(next.threadsFetched, 2);
        QCOMPARE(next.threadsUnchanged, 1);
        QCOMPARE(threadOf(c, whyNotes.lesson), (QStringList{u"ana: Why dates?"_s, u"  teacher: So you know when."_s}));
        QCOMPARE(threadOf(c, structure.lesson), QStringList{});

        // A reply deleted on the server goes too.
        const qint64 answer = c.runtime->comments().thread(course, whyNotes.lesson)->at(1).comment.id;
        QVERIFY(c.server.store().removeComment(answer));
        QCOMPARE(c.sync().threadsFetched, 1);
        QCOMPARE(threadOf(c, whyNotes.lesson), QStringList{u"ana: Why dates?"_s});
    }

    // A thread longer than a page: a sync brings its first page (50 first-level comments); what was deleted within
    // that page goes, what lies beyond it stays as it was cached until it is read again.
    void aLongThread_firstPageAtSync_deletionsWithinItForgotten()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QList<qint64> ids;
        for (int i = 1; i <= 55; ++i)
            ids << serverComment(c, u"ana"_s, structure, u"Note %1"_s.arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(c.signIn());
        c.sync();
        QCOMPARE(threadOf(c, structure.lesson).size(), 50);
        const auto more = await<Result<CommentFetch>>(
            [&](auto done) { c.runtime->comments().fetch(course, structure.lesson, 50, done, 50); });
        QVERIFY(more && *more);
        QCOMPARE(threadOf(c, structure.lesson).size(), 55);

        QVERIFY(c.server.store().removeComment(ids.at(2)));  // Note 03, on the first page
        QVERIFY(c.server.store().removeComment(ids.at(52))); // Note 53, beyond it
        QCOMPARE(c.sync().threadsFetched, 1);
        const QStringList thread = threadOf(c, structure.lesson);
        QCOMPARE(thread.size(), 54);
        QVERIFY(!thread.contains(u"ana: Note 03"_s));
        QVERIFY(thread.contains(u"ana: Note 04"_s));
        QVERIFY(thread.contains(u"ana: Note 53"_s)); // not known to be gone until read
    }

    void theLearnersQueuedComments_stayInPlace()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        serverComment(c, u"ana"_s, structure, u"Headings help."_s);
        QVERIFY(c.signIn());
        c.sync();
        // Queued offline after a lesson completed: the course's actions go in order, and the completion is answered
        // 503 this time, so the comment waits behind it, unsent.
        QVERIFY(c.session.setCompleted(course, whyNotes.lesson, true).ok());
        QVERIFY(c.runtime->comments().write(course, structure.lesson, u"And lists?"_s));
        serverComment(c, u"eve"_s, structure, u"Short ones."_s);
        c.server.addFault(failing(FaultMode::Status, u"/201/complete"_s, 503));
        const SyncReport report = c.sync();
        QCOMPARE(report.pending, 2);
        QCOMPARE(report.threadsFetched, 1);
        QCOMPARE(threadOf(c, structure.lesson),
                 (QStringList{u"ana: Headings help."_s, u"eve: Short ones."_s, u"pending learner: And lists?"_s}));

        // Sent by the next sync, and in the thread as the server has it.
        c.clock.advanceSecs(60);
        QCOMPARE(c.sync().sent, 2);
        QCOMPARE(threadOf(c, structure.lesson),
                 (QStringList{u"ana: Headings help."_s, u"eve: Short ones."_s, u"learner: And lists?"_s}));
    }

    // A comment whose answer was lost may be on the server already: its thread waits for the next send's read-back,
    // so the comment is shown once (pending), never as the server's copy beside the pending one.
    void aCommentAwaitingConfirmation_isShownOnce()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        QVERIFY(c.signIn());
        c.sync();
        QVERIFY(c.runtime->comments().write(course, structure.lesson, u"And lists?"_s));
        Fault lost = failing(FaultMode::Close, listPath(structure.lesson));
        lost.afterProcessing = true; // made on the server, the answer lost
        c.server.addFault(lost);
        c.sync();
        QCOMPARE(c.server.counters().comments, 1);
        QCOMPARE(threadOf(c, structure.lesson), QStringList{u"pending learner: And lists?"_s});

        c.clock.advanceSecs(60);
        QCOMPARE(c.sync().sent, 1);
        QCOMPARE(c.server.counters().comments, 1);
        QCOMPARE(threadOf(c, structure.lesson), QStringList{u"learner: And lists?"_s});
    }

    // "Mine" by the user's id, which the sync learns once (CommentAuthorship): the account's name may be an old one.
    void mine_byTheIdTheSyncLearnt()
    {
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        serverComment(c, u"learner"_s, whyNotes, u"My question."_s);
        serverComment(c, u"ana"_s, whyNotes, u"Hers."_s);
        QVERIFY(c.signIn());
        QCOMPARE(c.state.comments().selfId(), 0);
        // The account knows the user by a name the server no longer uses (renamed on the web since).
        c.runtime->comments().setSelf(CommentAuthor{0, u"learner-before-rename"_s, {}});
        c.sync();
        QCOMPARE(c.state.comments().selfId(), c.userId(u"learner"_s));
        const QList<CommentItem> thread = *c.runtime->comments().thread(course, whyNotes.lesson);
        QCOMPARE(thread.size(), 2);
        QVERIFY(thread.at(0).mine); // same id, another name
        QVERIFY(!thread.at(1).mine);
        QVERIFY(c.runtime->comments().edit(course, whyNotes.lesson, thread.at(0).comment.id, u"Better."_s));
        QVERIFY(!c.runtime->comments().edit(course, whyNotes.lesson, thread.at(1).comment.id, u"Mine?"_s));
    }

    void aThreadThatCannotBeRead_staysAsCached_andIsAWarning_data()
    {
        QTest::addColumn<Fault>("fault");
        Fault closed = failing(FaultMode::Close, listPath(201));
        closed.count = 2; // Qt sends a GET again once by itself when the connection closes
        QTest::addRow("network") << closed;
        QTest::addRow("refused (403)") << failing(FaultMode::Status, listPath(201), 403);
        QTest::addRow("server error") << failing(FaultMode::Status, listPath(201), 500);
        QTest::addRow("broken JSON") << failing(FaultMode::Malformed, listPath(201));
    }
    void aThreadThatCannotBeRead_staysAsCached_andIsAWarning()
    {
        QFETCH(Fault, fault);
        SyncClient c(optionsFor(currentDialect()));
        QVERIFY(c.serverUp);
        const qint64 question = serverComment(c, u"ana"_s, whyNotes, u"Why dates?"_s);
        serverComment(c, u"teacher"_s, whyNotes, u"So you know when."_s, question);
        QVERIFY(c.signIn());
        c.sync();
        serverComment(c, u"eve"_s, whyNotes, u"Me too."_s);
        c.server.addFault(fault);

        const SyncReport report = c.sync();
        QVERIFY2(!report.failure, report.failure ? qPrintable(report.failure->message) : "");
        QVERIFY(!report.localFailure);
        QCOMPARE(report.coursesPulled, c.platform() ? 3 : 2);
        QCOMPARE(report.commentWarnings.size(), 1);
        QVERIFY2(report.commentWarnings.first().contains(u"Why notes matter"_s),
                 qPrintable(report.commentWarnings.first()));
        QCOMPARE(threadOf(c, whyNotes.lesson), (QStringList{u"ana: Why dates?"_s, u"  teacher: So you know when."_s}));

        // The next sync reads it (its tag was not replaced).
        QCOMPARE(c.sync().commentWarnings, QStringList{});
        QCOMPARE(threadOf(c, whyNotes.lesson),
                 (QStringList{u"ana: Why dates?"_s, u"  teacher: So you know when."_s, u"eve: Me too."_s}));
    }
};

QTEST_GUILESS_MAIN(tst_SyncCommentThreads)
#include "tst_SyncCommentThreads.moc"
