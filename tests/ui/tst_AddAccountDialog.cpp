// The add-account dialog driven like a person would, against the reference server on loopback; for the
// browser sign-in the test is the browser (it opens the address the dialog hands out).
#include "AddAccountDialog.h"

#include "FakeBrowser.h"
#include "FakeClock.h"
#include "FakeCredentialStore.h"
#include "Mnemonics.h"
#include "RefServer.h"
#include "Widgets.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_AddAccountDialog : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<RefServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Accounts> m_accounts;
    FakeCredentialStore m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<AddAccountDialog> m_dialog;
    QList<QUrl> m_opened;

    void startServer(RefServer::Options options = {})
    {
        m_server = std::make_unique<RefServer>(m_clock, options);
        QVERIFY(m_server->seedDemo().ok());
        QVERIFY(m_server->listen() != 0);
    }

    // The browser opens the address a moment later and follows the server's redirect back to the app.
    void browserAnswers(bool answer = true)
    {
        m_dialog->setUrlOpener([this, answer](const QUrl &url) {
            m_opened << url;
            if (answer)
                QTimer::singleShot(0, this, [url] { FakeBrowser::open(url); });
            return true;
        });
    }

    // The dialog's widget named `name`.
    template <typename T> T *child(QAnyStringView name, std::source_location where = std::source_location::current())
    {
        return named<T>(m_dialog.get(), name, where);
    }

    void fillServerPage(const QString &server, const QString &name)
    {
        child<QLineEdit>("serverEdit")->clear();
        QTest::keyClicks(child<QLineEdit>("serverEdit"), server);
        child<QLineEdit>("nameEdit")->clear();
        QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
        QTest::mouseClick(child<QPushButton>("continueButton"), Qt::LeftButton);
    }

    // The visible texts that do not fit where they are shown: a wrapped label taller than its room, a tab whose
    // title is cut or scrolled away.
    QStringList cutText()
    {
        QApplication::processEvents();
        QStringList cut;
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(m_dialog.get()) || label->text().isEmpty())
                continue;
            const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            if (label->height() < needed || label->width() < label->minimumSizeHint().width())
                cut << label->text();
        }
        for (const QTabBar *tabs : m_dialog->findChildren<QTabBar *>()) {
            if (!tabs->isVisibleTo(m_dialog.get()))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->rect().contains(tabs->tabRect(i)))
                    cut << tabs->tabText(i);
            }
        }
        return cut;
    }

    void toMethods()
    {
        fillServerPage(m_server->baseUrl().toString(), u"school"_s);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
    }

    void signInWithPassword(const QString &user, const QString &password)
    {
        child<QTabWidget>("methodTabs")->setCurrentIndex(1);
        child<QLineEdit>("userEdit")->clear();
        QTest::keyClicks(child<QLineEdit>("userEdit"), user);
        QTest::keyClicks(child<QLineEdit>("passwordEdit"), password);
        QTest::mouseClick(child<QPushButton>("passwordButton"), Qt::LeftButton);
    }

    // A community's server that registered CourseDesk as "community-app" (and these redirect URIs).
    void startCommunity(Dialect dialect, const QStringList &redirectUris = {})
    {
        RefServer::Options options;
        options.dialect = dialect;
        options.clientId = u"community-app"_s;
        options.redirectUris = redirectUris;
        startServer(options);
    }

    // Opens "Advanced" and types the client ID and the redirect port.
    void typeAdvanced(const QString &clientId, const QString &port)
    {
        QTest::mouseClick(m_dialog->findChild<QAbstractButton *>(u"advancedButton"_s), Qt::LeftButton);
        QVERIFY(m_dialog->findChild<QWidget *>(u"advancedSection"_s)->isVisible());
        QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"clientIdEdit"_s), clientId);
        QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"redirectPortEdit"_s), port);
    }

private slots:
    void init()
    {
        startServer();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_accounts = std::make_unique<Accounts>(m_dir.path());
        m_store = FakeCredentialStore{};
        m_opened.clear();
        m_dialog = std::make_unique<AddAccountDialog>(*m_accounts, m_store, m_clock, m_network);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_server.reset();
    }

    // Alt+letter reaches one control: no two visible controls share a mnemonic, on the server page and on
    // each sign-in tab (the tabs' names, Back and the dialog's buttons are visible with every tab).
    void everyVisibleMnemonicIsUnique()
    {
        QVERIFY2(widgetClashes(m_dialog.get()).isEmpty(), qPrintable(widgetClashes(m_dialog.get()).join(u", "_s)));
        QTest::mouseClick(m_dialog->findChild<QAbstractButton *>(u"advancedButton"_s), Qt::LeftButton);
        QVERIFY(m_dialog->findChild<QWidget *>(u"advancedSection"_s)->isVisible());
        QVERIFY2(widgetClashes(m_dialog.get()).isEmpty(), qPrintable(widgetClashes(m_dialog.get()).join(u", "_s)));
        toMethods();
        for (int tab = 0; tab < child<QTabWidget>("methodTabs")->count(); ++tab) {
            child<QTabWidget>("methodTabs")->setCurrentIndex(tab);
            QVERIFY2(widgetClashes(m_dialog.get()).isEmpty(), qPrintable(widgetClashes(m_dialog.get()).join(u", "_s)));
        }
    }

    void plainHttpToAnotherComputerIsRefusedAndNothingTypedIsLost()
    {
        fillServerPage(u"http://courses.example.org"_s, u"school"_s);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Server);
        QVERIFY(m_dialog->errorText().contains(u"https://"_s));
        QCOMPARE(child<QLineEdit>("serverEdit")->text(), u"http://courses.example.org"_s);
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), u"school"_s);
    }

    void badAndTakenNamesAreExplained()
    {
        QVERIFY(m_accounts->add(Account{u"school"_s, false, QUrl(u"https://example.org"_s), u"x"_s}).ok());
        fillServerPage(m_server->baseUrl().toString(), u"school"_s);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Server);
        QVERIFY(m_dialog->errorText().contains(u"already exists"_s));
        fillServerPage(m_server->baseUrl().toString(), u"my school"_s);
        QVERIFY(m_dialog->errorText().contains(u"not a valid account name"_s));
    }

    void theAddressIsNormalisedBeforeSigningIn()
    {
        fillServerPage(m_server->baseUrl().toString() + u"/"_s, u"school"_s);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
        QCOMPARE(child<QLineEdit>("serverEdit")->text(), m_server->baseUrl().toString());
        QVERIFY(m_dialog->errorText().isEmpty());
    }

    void signInWithBrowserAddsTheAccount()
    {
        QSignalSpy signedIn(m_dialog.get(), &AddAccountDialog::signedIn);
        browserAnswers();
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Waiting);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20'000);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.constFirst().path(), u"/oauth/authorize/"_s);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
        const auto outcome = signedIn.constFirst().constFirst().value<SignInOutcome>();
        QCOMPARE(outcome.account.userName, u"learner"_s);
        QCOMPARE(m_accounts->find(u"school"_s)->userName, u"learner"_s);
        const Credentials stored = m_store.entries.value(u"school"_s);
        QVERIFY(!stored.accessToken.isEmpty());
        // Nothing in the account folder (account list, cache, its WAL) holds a token.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(stored.accessToken) && !bytes.contains(stored.refreshToken),
                     qPrintable(file.fileName()));
            ++looked;
        }
        QVERIFY(looked >= 2);
    }

    void signInWithPasswordAddsTheAccount()
    {
        toMethods();
        signInWithPassword(u"teacher"_s, u"teacher"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20'000);
        QCOMPARE(m_accounts->find(u"school"_s)->userName, u"teacher"_s);
        QVERIFY(child<QLineEdit>("passwordEdit")->text().isEmpty()); // not kept around
    }

    void aWrongPasswordIsExplainedAndTheUserNameKept()
    {
        toMethods();
        signInWithPassword(u"learner"_s, u"nope"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->errorText().isEmpty(), 20'000);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
        QVERIFY(m_dialog->errorText().contains(u"did not accept this user name and password"_s));
        QCOMPARE(child<QLineEdit>("userEdit")->text(), u"learner"_s);
        QVERIFY(m_accounts->list()->isEmpty());
    }

    void useAnAccessToken()
    {
        toMethods();
        child<QTabWidget>("methodTabs")->setCurrentIndex(2);
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), m_server->signIn(u"ana"_s, u"ana"_s)->accessToken);
        QTest::mouseClick(child<QPushButton>("tokenButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20'000);
        QCOMPARE(m_accounts->find(u"school"_s)->userName, u"ana"_s);
    }

    void cancellingTheBrowserWaitGoesBackAndAddsNothing()
    {
        browserAnswers(false);
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Waiting);
        QTest::mouseClick(child<QPushButton>("cancelWaitButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
        QVERIFY(m_dialog->errorText().contains(u"cancelled"_s));
        QVERIFY(m_accounts->list()->isEmpty());
        // A browser that answers late finds nobody listening.
        QCOMPARE(FakeBrowser::open(m_opened.constFirst()).application.status, 0);
        QVERIFY(m_accounts->list()->isEmpty());
    }

    void theBrowserWaitTimesOut()
    {
        browserAnswers(false);
        m_dialog->setBrowserTimeoutMs(300);
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->errorText().contains(u"No answer came from the browser"_s), 10'000);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
    }

    void withoutABrowserTheAddressIsShown()
    {
        m_dialog->setUrlOpener([](const QUrl &) { return false; });
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QVERIFY(m_dialog->browserUrl().isValid());
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Waiting);
        QVERIFY(m_dialog->browserHint().contains(u"could not open a browser"_s));
        QVERIFY(m_dialog->browserHint().contains(u"/oauth/authorize/"_s));
        FakeBrowser::open(m_dialog->browserUrl());
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20'000);
    }

    // Issue 16, defect 2: Return in the password field signs in (it used to press "Cancel sign-in" as well).
    void returnInThePasswordFieldSignsIn()
    {
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        toMethods();
        child<QTabWidget>("methodTabs")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>("userEdit"), u"learner"_s);
        QTest::mouseClick(child<QLineEdit>("passwordEdit"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>("passwordEdit"), u"learner"_s);
        QSignalSpy signedIn(m_dialog.get(), &AddAccountDialog::signedIn);
        QTest::keyClick(child<QLineEdit>("passwordEdit"), Qt::Key_Return);
        QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20'000);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_accounts->find(u"school"_s)->userName, u"learner"_s);
    }

    // Return in the user name field goes on to the password, and signs in when it is filled already.
    void returnInTheUserNameFieldGoesOn()
    {
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        toMethods();
        child<QTabWidget>("methodTabs")->setCurrentIndex(1);
        child<QLineEdit>("userEdit")->setFocus();
        QTest::keyClicks(child<QLineEdit>("userEdit"), u"learner"_s);
        QTest::keyClick(child<QLineEdit>("userEdit"), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("passwordEdit"));
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
    }

    // Issue 16, defect 7: without a browser, the whole address, selectable, with a Copy button.
    void withoutABrowserTheWholeAddressCanBeCopied()
    {
        m_dialog->setUrlOpener([](const QUrl &) { return false; });
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        auto *address = m_dialog->findChild<QLineEdit *>(u"browserAddress"_s);
        QVERIFY(address && address->isVisible());
        QVERIFY(address->isReadOnly());
        QCOMPARE(QUrl(address->text()), m_dialog->browserUrl());
        QVERIFY(address->text().startsWith(m_server->baseUrl().toString()));
        QVERIFY(address->text().contains(u"code_challenge="_s));
        auto *copy = m_dialog->findChild<QPushButton *>(u"copyAddress"_s);
        QVERIFY(copy && copy->isVisible());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), address->text());
        FakeBrowser::open(QUrl(QGuiApplication::clipboard()->text())); // pasted into a browser by hand
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20'000);
    }

    // Issue 16, defect 7: after "Cancel sign-in" every line of the dialog is whole.
    void afterCancellingNoTextIsCut()
    {
        browserAnswers(false);
        m_dialog->resize(m_dialog->minimumSizeHint()); // as small as the dialog lets itself be
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_opened.isEmpty());
        QVERIFY2(cutText().isEmpty(), qPrintable(cutText().join(u" | "_s))); // the address to open, whole
        QTest::mouseClick(child<QPushButton>("cancelWaitButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
        QVERIFY(!m_dialog->errorText().isEmpty());
        QVERIFY2(cutText().isEmpty(), qPrintable(cutText().join(u" | "_s)));
    }

    void aMemoryOnlySignInIsAnnouncedBeforeTheDialogCloses()
    {
        m_store.persistent = false;
        browserAnswers();
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), AddAccountDialog::Page::Done, 20'000);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->noticeText().contains(u"sign in again next time"_s));
        QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void signingInAgainKeepsTheAccount()
    {
        const Account school{u"school"_s, false, m_server->baseUrl(), u"learner"_s};
        QVERIFY(m_accounts->add(school).ok());
        m_dialog->setSignInAgain(school);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
        QCOMPARE(child<QLineEdit>("userEdit")->text(), u"learner"_s);
        QSignalSpy signedIn(m_dialog.get(), &AddAccountDialog::signedIn);
        signInWithPassword(u"learner"_s, u"learner"_s);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20'000);
        QVERIFY(signedIn.constFirst().constFirst().value<SignInOutcome>().signedInAgain);
        QCOMPARE(m_accounts->list()->size(), 1);
    }

    // Connecting to a community (issue 15, item 5): "Advanced" is collapsed at first; the client ID and the fixed
    // redirect port typed there are kept with the account and used to sign in. A platform server that registered
    // community-app knows no other id; a contract server takes any.
    void aCommunitysClientIdAndRedirectPortAreKeptWithTheAccount_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addRow("contract") << int(Dialect::Contract);
        QTest::addRow("platform") << int(Dialect::Platform);
    }
    void aCommunitysClientIdAndRedirectPortAreKeptWithTheAccount()
    {
        QFETCH(int, dialect);
        startCommunity(Dialect(dialect));
        auto *section = m_dialog->findChild<QWidget *>(u"advancedSection"_s);
        QVERIFY(section && !section->isVisible());
        typeAdvanced(u"community-app"_s, u"53124"_s);
        toMethods();
        signInWithPassword(u"learner"_s, u"learner"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20'000);
        QCOMPARE(m_accounts->find(u"school"_s)->app, (OAuthApp{u"community-app"_s, 53124}));
    }

    // Without the community's client ID a platform server refuses CourseDesk's own: the dialog says what to ask for
    // and adds nothing.
    void withoutTheCommunitysClientIdThePlatformRefusesAndTheDialogSaysWhy()
    {
        startCommunity(Dialect::Platform);
        toMethods();
        signInWithPassword(u"learner"_s, u"learner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->errorText().isEmpty(), 20'000);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Method);
        QVERIFY2(m_dialog->errorText().contains(u"does not know CourseDesk's client ID ('coursedesk')"_s),
                 qPrintable(m_dialog->errorText()));
        QVERIFY(m_dialog->errorText().contains(u"administrator"_s));
        QVERIFY(m_accounts->list()->isEmpty());
        QCOMPARE(m_store.writes, 0);
    }

    // What cannot be a client ID or a loopback port is explained in the dialog, on the server page with Advanced
    // open; what was typed is kept and nothing is asked of the server.
    void badAdvancedValuesAreExplainedInTheDialog_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("message");
        const QString badPort = u"The redirect port must be a number from 1024 to 65535, or empty."_s;
        QTest::addRow("privileged port") << QString() << u"80"_s << badPort;
        QTest::addRow("port too high") << QString() << u"70000"_s << badPort;
        QTest::addRow("port not a number") << QString() << u"http"_s << badPort;
        QTest::addRow("client id with a space")
            << u"community app"_s << QString() << u"The client ID may hold letters, digits and punctuation only"_s;
    }
    void badAdvancedValuesAreExplainedInTheDialog()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, port);
        QFETCH(QString, message);
        const int requests = m_server->counters().requests;
        typeAdvanced(clientId, port);
        QTest::mouseClick(m_dialog->findChild<QAbstractButton *>(u"advancedButton"_s), Qt::LeftButton); // folded
        fillServerPage(m_server->baseUrl().toString(), u"school"_s);
        QCOMPARE(m_dialog->page(), AddAccountDialog::Page::Server);
        QVERIFY2(m_dialog->errorText().startsWith(message), qPrintable(m_dialog->errorText()));
        QVERIFY(m_dialog->findChild<QWidget *>(u"advancedSection"_s)->isVisible()); // unfolded to show the field
        QCOMPARE(m_dialog->findChild<QLineEdit *>(u"clientIdEdit"_s)->text(), clientId);
        QCOMPARE(m_dialog->findChild<QLineEdit *>(u"redirectPortEdit"_s)->text(), port);
        QCOMPARE(m_server->counters().requests, requests);
        QVERIFY(m_accounts->list()->isEmpty());
    }

    // The browser sign-in listens on the redirect port typed under Advanced: the redirect URI is the one the
    // community registered, exactly, which a platform server requires.
    void theBrowserSignInUsesTheRegisteredRedirectPort()
    {
        QTcpServer probe; // a port nobody uses right now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString registered = u"http://127.0.0.1:%1/coursedesk-sign-in"_s.arg(port);
        startCommunity(Dialect::Platform, {registered});
        QSignalSpy signedIn(m_dialog.get(), &AddAccountDialog::signedIn);
        browserAnswers();
        typeAdvanced(u"community-app"_s, QString::number(port));
        toMethods();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20'000);
        QCOMPARE(QUrlQuery(m_opened.constFirst()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), registered);
        QCOMPARE(m_accounts->find(u"school"_s)->app, (OAuthApp{u"community-app"_s, port}));
    }
};

QTEST_MAIN(tst_AddAccountDialog)
#include "tst_AddAccountDialog.moc"
