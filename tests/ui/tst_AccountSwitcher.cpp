// The account switcher: the accounts in its menu, adding one through the real dialog against the reference
// server, and signing out with the queued-actions question answered Keep, Discard or Cancel.
#include "AccountSwitcher.h"
#include "AddAccountDialog.h"

#include "CourseBuilder.h"
#include "FakeClock.h"
#include "FakeCredentialStore.h"
#include "RefServer.h"
#include "Widgets.h"

#include "session/AccountRuntime.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_AccountSwitcher : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<RefServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Accounts> m_accounts;
    FakeCredentialStore m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountRuntime> m_runtime;
    CourseSession *m_session = nullptr;
    std::unique_ptr<AccountSwitcher> m_switcher;
    QString m_question; // the last question's text

    QAction *accountAction(const QString &name) const
    {
        for (QAction *action : m_switcher->accountMenu()->actions()) {
            if (action->data().toString() == name)
                return action;
        }
        return nullptr;
    }

    // Answers the next question box with the button whose text contains `button`.
    void answerNextQuestion(const QString &button)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [this, poll, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->deleteLater();
            m_question = box->text();
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text().remove(u'&').contains(button)) {
                    QTest::mouseClick(candidate, Qt::LeftButton);
                    return;
                }
            }
            box->reject();
        });
        poll->start();
    }

    QString localState(qint64 lesson) const
    {
        const Result<CourseOutline> outline = m_session->outline(1);
        const Lesson *found = outline ? outline->course.findLesson(lesson) : nullptr;
        return found ? toWire(found->completion) : u"absent"_s;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<RefServer>(m_clock);
        QVERIFY(m_server->seedDemo().ok());
        QVERIFY(m_server->listen() != 0);
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_accounts = std::make_unique<Accounts>(m_dir.path());
        m_store = FakeCredentialStore{};
        m_question.clear();
        QVERIFY(m_accounts->ensureSample(m_clock).ok());
        QVERIFY(m_accounts->add(Account{u"school"_s, false, m_server->baseUrl(), u"learner"_s}).ok());
        m_store.entries.insert(u"school"_s, Credentials{"access", "refresh"});
        m_runtime = AccountRuntime::open(*m_accounts, *m_accounts->find(u"school"_s), m_clock, m_network, m_store,
                                         m_store.entries.value(u"school"_s), {})
                        .value();
        m_session = &m_runtime->session();
        QVERIFY(m_runtime->state()
                    .importCourse(CourseBuilder().joined(m_clock.now()).section(1).lesson(10).lesson(11).build())
                    .ok());
        m_switcher = std::make_unique<AccountSwitcher>(*m_accounts, m_store, m_clock, m_network);
        m_switcher->setCurrentAccount(u"school"_s, &m_runtime->state());
        m_switcher->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_switcher.get()));
    }
    void cleanup()
    {
        m_switcher.reset();
        m_session = nullptr;
        m_runtime.reset();
        m_server.reset();
    }

    void theMenuListsEveryAccountWithTheCurrentOneChecked()
    {
        QAction *school = accountAction(u"school"_s);
        QAction *sample = accountAction(u"sample"_s);
        QVERIFY(school && sample);
        QVERIFY(school->isChecked());
        QVERIFY(!sample->isChecked());
        QVERIFY(school->text().contains(u"learner on 127.0.0.1"_s));
        QVERIFY(sample->text().contains(u"on this computer"_s));
        QCOMPARE(m_switcher->text(), u"school"_s);
        QVERIFY(m_switcher->signOutAction()->isEnabled());
        QVERIFY(m_switcher->signOutAction()->text().contains(u"school"_s));

        QSignalSpy chosen(m_switcher.get(), &AccountSwitcher::accountChosen);
        sample->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), u"sample"_s);
    }

    void aLocalAccountHasNothingToSignOutOf()
    {
        m_switcher->setCurrentAccount(u"sample"_s);
        QVERIFY(!m_switcher->signOutAction()->isEnabled());
        QVERIFY(!m_switcher->signInAgainAction()->isEnabled());
        QVERIFY(m_switcher->addAccountAction()->isEnabled());
    }

    void signingOutWithNothingQueuedAsksNothingAndKeepsTheAccount()
    {
        QSignalSpy signedOut(m_switcher.get(), &AccountSwitcher::signedOut);
        m_switcher->signOutAction()->trigger();
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(m_question.isEmpty());
        QVERIFY(!m_store.entries.contains(u"school"_s));
        QVERIFY(m_accounts->find(u"school"_s).ok());
        QVERIFY(QFile::exists(m_accounts->databasePath(u"school"_s)));
    }

    void queuedActionsAreKeptWhenTheUserSaysKeep()
    {
        QVERIFY(m_session->setCompleted(1, 10, true).ok());
        QSignalSpy signedOut(m_switcher.get(), &AccountSwitcher::signedOut);
        answerNextQuestion(u"Keep"_s);
        m_switcher->signOutAction()->trigger();
        QVERIFY(m_question.contains(u"1 action(s) of school"_s));
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!m_store.entries.contains(u"school"_s));
        QCOMPARE(*m_runtime->state().outbox().countSendable(), 1);
        QCOMPARE(localState(10), u"completed"_s);
    }

    void queuedActionsGoOnlyWhenTheUserSaysDiscard()
    {
        QVERIFY(m_session->setCompleted(1, 10, true).ok());
        QVERIFY(m_session->setCompleted(1, 11, true).ok());
        QSignalSpy signedOut(m_switcher.get(), &AccountSwitcher::signedOut);
        answerNextQuestion(u"Discard"_s);
        m_switcher->signOutAction()->trigger();
        QVERIFY(m_question.contains(u"2 action(s)"_s));
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!m_store.entries.contains(u"school"_s));
        QCOMPARE(*m_runtime->state().outbox().countSendable(), 0);
        QVERIFY(m_session->pendingActions()->isEmpty());
        QCOMPARE(localState(10), u"uncompleted"_s); // back to what the server has
        QCOMPARE(localState(11), u"uncompleted"_s);
    }

    void cancelLeavesEverythingAsItWas()
    {
        QVERIFY(m_session->setCompleted(1, 10, true).ok());
        QSignalSpy signedOut(m_switcher.get(), &AccountSwitcher::signedOut);
        answerNextQuestion(u"Cancel"_s);
        m_switcher->signOutAction()->trigger();
        QVERIFY(!m_question.isEmpty());
        QCOMPARE(signedOut.size(), 0);
        QCOMPARE(m_store.entries.value(u"school"_s), (Credentials{"access", "refresh"}));
        QCOMPARE(*m_runtime->state().outbox().countSendable(), 1);
    }

    void withoutAnOpenSessionTheCacheFileIsUsed()
    {
        QVERIFY(m_session->setCompleted(1, 10, true).ok());
        m_switcher->setCurrentAccount(u"school"_s, nullptr);
        answerNextQuestion(u"Discard"_s);
        m_switcher->signOutAction()->trigger();
        QVERIFY(m_question.contains(u"1 action(s)"_s));
        QCOMPARE(*m_runtime->state().outbox().countSendable(), 0);
    }

    void addingAnAccountFromTheMenu()
    {
        QSignalSpy signedIn(m_switcher.get(), &AccountSwitcher::signedIn);
        m_switcher->addAccountAction()->trigger();
        AddAccountDialog *dialog = m_switcher->openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(named<QLineEdit>(dialog, "serverEdit"), m_server->baseUrl().toString());
        QTest::keyClicks(named<QLineEdit>(dialog, "nameEdit"), u"second"_s);
        QTest::mouseClick(named<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
        named<QTabWidget>(dialog, "methodTabs")->setCurrentIndex(1);
        QTest::keyClicks(named<QLineEdit>(dialog, "userEdit"), u"ana"_s);
        QTest::keyClicks(named<QLineEdit>(dialog, "passwordEdit"), u"ana"_s);
        QTest::mouseClick(named<QPushButton>(dialog, "passwordButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20'000);
        QVERIFY(accountAction(u"second"_s));
        QVERIFY(accountAction(u"second"_s)->text().contains(u"ana on 127.0.0.1"_s));
        QTRY_VERIFY(!m_switcher->openDialog()); // closed and deleted
    }

    void signingInAgainOpensTheDialogForTheCurrentAccount()
    {
        m_switcher->signInAgainAction()->trigger();
        AddAccountDialog *dialog = m_switcher->openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->page(), AddAccountDialog::Page::Method);
        QCOMPARE(named<QLineEdit>(dialog, "userEdit")->text(), u"learner"_s);
        QCOMPARE(named<QLineEdit>(dialog, "nameEdit")->text(), u"school"_s);
        dialog->reject();
    }
};

QTEST_MAIN(tst_AccountSwitcher)
#include "tst_AccountSwitcher.moc"
