// coursedesk: the desktop application.
#include "AppShell.h"
#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "Version.h"
#include "WelcomePage.h"

#include "domain/Clock.h"
#include "session/Accounts.h"
#include "session/CredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

// --screenshot: saves the first window shown and quits.
void saveScreenshotWhenShown(AppShell &shell, const QString &path)
{
    const auto save = [&shell, path] {
        QWidget *window = shell.visibleWindow();
        const bool saved = window && window->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "coursedesk: %s\n",
                         qPrintable(QApplication::translate("main", "cannot write %1").arg(path)));
        QApplication::exit(saved ? 0 : 1);
    };
    // A window's courses are read right after its first paint (and an account whose sign-in is read
    // from the keychain opens a moment later): wait for it. The welcome page is complete at once.
    if (!shell.window() && shell.visibleWindow()) {
        QTimer::singleShot(0, &shell, save);
        return;
    }
    QObject::connect(&shell, &AppShell::windowReady, &shell, [save] { QTimer::singleShot(0, save); });
    QObject::connect(&shell, &AppShell::failed, &shell, [save] { QTimer::singleShot(0, save); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coursedesk.*.debug=false"));
    QApplication::setApplicationName(u"CourseDesk"_s);
    QApplication::setOrganizationName(u"CourseDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(COURSEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/coursedesk.svg"_s));
    QApplication::setDesktopFileName(u"org.example.CourseDesk"_s);
    Language language(app);
    const QString languageProblem = language.setUp(app.arguments());
    if (!languageProblem.isEmpty())
        std::fprintf(stderr, "coursedesk: %s\n", qPrintable(languageProblem));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CourseDesk: take your online courses offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to <file> and quit."),
        u"file"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QApplication::translate("main", "Keep accounts and caches in <dir>."), u"dir"_s);
    const QCommandLineOption sample(
        u"sample"_s, QApplication::translate("main", "Open the bundled sample course (no server needed)."));
    const QCommandLineOption account(u"account"_s, QApplication::translate("main", "Open the account <name>."),
                                     u"name"_s);
    parser.addOptions({screenshot, dataDir, sample, account, Language::option()});
    parser.process(app);

    SystemClock clock;
    Accounts accounts(parser.isSet(dataDir) ? parser.value(dataDir) : Accounts::defaultDataDir());
    // Tokens live in the OS keychain (every job under a timeout), never in a file. Without a working
    // keychain they are kept in memory only, and the sign-in says so ("asked again next time").
    KeychainCredentialStore keychain(u"CourseDesk"_s);
    MemoryCredentialStore memoryOnly;
    CredentialStore *credentials = &keychain;
    if (!parser.isSet(sample)) { // the sample needs no sign-in: no keychain prompt for it
        QEventLoop probing;
        std::optional<Status> probed;
        keychain.probe([&](Status status) {
            probed = status;
            probing.quit();
        });
        if (!probed)
            probing.exec();
        if (!probed->ok())
            credentials = &memoryOnly;
    }
    QNetworkAccessManager network;
    // Window state lives in the user's settings (never tokens); a --data-dir run keeps its own.
    QSettings settings = parser.isSet(dataDir)
                             ? QSettings(parser.value(dataDir) + u"/coursedesk.ini"_s, QSettings::IniFormat)
                             : QSettings();

    // Light or dark: the desktop's colour scheme, or the user's choice in the preferences, applied before any window.
    Appearance appearance(app);
    AppShell::Options options;
    options.languages = Language::shipped();
    options.appearance = &appearance;
    AppShell shell(accounts, *credentials, clock, network, settings, options);
    QObject::connect(&shell, &AppShell::failed, &shell, [&shell](const QString &message) {
        // Nothing could be opened: the welcome page says why and offers the sample or another account.
        if (!shell.window()) {
            shell.showWelcome();
            shell.welcome()->setError(message);
        }
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &shell, [&shell] { shell.closeAccount(); });

    if (parser.isSet(sample))
        shell.openSample();
    else if (parser.isSet(account))
        shell.openAccount(parser.value(account));
    else
        shell.start();

    if (parser.isSet(screenshot))
        saveScreenshotWhenShown(shell, parser.value(screenshot));
    return app.exec();
}
