// coursedesk: the desktop application.
#include "AppShell.h"
#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "Version.h"
#include "WelcomePage.h"

#include "domain/Clock.h"
#include "session/Accounts.h"
#include "auth/CredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
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

void nameTheApplication()
{
    QCoreApplication::setApplicationName(u"CourseDesk"_s);
    QCoreApplication::setOrganizationName(u"CourseDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COURSEDESK_VERSION));
}

// The window's command line.
struct CommandLine
{
    QCommandLineOption screenshot{
        u"screenshot"_s, QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
        u"file"_s};
    QCommandLineOption dataDir{u"data-dir"_s, QCoreApplication::translate("main", "Keep accounts and caches in <dir>."),
                               u"dir"_s};
    QCommandLineOption sample{
        u"sample"_s, QCoreApplication::translate("main", "Open the bundled sample course (no server needed).")};
    QCommandLineOption account{u"account"_s, QCoreApplication::translate("main", "Open the account <name>."),
                               u"name"_s};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "CourseDesk: take your online courses offline."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, dataDir, sample, account, Language::option()});
    }
};

// --help and --version are answered on the terminal, without the QApplication: its constructor loads the
// platform plugin, which aborts where there is no display. Any other command line goes to the QApplication,
// which takes out Qt's own options (-platform, -style, -session …) before the parser looks at the rest.
bool answeredOnTerminal(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser probe; // untranslated: it only looks at the names
    CommandLine().describe(probe);
    probe.parse(arguments); // an option it does not know (maybe one of Qt's) does not hide --help or --version
    if (!probe.isSet(u"help"_s) && !probe.isSet(u"help-all"_s) && !probe.isSet(u"version"_s))
        return false;

    QCoreApplication app(argc, argv);
    nameTheApplication();
    Language language(app); // the help text in the chosen language
    if (const QString problem = language.setUp(app.arguments()); !problem.isEmpty())
        std::fprintf(stderr, "coursedesk: %s\n", qPrintable(problem));
    QCommandLineParser parser;
    const CommandLine commandLine;
    commandLine.describe(parser);
    parser.process(app); // prints the help or the version (or what is wrong with the command line), and exits
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answeredOnTerminal(argc, argv))
        return 0;
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coursedesk.*.debug=false"));
    nameTheApplication();
    QApplication::setWindowIcon(QIcon(u":/icons/coursedesk.svg"_s));
    QApplication::setDesktopFileName(u"org.example.CourseDesk"_s);
    Language language(app);
    const QString languageProblem = language.setUp(app.arguments());
    if (!languageProblem.isEmpty())
        std::fprintf(stderr, "coursedesk: %s\n", qPrintable(languageProblem));

    QCommandLineParser parser;
    const CommandLine commandLine;
    commandLine.describe(parser);
    parser.process(app);

    SystemClock clock;
    Accounts accounts(parser.isSet(commandLine.dataDir) ? parser.value(commandLine.dataDir)
                                                        : Accounts::defaultDataDir());
    // Tokens live in the OS keychain (every job under a timeout), never in a file. Without a working
    // keychain they are kept in memory only, and the sign-in says so ("asked again next time").
    KeychainCredentialStore keychain(u"CourseDesk"_s);
    MemoryCredentialStore memoryOnly;
    CredentialStore *credentials = &keychain;
    if (!parser.isSet(commandLine.sample)) { // the sample needs no sign-in: no keychain prompt for it
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
    QSettings settings = parser.isSet(commandLine.dataDir)
                             ? QSettings(parser.value(commandLine.dataDir) + u"/coursedesk.ini"_s, QSettings::IniFormat)
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

    if (parser.isSet(commandLine.sample))
        shell.openSample();
    else if (parser.isSet(commandLine.account))
        shell.openAccount(parser.value(commandLine.account));
    else
        shell.start();

    if (parser.isSet(commandLine.screenshot))
        saveScreenshotWhenShown(shell, parser.value(commandLine.screenshot));
    return app.exec();
}
