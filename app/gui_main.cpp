// coursedesk: the desktop application.
#include "Language.h"
#include "MainWindow.h"
#include "Version.h"

#include "domain/Clock.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace coursedesk;
using namespace Qt::StringLiterals;

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
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Save a picture of the window to <file> and quit."),
                                        u"file"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, QApplication::translate("main", "Keep accounts and caches in <dir>."),
                                     u"dir"_s);
    parser.addOptions({screenshot, dataDir, Language::option()});
    parser.process(app);

    SystemClock clock;
    Accounts accounts(parser.isSet(dataDir) ? parser.value(dataDir) : Accounts::defaultDataDir());
    // Until accounts can be added from the window, it opens the sample course (the local account).
    const Result<Account> sample = accounts.ensureSample(clock);
    Result<std::unique_ptr<CacheDatabase>> db =
        sample ? CacheDatabase::open(accounts.databasePath(sample->name)) : Result<std::unique_ptr<CacheDatabase>>(sample.error());
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CourseDesk"), db.error().message);
        return 1;
    }
    CourseSession session(**db, clock, CourseSession::Kind::Local);
    MainWindow window(session);
    const Result<QList<CourseSummary>> courses = session.courses();
    if (courses && !courses->isEmpty())
        window.showCourse(courses->constFirst().id);
    // Window state lives in the user's settings (never tokens); a --data-dir run keeps its own.
    QSettings settings = parser.isSet(dataDir)
                             ? QSettings(parser.value(dataDir) + u"/coursedesk.ini"_s, QSettings::IniFormat)
                             : QSettings();
    window.restoreState(settings);
    QObject::connect(&app, &QApplication::aboutToQuit, &window, [&window, &settings] { window.saveState(settings); });
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            if (!saved)
                std::fprintf(stderr, "coursedesk: %s\n",
                             qPrintable(QApplication::translate("main", "cannot write %1").arg(path)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
