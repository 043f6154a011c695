// The window in the learner's language. CTest starts this test with LANG=it_IT.UTF-8 and no LC_ALL,
// LC_MESSAGES or LANGUAGE: the system locale alone must give an Italian window; the `language`
// setting and the --language option override it, exactly as in gui_main.
#include "AboutDialog.h"
#include "AddAccountDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProgressPanel.h"
#include "SyncStatusWidget.h"

#include "FakeClock.h"
#include "FakeCredentialStore.h"
#include "Mnemonics.h"
#include "SampleWindow.h"
#include "WindowParts.h"

#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

    // The real window over the bundled sample course, in whatever language is installed now.
    struct Window : SampleAccount
    {
        std::unique_ptr<MainWindow> window;

        explicit Window(const QString &dataDir)
            : SampleAccount(dataDir)
        {
            QVERIFY(session);
            window = std::make_unique<MainWindow>(*session);
            QVERIFY(window->showCourse(1));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }

        // The titles of the menu bar's menus (the window may gain menus; Help is one of them).
        QStringList menus() const
        {
            QStringList titles;
            for (const QAction *menu : window->menuBar()->actions())
                titles << menu->text();
            return titles;
        }
    };

    static void writeSetting(const QString &dataDir, const QString &language)
    {
        QSettings ini(dataDir + u"/coursedesk.ini"_s, QSettings::IniFormat);
        ini.setValue(u"language"_s, language);
    }

private slots:
    void initTestCase()
    {
        // Guards the test itself: without LANG reaching Qt, nothing below would be about the system locale.
        QVERIFY2(QLocale::system().language() == QLocale::Italian,
                 qPrintable(u"the system locale is %1; run this test through CTest (LANG=it_IT.UTF-8)"_s.arg(
                     QLocale::system().name())));
    }

    // A translation must not make two controls share an Alt+letter: the window with a lesson and with a
    // quiz, its menus, the preferences and the sign-in dialog's pages, in each shipped language.
    void noMnemonicClashesInAnyLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Language::shipped())
            QTest::addRow("%s", qPrintable(code)) << code;
    }

    void noMnemonicClashesInAnyLanguage()
    {
        QFETCH(QString, code);
        QTemporaryDir data;
        Language language(*qApp);
        language.install(QLocale(code));
        {
            Window w(data.path());
            const auto clashes = [&w] {
                return widgetClashes(w.window.get(), w.window->menuBar()) + menuClashes(w.window->menuBar());
            };
            QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u", "_s)));
            w.window->selectLesson(104); // a quiz
            QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u", "_s)));
        }
        {
            QSettings settings(data.filePath(u"prefs.ini"_s), QSettings::IniFormat);
            PreferencesDialog preferences(settings, Language::shipped());
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            QVERIFY2(widgetClashes(&preferences).isEmpty(), qPrintable(widgetClashes(&preferences).join(u", "_s)));
        }
        Accounts accounts(data.path());
        FakeClock clock;
        FakeCredentialStore store;
        QNetworkAccessManager network;
        AddAccountDialog dialog(accounts, store, clock, network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(widgetClashes(&dialog).isEmpty(), qPrintable(widgetClashes(&dialog).join(u", "_s)));
        dialog.findChild<QAbstractButton *>(u"advancedButton"_s)->click(); // the client ID and the redirect port
        QVERIFY(dialog.findChild<QWidget *>(u"advancedSection"_s)->isVisible());
        QVERIFY2(widgetClashes(&dialog).isEmpty(), qPrintable(widgetClashes(&dialog).join(u", "_s)));
        // The sign-in tabs, reached offline as "sign in again" (which hides Back: shown again here, as a new
        // account's dialog has it).
        dialog.setSignInAgain(Account{u"school"_s, false, QUrl(u"https://courses.example.org"_s), u"ann"_s});
        const QString back = QCoreApplication::translate("coursedesk::AddAccountDialog", "&Back");
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == back)
                button->show();
        }
        auto *methods = named<QTabWidget>(&dialog, "methodTabs");
        for (int tab = 0; tab < methods->count(); ++tab) {
            methods->setCurrentIndex(tab);
            QVERIFY2(widgetClashes(&dialog).isEmpty(), qPrintable(widgetClashes(&dialog).join(u", "_s)));
        }
        QLocale::setDefault(QLocale::system());
    }

    void theSystemLocaleGivesAnItalianWindow()
    {
        QTemporaryDir data;
        Language language(*qApp);
        QCOMPARE(language.setUp({u"coursedesk"_s, u"--data-dir"_s, data.path()}), QString());
        QCOMPARE(language.current(), u"it"_s);

        Window w(data.path());
        QCOMPARE(named<QPushButton>(w.window.get(), "completionToggle")->text(), u"Segna come completata"_s);
        QVERIFY2(w.menus().contains(u"&Aiuto"_s), qPrintable(w.menus().join(u' ')));
        const QString progress = named<ProgressPanel>(w.window.get(), "progress")->text();
        QVERIFY2(progress.startsWith(u"0 di 11 lezioni"_s), qPrintable(progress));
        QCOMPARE(named<QLabel>(w.window.get(), "syncState")->text(),
                 u"Solo su questo computer: nulla da sincronizzare."_s);
        w.window->selectLesson(102);
        QCOMPARE(lockText(w.window.get()), u"Completa prima 'Welcome to CourseDesk'"_s);
        w.window->selectLesson(112);
        QCOMPARE(lockText(w.window.get()), u"Questa lezione è una bozza e non è ancora pubblicata."_s);

        AboutDialog about;
        QCOMPARE(about.windowTitle(), u"Informazioni su CourseDesk"_s);
        const QString version = named<QLabel>(&about, "aboutVersion")->text();
        QVERIFY2(version.startsWith(u"Versione "_s), qPrintable(version));
        const QString license = plainText(named<QLabel>(&about, "aboutLicense"));
        QVERIFY2(license.contains(u"GNU General Public License"_s), qPrintable(license));
    }

    void theSettingOverridesTheSystemLocale()
    {
        QTemporaryDir data;
        writeSetting(data.path(), u"de"_s);
        Language language(*qApp);
        QCOMPARE(language.setUp({u"coursedesk"_s, u"--data-dir"_s, data.path()}), QString());

        Window w(data.path());
        QCOMPARE(named<QPushButton>(w.window.get(), "completionToggle")->text(), u"Als erledigt markieren"_s);
        QVERIFY2(w.menus().contains(u"&Hilfe"_s), qPrintable(w.menus().join(u' ')));
        const QString progress = named<ProgressPanel>(w.window.get(), "progress")->text();
        QVERIFY2(progress.startsWith(u"0 von 11 Lektionen"_s), qPrintable(progress));
        w.window->selectLesson(102);
        QCOMPARE(lockText(w.window.get()), u"Erledigen Sie zuerst „Welcome to CourseDesk“"_s);
        QLocale::setDefault(QLocale::system());
    }

    void theOptionOverridesTheSetting()
    {
        QTemporaryDir data;
        writeSetting(data.path(), u"de"_s);
        Language language(*qApp);
        QCOMPARE(language.setUp({u"coursedesk"_s, u"--language=en"_s, u"--data-dir"_s, data.path()}), QString());
        QCOMPARE(language.current(), u"en"_s);

        Window w(data.path());
        QCOMPARE(named<QPushButton>(w.window.get(), "completionToggle")->text(), u"Mark as complete"_s);
        QVERIFY2(w.menus().contains(u"&Help"_s), qPrintable(w.menus().join(u' ')));
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
