#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace coursedesk {

// The user's preferences, kept in the application's QSettings (never a token): the interface language
// ("system", or a language code such as "it"; read at start by Language) and how often a server account
// syncs in the background. A value that is missing or not one of the offered choices reads as the default.
struct Preferences final
{
    QString language = systemLanguage();
    int syncIntervalMinutes = 15;

    static QString systemLanguage() { return QStringLiteral("system"); }
    static QString languageKey() { return QStringLiteral("language"); }
    static QString syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }
    static QList<int> syncIntervalChoices() { return {5, 15, 30, 60}; }

    // The stored preferences; what is missing or not a valid choice keeps its value from `defaults`.
    static Preferences read(const QSettings &settings, const Preferences &defaults);
    static Preferences read(const QSettings &settings); // over the defaults above
    void write(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace coursedesk
