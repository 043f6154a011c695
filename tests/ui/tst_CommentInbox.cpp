// The instructor's comment inbox (issue 20): every comment of the course newest first with section and lesson,
// unread ones marked and counted on the dashboard's tab, a reply written in place (queued for the sync), and the
// lesson opened from a comment. The model passes QAbstractItemModelTester.
#include "dashboard/CommentInbox.h"
#include "dashboard/CommentInboxModel.h"

#include "Await.h"
#include "FakeClock.h"
#include "RefServer.h"
#include "Store.h"
#include "Widgets.h"

#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "session/LessonComments.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

struct Teacher
{
    FakeClock clock{start};
    refserver::RefServer server{clock};
    bool up = server.seedDemo().ok() && server.listen() != 0;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<AccountRuntime> runtime;

    Teacher()
    {
        // Two learners asked under two lessons of course 2 before the teacher looks.
        comment(u"learner"_s, 21, 201, u"Why a date?"_s, start.addSecs(-300));
        comment(u"ana"_s, 22, 204, u"How often should I review?"_s, start.addSecs(-60));
        Accounts accounts(dir.path());
        const Account account{u"teacher"_s, false, server.baseUrl(), u"teacher"_s};
        if (!accounts.add(account))
            return;
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        runtime = AccountRuntime::open(accounts, account, clock, network, credentials, Credentials{}, options).value();
        const auto tokens = await<ApiResult<TokenSet>>(
            [&](auto done) { runtime->api()->passwordGrant(u"teacher"_s, u"teacher"_s, done); });
        runtime->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
        await<SyncReport>([&](auto done) {
            QObject::connect(runtime->engine(), &SyncEngine::finished, runtime->engine(), done,
                             Qt::SingleShotConnection);
            runtime->engine()->run();
        });
    }

    void comment(const QString &user, qint64 section, qint64 lesson, const QString &html, const QDateTime &at)
    {
        refserver::model::Comment c;
        c.courseId = 2;
        c.sectionId = section;
        c.lessonId = lesson;
        c.userId = server.store().userByName(user)->id;
        c.html = u"<p>%1</p>"_s.arg(html);
        c.createdAt = at;
        if (!server.store().addComment(c))
            qWarning("cannot add a comment");
    }
};

} // namespace

class tst_CommentInbox : public QObject
{
    Q_OBJECT

private slots:
    void model_passesTheTester_andMarksUnread()
    {
        CommentInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LessonComment mine;
        mine.id = 1;
        mine.author = CommentAuthor{0, u"teacher"_s, {}};
        LessonComment theirs;
        theirs.id = 2;
        theirs.author = CommentAuthor{3, u"ana"_s, u"Ana Alves"_s};
        theirs.sectionName = u"Basics"_s;
        theirs.lessonName = u"Why notes matter"_s;
        theirs.html = u"<p>How &amp; why?</p>"_s;
        model.setComments({theirs, mine}, {}, CommentAuthor{0, u"teacher"_s, {}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unreadCount(), 1); // one's own comments are never unread
        QCOMPARE(model.index(0, CommentInboxModel::Lesson).data().toString(), u"Basics › Why notes matter"_s);
        QCOMPARE(model.index(0, CommentInboxModel::Text).data().toString(), u"How & why?"_s);
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        model.setComments({theirs, mine}, {2}, CommentAuthor{0, u"teacher"_s, {}});
        QCOMPARE(model.unreadCount(), 0);
    }

    void inbox_newestFirst_readAnsweredAndOpened()
    {
        Teacher t;
        QVERIFY(t.up && t.runtime);
        CommentInbox inbox(t.runtime->comments());
        QSignalSpy unread(&inbox, &CommentInbox::unreadChanged);
        QSignalSpy opened(&inbox, &CommentInbox::openLesson);
        inbox.show();
        inbox.showCourse(2);
        auto *view = named<QTableView>(&inbox, "inboxView");
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first, with section and lesson.
        QCOMPARE(view->model()->index(0, CommentInboxModel::Text).data().toString(), u"How often should I review?"_s);
        QCOMPARE(view->model()->index(0, CommentInboxModel::Lesson).data().toString(), u"Practice › Reviewing notes"_s);
        QCOMPARE(view->model()->index(1, CommentInboxModel::Lesson).data().toString(), u"Basics › Why notes matter"_s);
        QCOMPARE(inbox.unreadCount(), 2);
        QCOMPARE(unread.last().at(0).toInt(), 2);

        // Selecting a comment reads it; the reply is written in place and queued.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(1, CommentInboxModel::Text)).center());
        QCOMPARE(inbox.unreadCount(), 1);
        QTest::keyClicks(named<QPlainTextEdit>(&inbox, "inboxReply"), u"To know when you knew it."_s);
        QTest::mouseClick(named<QPushButton>(&inbox, "inboxSend"), Qt::LeftButton);
        const QList<OutboxEntry> queued = *t.runtime->session().pendingActions();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, OutboxKind::CommentCreate);
        QCOMPARE(queued.first().lessonId, 201);
        QVERIFY(named<QPlainTextEdit>(&inbox, "inboxReply")->toPlainText().isEmpty());

        QTest::mouseClick(named<QPushButton>(&inbox, "inboxOpenLesson"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), 2);
        QCOMPARE(opened.first().at(1).toLongLong(), 201);

        // Read marks are kept: a new look at the inbox counts only what was not read.
        CommentInbox again(t.runtime->comments());
        again.showCourse(2);
        QTRY_COMPARE(named<QTableView>(&again, "inboxView")->model()->rowCount(), 2);
        QCOMPARE(again.unreadCount(), 1);
    }

    // The inbox reads incrementally (branch comments2): a second open with nothing new costs one request, answered
    // 304; something new anywhere in the course is read on the next open; read marks stay.
    void aSecondOpenWithNothingNew_costsOneRequest()
    {
        Teacher t;
        QVERIFY(t.up && t.runtime);
        int before = t.server.counters().requests;
        auto first = std::make_unique<CommentInbox>(t.runtime->comments());
        first->show();
        first->showCourse(2);
        QTRY_COMPARE(t.server.counters().requests - before, 1); // the list fits one page
        auto *view = named<QTableView>(first.get(), "inboxView");
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, CommentInboxModel::Text)).center());
        QCOMPARE(first->unreadCount(), 1);
        first.reset();

        before = t.server.counters().requests;
        const int unchangedBefore = t.server.counters().commentListsNotModified;
        CommentInbox second(t.runtime->comments());
        second.show();
        second.showCourse(2);
        QTRY_COMPARE(t.server.counters().commentListsNotModified - unchangedBefore, 1);
        QTest::qWait(50);
        QCOMPARE(t.server.counters().requests - before, 1);
        QCOMPARE(named<QTableView>(&second, "inboxView")->model()->rowCount(), 2);
        QCOMPARE(second.unreadCount(), 1);

        // Something new: the next open reads it.
        t.comment(u"eve"_s, 21, 203, u"Headings?"_s, t.clock.now());
        CommentInbox third(t.runtime->comments());
        third.show();
        third.showCourse(2);
        QTRY_COMPARE(named<QTableView>(&third, "inboxView")->model()->rowCount(), 3);
        QCOMPARE(third.unreadCount(), 2);
    }

    // Several pages: all are read when something changed, one request when nothing did.
    void severalPages_readWholeOnce_thenOneRequest()
    {
        Teacher t;
        QVERIFY(t.up && t.runtime);
        t.comment(u"eve"_s, 21, 203, u"Headings?"_s, start.addSecs(-30));
        LessonComments &comments = t.runtime->comments();
        int before = t.server.counters().requests;
        auto read = await<Result<CommentFetch>>([&](auto done) { comments.refreshInbox(2, done, 1); });
        QVERIFY(read && *read);
        QCOMPARE((*read)->firstLevelCount, 3);
        QCOMPARE(t.server.counters().requests - before, 3);
        QCOMPARE(comments.inbox(2)->size(), 3);

        before = t.server.counters().requests;
        read = await<Result<CommentFetch>>([&](auto done) { comments.refreshInbox(2, done, 1); });
        QVERIFY(read && *read);
        QVERIFY((*read)->unchanged);
        QCOMPARE(t.server.counters().requests - before, 1);

        // A broken reply keeps the old validators: the next open reads every page again.
        t.comment(u"ana"_s, 22, 204, u"And monthly?"_s, t.clock.now());
        refserver::Fault broken;
        broken.mode = refserver::FaultMode::Malformed;
        broken.pathContains = u"/course/2/comment/"_s;
        before = t.server.counters().requests;
        const int fullBefore = t.server.counters().commentLists;
        t.server.addFault(broken);
        read = await<Result<CommentFetch>>([&](auto done) { comments.refreshInbox(2, done, 1); });
        QVERIFY(read && !*read);
        read = await<Result<CommentFetch>>([&](auto done) { comments.refreshInbox(2, done, 1); });
        QVERIFY(read && *read);
        QVERIFY(!(*read)->unchanged);
        QCOMPARE(t.server.counters().commentLists - fullBefore, 4);
        QCOMPARE(comments.inbox(2)->size(), 4);
    }
};

QTEST_MAIN(tst_CommentInbox)
#include "tst_CommentInbox.moc"
