// coursedesk-cli: the headless, scriptable client.
#include "domain/AccessPolicy.h"
#include "domain/Clock.h"
#include "domain/Progress.h"
#include "session/SampleCourse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace coursedesk;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coursedesk-cli"_s);
    QCoreApplication::setOrganizationName(u"CourseDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COURSEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"CourseDesk command line."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"sample-outline: print the bundled sample course's outline."_s);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) != u"sample-outline"_s) {
        err << parser.helpText();
        return 1;
    }
    SystemClock clock;
    const Result<Course> course = SampleCourse::load(clock.now());
    if (!course) {
        err << course.error().message << '\n';
        return 2;
    }
    const CourseAccess access = AccessPolicy::evaluate(*course, clock.now());
    for (const Section &section : course->sections) {
        out << section.name << '\n';
        for (const Lesson &lesson : section.lessons) {
            const LessonAccess state = access.lesson(lesson.id);
            out << "  " << lesson.id << ' ' << lesson.name << " [" << toWire(lesson.completion)
                << (state.isAccessible() ? QString() : u", locked: "_s + toWire(state.reason)) << "]\n";
        }
    }
    const ProgressFigures progress = Progress::of(*course);
    out << progress.completed << '/' << progress.total << ' ' << progress.percentExact() << " %\n";
    return 0;
}
