// coursedesk-cli: the headless, scriptable client (QCoreApplication, no Widgets).
#include "CliApp.h"
#include "Language.h"
#include "Version.h"

#include "domain/Clock.h"
#include "auth/CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("coursedesk.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("CourseDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CourseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COURSEDESK_VERSION));
    coursedesk::Language language(app);
    if (const QString problem = language.setUp(app.arguments()); !problem.isEmpty())
        std::fprintf(stderr, "coursedesk-cli: %s\n", qPrintable(problem));

    coursedesk::SystemClock clock;
    coursedesk::KeychainCredentialStore keychain(QStringLiteral("CourseDesk"));
    coursedesk::CliApp cli(clock, keychain, stdin, stdout, stderr);
    return cli.run(app.arguments());
}
