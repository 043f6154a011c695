#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace coursedesk {

// The user's preferences, kept in the application's QSettings (never a token): the interface language
// ("system", or a language code such as "it"; read at start by Language), how often a server account
// syncs in the background, the appearance ("system" follows the desktop's colour scheme, or "light", "dark")
// and the lesson text's zoom. A value that is missing or not one of the offered choices reads as the default.
struct Preferences final
{
    QString language = systemLanguage();
    int syncIntervalMinutes = 15;
    QString appearance = systemAppearance();
    int textZoomPercent = 100;

    static QString systemLanguage() { return QStringLiteral("system"); }
    static QString languageKey() { return QStringLiteral("language"); }
    static QString syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }
    static QList<int> syncIntervalChoices() { return {5, 15, 30, 60}; }
    static QString systemAppearance() { return QStringLiteral("system"); }
    static QString appearanceKey() { return QStringLiteral("appearance"); }
    static QStringList appearanceChoices()
    {
        return {systemAppearance(), QStringLiteral("light"), QStringLiteral("dark")};
    }
    static QString textZoomKey() { return QStringLiteral("view/textZoomPercent"); }
    static constexpr int minTextZoomPercent = 50;
    static constexpr int maxTextZoomPercent = 300;
    // The zoom alone, as Ctrl++ / Ctrl+- / Ctrl+0 change it (clamped to the range above).
    static void writeTextZoom(QSettings &settings, int percent);

    // The stored preferences; what is missing or not a valid choice keeps its value from `defaults`.
    static Preferences read(const QSettings &settings, const Preferences &defaults);
    static Preferences read(const QSettings &settings); // over the defaults above
    void write(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace coursedesk
