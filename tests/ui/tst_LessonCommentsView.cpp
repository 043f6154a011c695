// The comments under a lesson, in the window (issue 20): shown only where comments are enabled, read from the server
// and kept for offline reading, written in the box below (pending in place until the sync sends it), a comment's
// HTML shown as lesson HTML is (no script, nothing loaded), and a refusal that keeps the words.
#include "MainWindow.h"

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

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Desk
{
    FakeClock clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    refserver::RefServer server{clock};
    bool up = server.seedDemo().ok() && server.listen() != 0;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<AccountRuntime> runtime;
    std::unique_ptr<MainWindow> window;

    Desk()
    {
        Accounts accounts(dir.path());
        const Account account{u"learner"_s, false, server.baseUrl(), u"learner"_s};
        if (!accounts.add(account))
            return;
        AccountRuntime::Options options;
        options.watchConnectivity = false;
        runtime = AccountRuntime::open(accounts, account, clock, network, credentials, Credentials{}, options).value();
        const auto tokens = await<ApiResult<TokenSet>>(
            [&](auto done) { runtime->api()->passwordGrant(u"learner"_s, u"learner"_s, done); });
        runtime->useCredentials(Credentials{tokens->value().accessToken, tokens->value().refreshToken});
        sync();
        window = std::make_unique<MainWindow>(runtime->session(), MainWindow::Options{false});
        window->setComments(&runtime->comments());
        window->loadCourses(2);
        window->show();
    }

    SyncReport sync()
    {
        return await<SyncReport>([&](auto done) {
                   QObject::connect(runtime->engine(), &SyncEngine::finished, runtime->engine(), done,
                                    Qt::SingleShotConnection);
                   runtime->engine()->run();
               })
            .value_or(SyncReport{});
    }

    QString thread() const { return named<QTextBrowser>(window.get(), "commentThread")->toPlainText(); }
    bool commentsShown() const { return named(window.get(), "lessonComments")->isVisibleTo(window.get()); }
};

} // namespace

class tst_LessonCommentsView : public QObject
{
    Q_OBJECT

private slots:
    void onlyWhereCommentsAreEnabled()
    {
        Desk desk;
        QVERIFY(desk.up && desk.window);
        desk.window->selectLesson(201);
        QVERIFY(desk.commentsShown());
        QTRY_VERIFY(desk.thread().contains(u"No comments yet"_s));
        desk.window->selectLesson(205); // the quiz: comments off
        QVERIFY(!desk.commentsShown());
    }

    void writtenInTheBox_pendingInPlace_thenSent()
    {
        Desk desk;
        QVERIFY(desk.up && desk.window);
        desk.window->selectLesson(201);
        auto *editor = named<QPlainTextEdit>(desk.window.get(), "commentEditor");
        auto *send = named<QPushButton>(desk.window.get(), "sendComment");
        QVERIFY(editor && send);
        QTest::keyClicks(editor, u"Why a date?"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY(desk.thread().contains(u"Why a date?"_s));
        QVERIFY(desk.thread().contains(u"pending"_s));
        QCOMPARE(desk.server.counters().comments, 0);

        QCOMPARE(desk.sync().sent, 1);
        QTRY_VERIFY(!desk.thread().contains(u"pending"_s));
        QVERIFY(desk.thread().contains(u"Why a date?"_s));
        QVERIFY(desk.thread().contains(u"Reply"_s));
        QVERIFY(desk.thread().contains(u"Edit"_s));
        QCOMPARE(desk.server.counters().comments, 1);
        QCOMPARE(named<QLabel>(desk.window.get(), "commentsHeader")->text(), u"Comments (1)"_s);
    }

    void noWords_refusedWithTheBoxKept()
    {
        Desk desk;
        QVERIFY(desk.up && desk.window);
        desk.window->selectLesson(203);
        auto *editor = named<QPlainTextEdit>(desk.window.get(), "commentEditor");
        QTest::keyClicks(editor, u"   "_s);
        QTest::mouseClick(named<QPushButton>(desk.window.get(), "sendComment"), Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), u"   "_s);
        QVERIFY(desk.runtime->session().pendingActions()->isEmpty());
    }

    // Comment HTML goes through the lesson's sanitising: a server's markup is shown, never run or fetched.
    void commentHtml_isShownAsLessonHtml()
    {
        Desk desk;
        QVERIFY(desk.up && desk.window);
        LessonComment hostile;
        hostile.id = 77;
        hostile.courseId = 2;
        hostile.sectionId = 21;
        hostile.lessonId = 201;
        hostile.createdAt = desk.clock.now();
        hostile.author = CommentAuthor{1, u"teacher"_s, u"Tess"_s};
        hostile.html = u"<p>Look <img src=\"http://tracker.example/p.png\" alt=\"a pixel\"><script>x()</script></p>"_s;
        QVERIFY(desk.runtime->state().keepComments(2, 201, {hostile}, 0, false));
        desk.window->selectLesson(201);
        QVERIFY(desk.thread().contains(u"Look"_s));
        QVERIFY(desk.thread().contains(u"a pixel"_s)); // a remote picture is a placeholder with its alt text
        QVERIFY(!desk.thread().contains(u"x()"_s));    // a script is dropped
    }

    // Comments come with the sync (branch comments2): a lesson never opened shows its thread with the server gone.
    void broughtBySync_shownWithTheServerGone()
    {
        Desk desk;
        QVERIFY(desk.up && desk.window);
        refserver::model::Comment c;
        c.courseId = 2;
        c.sectionId = 22;
        c.lessonId = 204;
        c.userId = desk.server.store().userByName(u"teacher"_s)->id;
        c.html = u"<p>Review weekly.</p>"_s;
        c.createdAt = desk.clock.now();
        QVERIFY(desk.server.store().addComment(c));
        QCOMPARE(desk.sync().threadsFetched, 1); // 204's: the others are unchanged (304)
        refserver::Fault gone;
        gone.mode = refserver::FaultMode::Close;
        gone.count = -1;
        desk.server.addFault(gone);
        desk.window->selectLesson(204);
        QVERIFY(desk.commentsShown());
        QVERIFY(desk.thread().contains(u"Review weekly."_s)); // at once, from the cache
        QCOMPARE(named<QLabel>(desk.window.get(), "commentsHeader")->text(), u"Comments (1)"_s);
    }

    // A long thread pages as the reader scrolls (branch comments2): the first page, then the next one each time the
    // thread is scrolled to its end, every comment once and in order.
    void aLongThread_pagesAsTheReaderScrolls()
    {
        Desk desk;
        QVERIFY(desk.up && desk.window);
        constexpr int total = 45; // more than two pages of 20
        for (int i = 1; i <= total; ++i) {
            refserver::model::Comment c;
            c.courseId = 2;
            c.sectionId = 21;
            c.lessonId = 203;
            c.userId = desk.server.store().userByName(i % 2 ? u"ana"_s : u"eve"_s)->id;
            c.html = u"<p>Question %1 of the long thread.</p>"_s.arg(i, 2, 10, QLatin1Char('0'));
            c.createdAt = desk.clock.now().addSecs(-3600 + i);
            QVERIFY(desk.server.store().addComment(c));
        }
        desk.window->selectLesson(203);
        auto *thread = named<QTextBrowser>(desk.window.get(), "commentThread");
        auto *header = named<QLabel>(desk.window.get(), "commentsHeader");
        QTRY_VERIFY2(desk.thread().contains(u"Question 20 of"_s), qPrintable(desk.thread().left(300)));
        QVERIFY(!desk.thread().contains(u"Question 21 of"_s));
        QCOMPARE(header->text(), u"Comments (%1)"_s.arg(total));

        QScrollBar *bar = thread->verticalScrollBar();
        for (const int shown : {40, 45}) {
            QVERIFY(bar->maximum() > 0);
            const int lists = desk.server.counters().commentLists;
            bar->triggerAction(QAbstractSlider::SliderToMaximum); // the reader reaches the end
            QTRY_VERIFY2(desk.thread().contains(u"Question %1 of"_s.arg(shown)), qPrintable(desk.thread().right(200)));
            QCOMPARE(desk.server.counters().commentLists - lists, 1); // one page
            QVERIFY(!desk.thread().contains(u"Question %1 of"_s.arg(shown + 1)));
            QVERIFY(bar->value() < bar->maximum()); // the reader stays where they were, above what came in
        }
        const QString text = desk.thread();
        qsizetype last = -1;
        for (int i = 1; i <= total; ++i) {
            const QString words = u"Question %1 of"_s.arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(text.count(words), 1);
            QVERIFY(text.indexOf(words) > last);
            last = text.indexOf(words);
        }
        // Everything is read: the end of the thread asks for nothing more.
        const int lists = desk.server.counters().commentLists;
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QTest::qWait(100);
        QCOMPARE(desk.server.counters().commentLists, lists);
        QVERIFY(!named<QPushButton>(desk.window.get(), "moreComments")->isVisible());
    }
};

QTEST_MAIN(tst_LessonCommentsView)
#include "tst_LessonCommentsView.moc"
