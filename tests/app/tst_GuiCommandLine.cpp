// `coursedesk --version` and `--help` answer on a machine with no display, as the README and the man page say:
// they are handled before the QApplication exists (its constructor loads the platform plugin, which aborts
// there). The window's binary runs as a child process with no DISPLAY, no WAYLAND_DISPLAY, and the platform left
// to Qt's default or forced to one that cannot start.
#include "Version.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The window's binary with `arguments`, with no display; `platform` is QT_QPA_PLATFORM (empty: unset).
Run coursedesk(const QStringList &arguments, const QString &platform, const QString &lang = u"C.UTF-8"_s)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, lang);
    if (!platform.isEmpty())
        environment.insert(u"QT_QPA_PLATFORM"_s, platform);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        const rlimit noCoreFile{0, 0}; // the runs that must fail abort: no core file left behind
        setrlimit(RLIMIT_CORE, &noCoreFile);
    });
    process.start(QStringLiteral(COURSEDESK_GUI_PATH), arguments);
    Run run;
    run.finished = process.waitForFinished(60'000);
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void addPlatformRows()
{
    QTest::addColumn<QString>("platform");
    QTest::addRow("platform left to Qt") << QString();
    QTest::addRow("QT_QPA_PLATFORM=xcb") << u"xcb"_s;
    QTest::addRow("QT_QPA_PLATFORM=wayland") << u"wayland"_s;
}

} // namespace

class tst_GuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    // The control: in this environment the window itself cannot start, so what passes below passes without a display.
    void theWindowCannotStartHere_data() { addPlatformRows(); }
    void theWindowCannotStartHere()
    {
        QFETCH(QString, platform);
        QTemporaryDir data;
        const Run run = coursedesk(
            {u"--sample"_s, u"--data-dir"_s, data.path(), u"--screenshot"_s, data.filePath(u"window.png"_s)}, platform);
        QVERIFY2(run.finished, "the window neither started nor failed within a minute");
        QVERIFY2(run.crashed || run.exitCode != 0, "the window started: this environment has a display after all");
        QVERIFY2(run.err.contains("platform plugin"), run.err.constData());
    }

    void versionAnswers_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("option");
        for (const QString &option : {u"--version"_s, u"-v"_s}) {
            QTest::addRow("%s, platform left to Qt", qPrintable(option)) << QString() << option;
            QTest::addRow("%s, QT_QPA_PLATFORM=xcb", qPrintable(option)) << u"xcb"_s << option;
        }
    }
    void versionAnswers()
    {
        QFETCH(QString, platform);
        QFETCH(QString, option);
        const Run run = coursedesk({option}, platform);
        QVERIFY2(run.finished && !run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("CourseDesk " COURSEDESK_VERSION "\n"));
    }

    void helpAnswers_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("option");
        for (const QString &option : {u"--help"_s, u"-h"_s, u"--help-all"_s}) {
            QTest::addRow("%s, platform left to Qt", qPrintable(option)) << QString() << option;
            QTest::addRow("%s, QT_QPA_PLATFORM=xcb", qPrintable(option)) << u"xcb"_s << option;
        }
    }
    void helpAnswers()
    {
        QFETCH(QString, platform);
        QFETCH(QString, option);
        const Run run = coursedesk({option}, platform);
        QVERIFY2(run.finished && !run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        for (const char *expected : {"Usage: ", "CourseDesk: take your online courses offline.", "--version",
                                     "--screenshot <file>", "Save a picture of the window to <file> and quit.",
                                     "--data-dir <dir>", "--sample", "--account <name>", "--language <code>"})
            QVERIFY2(run.out.contains(expected),
                     qPrintable(u"no '%1' in:\n"_s.arg(QLatin1StringView(expected)) + QString::fromUtf8(run.out)));
    }

    // The help in the chosen language, as the window would speak it.
    void helpIsTranslated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("--language it") << QStringList{u"--language"_s, u"it"_s, u"--help"_s} << u"C.UTF-8"_s
                                       << QByteArray("Salva un'immagine della finestra in <file> ed esci.");
        QTest::addRow("LANG=de_DE.UTF-8") << QStringList{u"--help"_s} << u"de_DE.UTF-8"_s
                                          << QByteArray("Ein Bild des Fensters in <file> speichern und beenden.");
    }
    void helpIsTranslated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QByteArray, expected);
        const Run run = coursedesk(arguments, QString(), lang);
        QVERIFY2(run.finished && !run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected), run.out.constData());
    }

    // Qt's own options still reach the QApplication, which takes them out before CourseDesk's parser runs.
    void qtOptionsStillWork()
    {
        QTemporaryDir data;
        const QString png = data.filePath(u"window.png"_s);
        const Run run = coursedesk(
            {u"-platform"_s, u"offscreen"_s, u"--sample"_s, u"--data-dir"_s, data.path(), u"--screenshot"_s, png},
            QString());
        QVERIFY2(run.finished && !run.crashed && run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo(png).size() > 0);
    }

    // --help is answered even beside an option CourseDesk does not know (which it reports).
    void anUnknownOptionBesideHelpIsReported()
    {
        const Run run = coursedesk({u"--no-such-option"_s, u"--help"_s}, QString());
        QVERIFY2(run.finished && !run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Unknown option 'no-such-option'."), run.err.constData());
        QVERIFY2(!run.err.contains("platform plugin"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_GuiCommandLine)
#include "tst_GuiCommandLine.moc"
