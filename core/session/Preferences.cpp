#include "session/Preferences.h"

#include <QSettings>

namespace coursedesk {

Preferences Preferences::read(const QSettings &settings)
{
    return read(settings, Preferences{});
}

Preferences Preferences::read(const QSettings &settings, const Preferences &defaults)
{
    Preferences preferences = defaults;
    const QString language = settings.value(languageKey()).toString().trimmed();
    if (!language.isEmpty())
        preferences.language = language;
    bool isNumber = false;
    const int minutes = settings.value(syncIntervalKey()).toInt(&isNumber);
    if (isNumber && syncIntervalChoices().contains(minutes))
        preferences.syncIntervalMinutes = minutes;
    return preferences;
}

void Preferences::write(QSettings &settings) const
{
    settings.setValue(languageKey(), language);
    settings.setValue(syncIntervalKey(), syncIntervalMinutes);
}

} // namespace coursedesk
