// The interface language: which one is chosen, and that the shipped catalogues are found and used.
#include "Language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace coursedesk;
using namespace Qt::StringLiterals;

namespace {

QString draft()
{
    return QCoreApplication::translate("coursedesk::LockText", "draft");
}

} // namespace

class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void choose_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::addRow("nothing chosen: the system locale") << ""
                                                           << ""
                                                           << "it_IT"
                                                           << "it_IT";
        QTest::addRow("the setting overrides the system") << ""
                                                          << "de"
                                                          << "it_IT"
                                                          << "de_DE";
        QTest::addRow("the option overrides the setting") << "it"
                                                          << "de"
                                                          << "en_US"
                                                          << "it_IT";
        QTest::addRow("'system' in the setting means the system") << ""
                                                                  << "system"
                                                                  << "de_CH"
                                                                  << "de_CH";
        QTest::addRow("'system' as option falls back to the setting") << "system"
                                                                      << "it"
                                                                      << "de_DE"
                                                                      << "it_IT";
        QTest::addRow("blanks are no choice") << "  "
                                              << ""
                                              << "de_AT"
                                              << "de_AT";
        QTest::addRow("a region is kept") << "de_CH"
                                          << ""
                                          << "it_IT"
                                          << "de_CH";
        QTest::addRow("English can be forced") << "en"
                                               << ""
                                               << "it_IT"
                                               << "en_US";
    }

    void choose()
    {
        QFETCH(QString, option);
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::choose(option, setting, QLocale(system)).name(), expected);
    }

    void rawOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("separate value") << QStringList{u"cli"_s, u"--language"_s, u"it"_s, u"courses"_s} << "it";
        QTest::addRow("joined value") << QStringList{u"cli"_s, u"courses"_s, u"--language=de"_s} << "de";
        QTest::addRow("absent") << QStringList{u"cli"_s, u"courses"_s} << "";
        QTest::addRow("missing value") << QStringList{u"cli"_s, u"--language"_s} << "";
        QTest::addRow("after --, an argument") << QStringList{u"cli"_s, u"--"_s, u"--language=de"_s} << "";
        QTest::addRow("the program name is not an option") << QStringList{u"--language=de"_s} << "";
    }

    void rawOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(Language::rawOption(arguments, u"language"_s), expected);
    }

    void settingIsReadFromTheDataFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(Language::setting(dir.path()), QString());
        {
            QSettings ini(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
            ini.setValue(u"language"_s, u"de"_s);
        }
        QCOMPARE(Language::setting(dir.path()), u"de"_s);
    }

    void shippedCataloguesAreInstalled_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Italian") << "it_IT"
                                 << "it"
                                 << "bozza";
        QTest::addRow("Italian of Switzerland") << "it_CH"
                                                << "it"
                                                << "bozza";
        QTest::addRow("German") << "de_DE"
                                << "de"
                                << "Entwurf";
        QTest::addRow("Austrian German") << "de_AT"
                                         << "de"
                                         << "Entwurf";
    }

    void shippedCataloguesAreInstalled()
    {
        QFETCH(QString, locale);
        QFETCH(QString, current);
        QFETCH(QString, expected);
        Language language(*QCoreApplication::instance());
        QVERIFY(language.install(QLocale(locale)));
        QCOMPARE(language.current(), current);
        QCOMPARE(draft(), expected);
    }

    void translatorsGoAwayWithTheLanguage()
    {
        {
            Language language(*QCoreApplication::instance());
            QVERIFY(language.install(QLocale(u"it"_s)));
            QCOMPARE(draft(), u"bozza"_s);
            QVERIFY(language.install(QLocale(u"de"_s))); // switching replaces, never stacks
            QCOMPARE(draft(), u"Entwurf"_s);
        }
        QCOMPARE(draft(), u"draft"_s);
    }

    void unshippedLanguagesStayEnglish_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addRow("English") << "en_GB";
        QTest::addRow("French") << "fr_FR";
        QTest::addRow("C") << "C";
    }

    void unshippedLanguagesStayEnglish()
    {
        QFETCH(QString, locale);
        Language language(*QCoreApplication::instance());
        QVERIFY(!language.install(QLocale(locale)));
        QCOMPARE(language.current(), u"en"_s);
        QCOMPARE(draft(), u"draft"_s);
    }

    // English is the source language; its catalogue gives the strings that count something their plural
    // forms, also when English stands in for a language that is not shipped.
    void englishSaysOneAndMany_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QString quiz = u"%n question(s). Passing grade: %1 %."_s;
        QTest::addRow("one question") << "en"
                                      << "coursedesk::QuizView" << quiz << 1 << "1 question. Passing grade: %1 %.";
        QTest::addRow("three questions") << "en_GB"
                                         << "coursedesk::QuizView" << quiz << 3 << "3 questions. Passing grade: %1 %.";
        QTest::addRow("no questions") << "en"
                                      << "coursedesk::QuizView" << quiz << 0 << "0 questions. Passing grade: %1 %.";
        QTest::addRow("French falls back to English plurals")
            << "fr_FR"
            << "coursedesk::QuizView" << quiz << 1 << "1 question. Passing grade: %1 %.";
        QTest::addRow("one queued action kept")
            << "en"
            << "coursedesk::CliApp"
            << "%n action(s) of '%1' are kept: they are sent after you sign in again (or drop them with "
               "'account signout %1 --discard')."
            << 1
            << "1 action of '%1' is kept: it is sent after you sign in again (or drop it with "
               "'account signout %1 --discard').";
        QTest::addRow("offline, two actions") << "en"
                                              << "coursedesk::CliApp"
                                              << "--offline: nothing sent; %n action(s) stay queued." << 2
                                              << "--offline: nothing sent; 2 actions stay queued.";
        QTest::addRow("one learner") << "en"
                                     << "coursedesk::CompletionHistogram"
                                     << "Average completion: %1 % over %n learner(s)." << 1
                                     << "Average completion: %1 % over 1 learner.";
        QTest::addRow("Italian keeps its own plurals")
            << "it"
            << "coursedesk::CliApp"
            << "%n queued action(s) discarded." << 1 << "1 azione in coda scartata.";
    }

    void englishSaysOneAndMany()
    {
        QFETCH(QString, locale);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        const auto said = [&] {
            return QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr,
                                               count);
        };
        {
            Language language(*QCoreApplication::instance());
            language.install(QLocale(locale));
            QCOMPARE(said(), expected);
        }
        // Without a catalogue the source shows through, with the count put in.
        QCOMPARE(said(), QString(source).replace(u"%n"_s, QString::number(count)));
    }

    void anExplicitUnshippedLanguageIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Language language(*QCoreApplication::instance());
        const QString problem = language.setUp({u"cli"_s, u"--data-dir"_s, dir.path(), u"--language"_s, u"fr"_s});
        QVERIFY2(problem.contains(u"'fr'"_s) && problem.contains(u"it, de"_s), qPrintable(problem));
        QCOMPARE(draft(), u"draft"_s);
        // English asked for explicitly is no problem, and neither is the system's language (C here).
        QCOMPARE(language.setUp({u"cli"_s, u"--data-dir"_s, dir.path(), u"--language=en"_s}), QString());
        QCOMPARE(language.setUp({u"cli"_s, u"--data-dir"_s, dir.path()}), QString());
        QLocale::setDefault(QLocale::c());
    }

    void setUpHonoursTheSettingThenTheOption()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSettings ini(dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat);
            ini.setValue(u"language"_s, u"it"_s);
        }
        Language language(*QCoreApplication::instance());
        QCOMPARE(language.setUp({u"cli"_s, u"--data-dir"_s, dir.path()}), QString());
        QCOMPARE(draft(), u"bozza"_s);
        QCOMPARE(QLocale().language(), QLocale::Italian); // numbers and dates follow the chosen language
        QCOMPARE(language.setUp({u"cli"_s, u"--data-dir="_s + dir.path(), u"--language"_s, u"de"_s}), QString());
        QCOMPARE(draft(), u"Entwurf"_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_Language.moc"
