// Light and dark (issue 16, "Raise the bar"): System follows the desktop's colour scheme, live; Light and Dark are
// chosen in the preferences and applied at once; the status icons and the quiz's marks stay readable on a dark
// window; the text zoom is remembered from one start to the next.
#include "AppShell.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "OutlineModel.h"
#include "PreferencesDialog.h"
#include "StatusColors.h"
#include "StatusIcons.h"

#include "FakeClock.h"
#include "SampleWindow.h"
#include "Widgets.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The icon's most contrasting opaque colour against `background`: what the eye reads of its shape.
double iconContrast(const QIcon &icon, const QColor &background)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    double best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255)
                best = std::max(best, contrast(pixel, background));
        }
    }
    return best;
}

double meanLuminance(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += luminance(image.pixelColor(x, y));
            ++count;
        }
    }
    return count ? sum / count : 0;
}

// Restores the application's palette after each test: the tests change it for the whole process.
struct PaletteGuard
{
    QPalette saved = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(saved); }
};

} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT

private slots:
    void systemFollowsTheDesktopLive()
    {
        PaletteGuard guard;
        Appearance appearance(*qApp);
        QVERIFY(!appearance.isDark()); // offscreen: a light platform palette
        QSignalSpy dark(&appearance, &Appearance::darkChanged);
        appearance.setDesktopPreference(true); // the desktop switches to dark (the portal, or Qt 6.5's hint)
        QVERIFY(appearance.isDark());
        QVERIFY(StatusColors::isDark(QApplication::palette()));
        appearance.setDesktopPreference(false);
        QVERIFY(!StatusColors::isDark(QApplication::palette()));
        QCOMPARE(dark.size(), 2);
        // An explicit choice wins over the desktop.
        appearance.setMode(Appearance::Mode::Dark);
        appearance.setDesktopPreference(false);
        QVERIFY(StatusColors::isDark(QApplication::palette()));
        appearance.setMode(Appearance::Mode::Light);
        appearance.setDesktopPreference(true);
        QVERIFY(!StatusColors::isDark(QApplication::palette()));
        appearance.setMode(Appearance::Mode::System);
        QVERIFY(StatusColors::isDark(QApplication::palette()));
    }

    // The status icons are drawn with the palette's shades: readable (3:1, as for graphics) on the view's background
    // in light and in dark.
    void theStatusIconsStayReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void theStatusIconsStayReadable()
    {
        QFETCH(bool, dark);
        PaletteGuard guard;
        Appearance appearance(*qApp);
        appearance.setMode(dark ? Appearance::Mode::Dark : Appearance::Mode::Light);
        const QColor base = QApplication::palette().color(QPalette::Base);
        const StatusIcons icons;
        Lesson lesson;
        LessonAccess open;
        LessonAccess locked;
        locked.reason = LockReason::Order;
        QList<std::pair<QString, QIcon>> shown{{u"lesson"_s, icons.lesson()},
                                               {u"quiz"_s, icons.quiz()},
                                               {u"completed"_s, icons.completed()},
                                               {u"failed"_s, icons.failed()},
                                               {u"locked"_s, icons.locked()}};
        lesson.completion = Completion::Completed;
        shown.append({u"completed, locked again"_s, icons.forLesson(lesson, locked)});
        lesson.status = LessonStatus::Draft;
        shown.append({u"draft"_s, icons.forLesson(lesson, open)});
        for (const auto &[name, icon] : shown) {
            const double ratio = iconContrast(icon, base);
            QVERIFY2(ratio >= 3.0, qPrintable(u"%1: %2:1 on %3"_s.arg(name).arg(ratio, 0, 'f', 2).arg(base.name())));
        }
        // The quiz's passed / not passed colours are text: 4.5:1.
        const StatusColors colours = StatusColors::forPalette(QApplication::palette());
        const QColor window = QApplication::palette().color(QPalette::Window);
        QVERIFY(contrast(colours.success, window) >= 4.5);
        QVERIFY(contrast(colours.failure, window) >= 4.5);
    }

    // Chosen in the preferences, the appearance applies to the open window at once.
    void thePreferenceAppliesAtOnce()
    {
        PaletteGuard guard;
        QTemporaryDir dir;
        FakeClock clock;
        Accounts accounts(dir.path());
        MemoryCredentialStore credentials;
        QNetworkAccessManager network;
        QSettings settings(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
        Appearance appearance(*qApp);
        AppShell::Options options{false, AccountRuntime::Options{60, 50, false}};
        options.appearance = &appearance;
        AppShell shell(accounts, credentials, clock, network, settings, options);
        QSignalSpy ready(&shell, &AppShell::windowReady);
        shell.openSample();
        QVERIFY(ready.wait(5000));
        MainWindow *window = shell.window();
        QVERIFY(meanLuminance(window->grab().toImage()) > 0.5);
        const QModelIndex completed = modelOf<OutlineModel>(named<QTreeView>(window, "outline"))->indexOfLesson(101);
        const QImage lightIcon = completed.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();

        shell.showPreferences();
        PreferencesDialog *dialog = shell.preferencesDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *box = dialog->findChild<QComboBox *>(u"appearance"_s);
        box->setCurrentIndex(box->findData(u"dark"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(appearance.isDark());
        QTRY_VERIFY2(meanLuminance(window->grab().toImage()) < 0.2, // the palette reaches the widgets as events
                     qPrintable(QString::number(meanLuminance(window->grab().toImage()))));
        QVERIFY(completed.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage() != lightIcon);
        QCOMPARE(settings.value(u"appearance"_s).toString(), u"dark"_s);

        // The next start: the stored choice, before any window shows.
        QApplication::setPalette(guard.saved);
        Appearance next(*qApp);
        AppShell::Options nextOptions = options;
        nextOptions.appearance = &next;
        AppShell again(accounts, credentials, clock, network, settings, nextOptions);
        QVERIFY(next.isDark());
    }

    // The text zoom chosen with Ctrl++ is there at the next start.
    void theTextZoomIsRemembered()
    {
        QTemporaryDir dir;
        FakeClock clock;
        Accounts accounts(dir.path());
        MemoryCredentialStore credentials;
        QNetworkAccessManager network;
        QSettings settings(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
        {
            AppShell shell(accounts, credentials, clock, network, settings,
                           AppShell::Options{false, AccountRuntime::Options{60, 50, false}});
            QSignalSpy ready(&shell, &AppShell::windowReady);
            shell.openSample();
            QVERIFY(ready.wait(5000));
            QApplication::setActiveWindow(shell.window());
            QVERIFY(QTest::qWaitForWindowActive(shell.window()));
            auto *outline = named<QTreeView>(shell.window(), "outline");
            outline->setFocus();
            QTest::keyClick(outline, Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(outline, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(shell.window()->textZoom(), 120);
            QCOMPARE(settings.value(u"view/textZoomPercent"_s).toInt(), 120);
        }
        AppShell shell(accounts, credentials, clock, network, settings,
                       AppShell::Options{false, AccountRuntime::Options{60, 50, false}});
        QSignalSpy ready(&shell, &AppShell::windowReady);
        shell.start();
        QVERIFY(ready.wait(5000));
        QCOMPARE(shell.window()->textZoom(), 120);
    }
};

QTEST_MAIN(tst_Appearance)
#include "tst_Appearance.moc"
