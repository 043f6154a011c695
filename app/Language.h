#pragma once

#include <QCommandLineOption>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

namespace coursedesk {

// The language of the user interface, for the window and the CLI alike. The first of these wins:
// the --language option, the `language` setting (QSettings; <data-dir>/coursedesk.ini with --data-dir),
// the system locale. English is the source language: its catalogue holds only the plural forms of the
// strings that count something. Italian and German ship complete.
class Language final
{
public:
    // The shipped languages as ISO 639-1 codes, the source language first.
    static QStringList shipped();
    // The --language option, with its translated description, for a command-line parser.
    static QCommandLineOption option();
    // The value of --name VALUE or --name=VALUE in raw arguments (the language must be chosen before the
    // real parser runs, so that its help text is translated). Empty when absent.
    static QString rawOption(const QStringList &arguments, const QString &name);
    // The `language` setting: from QSettings, or from <dataDir>/coursedesk.ini when dataDir is given.
    static QString setting(const QString &dataDir);
    // An explicit choice ("it", "de_CH", "en"; empty or "system" means none) beats the system locale.
    static QLocale choose(const QString &option, const QString &setting, const QLocale &system);

    explicit Language(QCoreApplication &app);
    ~Language();
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    // Installs CourseDesk's catalogue and Qt's own for the language chosen from the arguments and the
    // settings. Returns a message for the user when an explicitly requested language is not shipped
    // (the interface then stays English); empty otherwise.
    QString setUp(const QStringList &arguments);
    // Installs the catalogues for `locale`; false when CourseDesk has no translation for it: the interface is
    // then English, with the English plural forms installed.
    bool install(const QLocale &locale);
    // The language whose catalogue is installed ("it", "de"), or "en".
    QString current() const { return m_current; }

private:
    void uninstall();

    QCoreApplication &m_app;
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
    QString m_current = QStringLiteral("en");
};

} // namespace coursedesk
