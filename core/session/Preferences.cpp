#include "session/Preferences.h"

#include <QSettings>

#include <algorithm>

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
    const QString appearance = settings.value(appearanceKey()).toString().trimmed().toLower();
    if (appearanceChoices().contains(appearance))
        preferences.appearance = appearance;
    const int zoom = settings.value(textZoomKey()).toInt(&isNumber);
    if (isNumber && zoom >= minTextZoomPercent && zoom <= maxTextZoomPercent)
        preferences.textZoomPercent = zoom;
    return preferences;
}

void Preferences::write(QSettings &settings) const
{
    settings.setValue(languageKey(), language);
    settings.setValue(syncIntervalKey(), syncIntervalMinutes);
    settings.setValue(appearanceKey(), appearance);
    writeTextZoom(settings, textZoomPercent);
}

void Preferences::writeTextZoom(QSettings &settings, int percent)
{
    settings.setValue(textZoomKey(), std::clamp(percent, minTextZoomPercent, maxTextZoomPercent));
}

} // namespace coursedesk
