// coursedesk-cli: the headless, scriptable client (QCoreApplication, no Widgets).
#include "CliApp.h"

#include "domain/Clock.h"
#include "session/CredentialStore.h"

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

    coursedesk::SystemClock clock;
    coursedesk::KeychainCredentialStore keychain(QStringLiteral("CourseDesk"));
    coursedesk::CliApp cli(clock, keychain, stdin, stdout, stderr);
    return cli.run(app.arguments());
}
