// File → Preferences…: what the dialog reads from the settings (bad values fall back to the defaults), what
// OK and Cancel write, the restart note for a new language, a settings file that cannot be written, and
// the dialog by keyboard (accessible names, mnemonics).
#include "PreferencesDialog.h"

#include "Mnemonics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace coursedesk;
using namespace coursedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList shipped{u"en"_s, u"it"_s, u"de"_s};

struct Settings
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"coursedesk.ini"_s), QSettings::IniFormat};
};

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

QPushButton *button(const PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

} // namespace

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void readFallsBackOnBadValues_data()
    {
        QTest::addColumn<QVariant>("language");
        QTest::addColumn<QVariant>("interval");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::addColumn<int>("expectedInterval");
        QTest::addRow("nothing stored") << QVariant() << QVariant() << "system" << 15;
        QTest::addRow("valid") << QVariant(u"de"_s) << QVariant(30) << "de" << 30;
        QTest::addRow("as text in the file") << QVariant(u" it "_s) << QVariant(u"60"_s) << "it" << 60;
        QTest::addRow("not a number") << QVariant(u"en"_s) << QVariant(u"often"_s) << "en" << 15;
        QTest::addRow("not an offered interval") << QVariant() << QVariant(7) << "system" << 15;
        QTest::addRow("negative") << QVariant() << QVariant(-5) << "system" << 15;
        QTest::addRow("empty language") << QVariant(u"  "_s) << QVariant(5) << "system" << 5;
    }

    void readFallsBackOnBadValues()
    {
        QFETCH(QVariant, language);
        QFETCH(QVariant, interval);
        QFETCH(QString, expectedLanguage);
        QFETCH(int, expectedInterval);
        Settings s;
        if (language.isValid())
            s.settings.setValue(u"language"_s, language);
        if (interval.isValid())
            s.settings.setValue(u"sync/intervalMinutes"_s, interval);
        const Preferences read = Preferences::read(s.settings);
        QCOMPARE(read.language, expectedLanguage);
        QCOMPARE(read.syncIntervalMinutes, expectedInterval);
    }

    void theDialogShowsWhatIsStored()
    {
        Settings s;
        s.settings.setValue(u"language"_s, u"de"_s);
        s.settings.setValue(u"sync/intervalMinutes"_s, 30);
        PreferencesDialog dialog(s.settings, shipped);
        QCOMPARE(dialog.languageBox()->currentData().toString(), u"de"_s);
        QCOMPARE(dialog.languageBox()->currentText(), u"Deutsch"_s); // each language by its own name
        QCOMPARE(dialog.syncIntervalBox()->currentData().toInt(), 30);
        QCOMPARE(dialog.syncIntervalBox()->count(), Preferences::syncIntervalChoices().size());
        QCOMPARE(dialog.languageBox()->count(), 1 + shipped.size());
        QCOMPARE(dialog.restartNote(), QString());
    }

    // Issue 16, defect 13: under LANG=C.UTF-8 (as CTest runs this) the system names no language: no empty brackets.
    void theSystemsLanguageIsNamedOrLeftUnnamed()
    {
        Settings s;
        PreferencesDialog dialog(s.settings, shipped);
        const QString system = dialog.languageBox()->itemText(dialog.languageBox()->findData(u"system"_s));
        QVERIFY2(!system.contains(u"()"_s), qPrintable(system));
        if (QLocale::system().language() == QLocale::C)
            QCOMPARE(system, u"The system's language"_s);
        else
            QVERIFY(system.contains(QLocale::system().nativeLanguageName()));
    }

    // Appearance: as the system (the default), light or dark; stored, and a change is announced for the shell to
    // apply at once. What the dialog does not show (the text zoom) is left as it is.
    void theAppearanceIsChosenAndKept()
    {
        Settings s;
        s.settings.setValue(u"view/textZoomPercent"_s, 133);
        PreferencesDialog dialog(s.settings, shipped);
        auto *appearance = dialog.findChild<QComboBox *>(u"appearance"_s);
        QVERIFY(appearance);
        QCOMPARE(appearance->currentData().toString(), u"system"_s);
        QCOMPARE(appearance->count(), 3);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        choose(appearance, u"dark"_s);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(s.settings.value(u"appearance"_s).toString(), u"dark"_s);
        QCOMPARE(s.settings.value(u"view/textZoomPercent"_s).toInt(), 133);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<Preferences>().appearance, u"dark"_s);
        PreferencesDialog again(s.settings, shipped);
        QCOMPARE(again.findChild<QComboBox *>(u"appearance"_s)->currentData().toString(), u"dark"_s);
    }

    void badAppearanceAndZoomFallBack()
    {
        Settings s;
        s.settings.setValue(u"appearance"_s, u"purple"_s);
        s.settings.setValue(u"view/textZoomPercent"_s, 5000);
        const Preferences read = Preferences::read(s.settings);
        QCOMPARE(read.appearance, u"system"_s);
        QCOMPARE(read.textZoomPercent, 100);
        s.settings.setValue(u"appearance"_s, u" Light "_s);
        s.settings.setValue(u"view/textZoomPercent"_s, u"150"_s);
        QCOMPARE(Preferences::read(s.settings).appearance, u"light"_s);
        QCOMPARE(Preferences::read(s.settings).textZoomPercent, 150);
    }

    void aLanguageThatIsNotOfferedShowsTheSystemsLanguage()
    {
        Settings s;
        s.settings.setValue(u"language"_s, u"fr"_s);
        PreferencesDialog dialog(s.settings, shipped);
        QCOMPARE(dialog.languageBox()->currentData().toString(), u"system"_s);
    }

    void okWritesTheChoicesAndSaysWhatChanged()
    {
        Settings s;
        PreferencesDialog dialog(s.settings, shipped);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(dialog.languageBox(), u"it"_s);
        QVERIFY2(dialog.restartNote().contains(u"starts again"_s), qPrintable(dialog.restartNote()));
        choose(dialog.syncIntervalBox(), 5);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(s.settings.value(u"language"_s).toString(), u"it"_s);
        QCOMPARE(s.settings.value(u"sync/intervalMinutes"_s).toInt(), 5);
        QCOMPARE(changed.size(), 1);
        const auto preferences = changed.constFirst().constFirst().value<Preferences>();
        QCOMPARE(preferences.language, u"it"_s);
        QCOMPARE(preferences.syncIntervalMinutes, 5);
    }

    void backToTheStoredLanguageHidesTheRestartNote()
    {
        Settings s;
        s.settings.setValue(u"language"_s, u"de"_s);
        PreferencesDialog dialog(s.settings, shipped);
        dialog.show();
        choose(dialog.languageBox(), u"en"_s);
        QVERIFY(!dialog.restartNote().isEmpty());
        choose(dialog.languageBox(), u"de"_s);
        QCOMPARE(dialog.restartNote(), QString());
    }

    void okWithoutChangesSignalsNothing()
    {
        Settings s;
        PreferencesDialog dialog(s.settings, shipped);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        dialog.accept();
        QCOMPARE(changed.size(), 0);
        QCOMPARE(Preferences::read(s.settings), Preferences{});
    }

    void cancelWritesNothing()
    {
        Settings s;
        s.settings.setValue(u"sync/intervalMinutes"_s, 30);
        PreferencesDialog dialog(s.settings, shipped);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        dialog.show();
        choose(dialog.syncIntervalBox(), 60);
        choose(dialog.languageBox(), u"it"_s);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(s.settings.value(u"sync/intervalMinutes"_s).toInt(), 30);
        QVERIFY(!s.settings.contains(u"language"_s));
        QCOMPARE(changed.size(), 0);
    }

    // A settings file that cannot be written: the dialog says so and stays open with the choices made.
    void aSettingsFileThatCannotBeWrittenIsReported()
    {
        QTemporaryFile notAFolder;
        QVERIFY(notAFolder.open());
        QSettings settings(notAFolder.fileName() + u"/coursedesk.ini"_s, QSettings::IniFormat);
        PreferencesDialog dialog(settings, shipped);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(dialog.syncIntervalBox(), 60);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"could not be saved"_s), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.syncIntervalBox()->currentData().toInt(), 60);
        QCOMPARE(changed.size(), 0);
    }

    void byKeyboard()
    {
        Settings s;
        PreferencesDialog dialog(s.settings, shipped);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(widgetClashes(&dialog).isEmpty(), qPrintable(widgetClashes(&dialog).join(u", "_s)));
        QVERIFY(!dialog.languageBox()->accessibleName().isEmpty());
        QVERIFY(!dialog.syncIntervalBox()->accessibleName().isEmpty());
        // Alt+S reaches the interval, as its label's mnemonic says.
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QVERIFY(dialog.syncIntervalBox()->hasFocus());
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_PreferencesDialog.moc"
