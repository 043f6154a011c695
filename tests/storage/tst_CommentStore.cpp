#include "storage/CommentStore.h"

#include "storage/CacheDatabase.h"
#include "storage/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

LessonComment comment(qint64 id, qint64 parent, const QDateTime &at, qint64 lesson = 201)
{
    LessonComment c;
    c.id = id;
    c.courseId = 2;
    c.sectionId = 21;
    c.lessonId = lesson;
    c.parentId = parent;
    c.html = u"<p>%1</p>"_s.arg(id);
    c.createdAt = at;
    c.author = CommentAuthor{5, u"learner"_s, {}};
    return c;
}

QList<qint64> ids(const Result<QList<LessonComment>> &comments)
{
    QList<qint64> list;
    for (const LessonComment &c : comments ? *comments : QList<LessonComment>{})
        list.append(c.id);
    return list;
}

} // namespace

// The comments cache and the words of queued comment writes (CommentStore.h).
class tst_CommentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"c.sqlite"_s));
        m_db = CacheDatabase::open(m_dir.filePath(u"c.sqlite"_s)).value();
    }
    void cleanup() { m_db.reset(); }

    void lesson_threadsInOrder()
    {
        CommentStore store(*m_db);
        QVERIFY(store.store({comment(1, 0, t0), comment(2, 0, t0.addSecs(60)), comment(3, 1, t0.addSecs(120)),
                             comment(4, 1, t0.addSecs(30)), comment(5, 0, t0, 202)},
                            t0));
        QCOMPARE(ids(store.lesson(201)), (QList<qint64>{1, 4, 3, 2}));  // each reply under its comment, by time
        QCOMPARE(ids(store.course(2)), (QList<qint64>{3, 2, 4, 5, 1})); // newest first (ties: higher id first)
    }

    void keepOnly_forgetsWhatTheServerDeleted_butNotWhatCameDuringTheRead()
    {
        CommentStore store(*m_db);
        QVERIFY(store.store({comment(1, 0, t0), comment(2, 0, t0), comment(3, 1, t0)}, t0));
        const qint64 readBegan = store.sequence().value();
        QVERIFY(store.store({comment(9, 0, t0)}, t0)); // sent while the read was under way
        // The read returned only comment 2: 1 (and its reply 3) were deleted on the server; 9 is newer than the read.
        QVERIFY(store.keepOnly(201, 0, {2}, readBegan));
        QCOMPARE(ids(store.lesson(201)), (QList<qint64>{2, 9}));
    }

    void drafts_keepTheirWords_untilDismissed()
    {
        CommentStore store(*m_db);
        Outbox outbox(*m_db);
        CommentDraft draft;
        draft.courseId = 2;
        draft.sectionId = 21;
        draft.lessonId = 201;
        draft.parentId = 7;
        draft.text = u"Why?"_s;
        const Result<CommentDraft> queued = store.queue(draft, outbox, t0);
        QVERIFY(queued);
        QCOMPARE(queued->state, OutboxState::Pending);
        QCOMPARE(outbox.entry(queued->entryId)->kind, OutboxKind::CommentCreate);
        QVERIFY(store.markFirstSent(queued->entryId, t0.addSecs(1)));
        QVERIFY(store.markFirstSent(queued->entryId, t0.addSecs(9))); // the first send is kept
        QVERIFY(outbox.markRejected(queued->entryId, u"http_403"_s, u"Not allowed."_s));
        const QList<CommentDraft> kept = store.drafts(201).value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().state, OutboxState::Rejected);
        QCOMPARE(kept.first().text, u"Why?"_s);
        QCOMPARE(kept.first().reason, u"Not allowed."_s);
        QCOMPARE(kept.first().firstSentAt, t0.addSecs(1));
        QCOMPARE(kept.first().parentId, 7);
        QVERIFY(outbox.dismiss(queued->entryId));
        QVERIFY(store.drafts(201)->isEmpty());
    }

    void pendingOnly_canBeWithdrawn()
    {
        CommentStore store(*m_db);
        Outbox outbox(*m_db);
        CommentDraft draft;
        draft.kind = OutboxKind::CommentDelete;
        draft.courseId = 2;
        draft.lessonId = 201;
        draft.commentId = 3;
        const qint64 entry = store.queue(draft, outbox, t0)->entryId;
        QVERIFY(outbox.markInFlight(entry));
        QCOMPARE(outbox.cancelPending(entry).error().code, u"not_pending"_s);
        QVERIFY(outbox.recoverInFlight());
        QVERIFY(outbox.cancelPending(entry));
        QVERIFY(store.drafts(0)->isEmpty());
    }

    void readMarks()
    {
        CommentStore store(*m_db);
        QVERIFY(store.store({comment(1, 0, t0), comment(2, 0, t0)}, t0));
        QVERIFY(store.markRead({2}, t0));
        QVERIFY(store.store({comment(2, 0, t0)}, t0.addSecs(5))); // read again from the server: still read
        QCOMPARE(store.readIds(2).value(), QSet<qint64>{2});
    }
};

QTEST_GUILESS_MAIN(tst_CommentStore)
#include "tst_CommentStore.moc"
