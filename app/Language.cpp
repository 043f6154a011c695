#include "Language.h"

#include "session/Preferences.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>

namespace coursedesk {

using namespace Qt::StringLiterals;

QStringList Language::shipped()
{
    return {u"en"_s, u"it"_s, u"de"_s};
}

QCommandLineOption Language::option()
{
    return QCommandLineOption(
        u"language"_s,
        QCoreApplication::translate("coursedesk::Language",
                                    "Use the language <code> (en, it, de) instead of the system's."),
        u"code"_s);
}

QString Language::rawOption(const QStringList &arguments, const QString &name)
{
    const QString flag = u"--"_s + name;
    const QString prefix = flag + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument == flag && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(prefix))
            return argument.mid(prefix.size());
    }
    return {};
}

QString Language::setting(const QString &dataDir)
{
    const QString key = Preferences::languageKey();
    if (!dataDir.isEmpty())
        return QSettings(dataDir + u"/coursedesk.ini"_s, QSettings::IniFormat).value(key).toString();
    return QSettings().value(key).toString();
}

namespace {

bool meansSystem(const QString &choice)
{
    return choice.trimmed().isEmpty() || choice.trimmed() == Preferences::systemLanguage();
}

} // namespace

QLocale Language::choose(const QString &option, const QString &setting, const QLocale &system)
{
    if (!meansSystem(option))
        return QLocale(option.trimmed());
    if (!meansSystem(setting))
        return QLocale(setting.trimmed());
    return system;
}

Language::Language(QCoreApplication &app)
    : m_app(app)
{}

Language::~Language()
{
    uninstall();
}

void Language::uninstall()
{
    if (m_ownInstalled)
        m_app.removeTranslator(&m_own);
    if (m_qtInstalled)
        m_app.removeTranslator(&m_qt);
    m_ownInstalled = m_qtInstalled = false;
    m_current = u"en"_s;
}

QString Language::setUp(const QStringList &arguments)
{
    const QString requested = rawOption(arguments, u"language"_s);
    const QString configured = setting(rawOption(arguments, u"data-dir"_s));
    const QLocale locale = choose(requested, configured, QLocale::system());
    const bool explicitChoice = !meansSystem(requested) || !meansSystem(configured);
    if (explicitChoice)
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    if (install(locale) || !explicitChoice || locale.language() == QLocale::English)
        return {};
    const QString asked = meansSystem(requested) ? configured.trimmed() : requested.trimmed();
    return QCoreApplication::translate("coursedesk::Language",
                                       "There is no translation for the language '%1'; using English. "
                                       "Available: %2.")
        .arg(asked, shipped().join(u", "_s));
}

bool Language::install(const QLocale &locale)
{
    uninstall();
    // An installed copy (<prefix>/share/coursedesk/translations) first, so that a package can update it,
    // then the catalogues compiled into the executable.
    const QStringList folders{QCoreApplication::applicationDirPath() + u"/../share/coursedesk/translations"_s,
                              u":/i18n"_s};
    const bool english = locale.language() == QLocale::English;
    for (const QString &folder : folders) {
        if (!english && m_own.load(locale, u"coursedesk"_s, u"_"_s, folder))
            break;
    }
    const bool translated = !m_own.isEmpty() && QFileInfo(m_own.filePath()).completeBaseName() != u"coursedesk_en"_s;
    if (!translated) {
        // The interface stays in English, the source language: its catalogue only holds the plural forms
        // ("1 question", "3 questions" for the source's "%n question(s)").
        for (const QString &folder : folders) {
            if (m_own.load(u"coursedesk_en"_s, folder))
                break;
        }
        if (!m_own.isEmpty())
            m_ownInstalled = m_app.installTranslator(&m_own);
        return false;
    }
    m_ownInstalled = m_app.installTranslator(&m_own);
    // Qt's own strings (standard buttons, the About Qt dialog) come from Qt's catalogue, when installed.
    if (m_qt.load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = m_app.installTranslator(&m_qt);
    m_current = QFileInfo(m_own.filePath()).completeBaseName().section(u'_', 1);
    return m_ownInstalled;
}

} // namespace coursedesk
