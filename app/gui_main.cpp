// coursedesk: the desktop application.
#include "MainWindow.h"

#include "domain/Clock.h"
#include "session/SampleCourse.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CourseDesk: take your online courses offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Save a picture of the window to <file> and quit."),
                                        u"file"_s);
    parser.addOption(screenshot);
    parser.process(app);

    SystemClock clock;
    MainWindow window(clock);
    const Result<Course> sample = SampleCourse::load(clock.now());
    if (!sample) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CourseDesk"), sample.error().message);
        return 1;
    }
    window.showCourse(*sample);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            if (!saved)
                std::fprintf(stderr, "coursedesk: cannot write %s\n", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
