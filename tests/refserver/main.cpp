// coursedesk-refserver --port N --data FILE --seed demo|media|large:N|many:CxL|learners:N [--token-lifetime SECS]
//                      [--no-enrollment] [--authorize-as USER] [--dialect contract|platform] [--client-id ID]
//                      [--redirect-uri URI]...
// Prints "listening on http://127.0.0.1:PORT" (flushed) once it accepts connections.
#include "RefServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace coursedesk;
using namespace coursedesk::refserver;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coursedesk-refserver"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The CourseDesk reference server (a test fixture)."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dataOption(u"data"_s, u"SQLite state file (default: in memory)."_s, u"FILE"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"demo, media (demo and course 6), large:N, many:CxL (C courses of L lessons) or learners:N (course 3000 with N learners)."_s,
        u"SEED"_s);
    const QCommandLineOption lifetimeOption(u"token-lifetime"_s, u"Access token lifetime in seconds."_s, u"SECS"_s,
                                            u"3600"_s);
    const QCommandLineOption noEnrollmentOption(u"no-enrollment"_s, u"Do not offer the enrollment endpoint."_s);
    const QCommandLineOption authorizeAsOption(u"authorize-as"_s,
                                               u"GET /oauth/authorize/ approves at once as USER (default learner)."_s,
                                               u"USER"_s, u"learner"_s);
    const QCommandLineOption dialectOption(
        u"dialect"_s, u"contract (api-contract.md, the default) or platform (the platform's own docs)."_s, u"DIALECT"_s,
        u"contract"_s);
    const QCommandLineOption clientIdOption(u"client-id"_s,
                                            u"Platform dialect: the registered OAuth client id (default coursedesk)."_s,
                                            u"ID"_s, u"coursedesk"_s);
    const QCommandLineOption redirectUriOption(
        u"redirect-uri"_s,
        u"Platform dialect: a registered redirect URI, matched exactly (repeatable; none: any loopback URI)."_s,
        u"URI"_s);
    parser.addOptions({portOption, dataOption, seedOption, lifetimeOption, noEnrollmentOption, authorizeAsOption,
                       dialectOption, clientIdOption, redirectUriOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool lifetimeOk = false;
    const int lifetime = parser.value(lifetimeOption).toInt(&lifetimeOk);
    if (!portOk || port > 65535 || !lifetimeOk || lifetime < 1) {
        std::fprintf(stderr, "coursedesk-refserver: bad --port or --token-lifetime\n");
        return 2;
    }

    const std::optional<Dialect> dialect = dialectNamed(parser.value(dialectOption));
    if (!dialect) {
        std::fprintf(stderr, "coursedesk-refserver: --dialect should be contract or platform\n");
        return 2;
    }

    SystemClock clock;
    RefServer::Options options;
    options.dataFile = parser.value(dataOption);
    options.tokenLifetimeSecs = lifetime;
    options.enrollmentEndpoint = !parser.isSet(noEnrollmentOption);
    options.authorizeAs = parser.value(authorizeAsOption);
    options.dialect = *dialect;
    options.clientId = parser.value(clientIdOption);
    options.redirectUris = parser.values(redirectUriOption);
    RefServer server(clock, options);
    if (const Status opened = server.storeStatus(); !opened) {
        std::fprintf(stderr, "coursedesk-refserver: %s\n", qPrintable(opened.error().message));
        return 1;
    }

    const QString seed = parser.value(seedOption);
    Status seeded = success();
    if (seed == u"demo"_s) {
        seeded = server.seedDemo();
    } else if (seed == u"media"_s) { // the demo and course 6 "Offline media"
        seeded = server.seedDemo();
        if (seeded)
            seeded = server.seedMedia();
    } else if (seed.startsWith(u"large:"_s)) {
        bool ok = false;
        const int lessons = seed.mid(6).toInt(&ok);
        seeded = ok && lessons > 0 ? server.seedLarge(lessons) : Status(Error{u"usage"_s, u"large:N needs N > 0"_s});
    } else if (seed.startsWith(u"learners:"_s)) {
        bool ok = false;
        const int learners = seed.mid(9).toInt(&ok);
        seeded =
            ok && learners > 0 ? server.seedLearners(learners) : Status(Error{u"usage"_s, u"learners:N needs N > 0"_s});
    } else if (seed.startsWith(u"many:"_s)) {
        const QStringList sizes = seed.mid(5).split(u'x');
        bool coursesOk = false;
        bool lessonsOk = false;
        const int courses = sizes.value(0).toInt(&coursesOk);
        const int lessons = sizes.value(1).toInt(&lessonsOk);
        seeded = sizes.size() == 2 && coursesOk && lessonsOk
                     ? server.seedMany(courses, lessons)
                     : Status(Error{u"usage"_s, u"many:CxL, e.g. many:50x100"_s});
    } else if (!seed.isEmpty()) {
        seeded = Error{u"usage"_s, u"--seed should be demo, large:N, many:CxL or learners:N"_s};
    }
    if (!seeded) {
        std::fprintf(stderr, "coursedesk-refserver: %s\n", qPrintable(seeded.error().message));
        return 2;
    }

    const quint16 listening = server.listen(quint16(port));
    if (listening == 0) {
        std::fprintf(stderr, "coursedesk-refserver: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
