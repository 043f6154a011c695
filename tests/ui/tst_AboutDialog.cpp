// Help ▸ About CourseDesk: version and license, reachable from the main window's Help menu.
#include "AboutDialog.h"
#include "MainWindow.h"

#include "FakeClock.h"
#include "Version.h"
#include "Widgets.h"

#include "SampleWindow.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheVersionFromTheBuild()
    {
        AboutDialog about;
        QCOMPARE(about.windowTitle(), u"About CourseDesk"_s);
        const QString version = named<QLabel>(&about, "aboutVersion")->text();
        QVERIFY2(version.startsWith(u"Version %1 (Qt "_s.arg(QStringLiteral(COURSEDESK_VERSION))), qPrintable(version));
        QVERIFY(QStringLiteral(COURSEDESK_VERSION).count(u'.') == 2); // project(VERSION x.y.z)
    }

    void showsTheLicense()
    {
        AboutDialog about;
        const QString license = plainText(named<QLabel>(&about, "aboutLicense"));
        QVERIFY2(license.contains(u"GNU General Public License, version 3 or (at your option) any later version"_s),
                 qPrintable(license));
        QVERIFY2(license.contains(u"GPL-3.0-or-later"_s), qPrintable(license));
        QVERIFY(license.contains(u"NO WARRANTY"_s));
    }

    void theHelpMenuOpensIt()
    {
        QTemporaryDir dir;
        SampleAccount sample(dir.path());
        QVERIFY(sample.session);
        MainWindow window(*sample.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMenu *help = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == u"&Help"_s)
                help = menu;
        }
        QVERIFY(help);
        QAction *aboutAction = nullptr;
        bool aboutQt = false;
        for (QAction *action : help->actions()) {
            if (action->text() == u"&About CourseDesk"_s)
                aboutAction = action;
            aboutQt = aboutQt || action->text() == u"About &Qt"_s;
        }
        QVERIFY(aboutAction);
        QVERIFY(aboutQt);

        QVERIFY(!window.findChild<AboutDialog *>());
        aboutAction->trigger();
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<AboutDialog *>()) != nullptr);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(named<QLabel>(about, "aboutVersion")->text().contains(QStringLiteral(COURSEDESK_VERSION)));
        about->reject(); // closing deletes it: no dialog piles up behind the window
        QTRY_VERIFY(!window.findChild<AboutDialog *>());
    }
};

QTEST_MAIN(tst_AboutDialog)
#include "tst_AboutDialog.moc"
