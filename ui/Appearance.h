#pragma once

#include <QObject>
#include <QPalette>

#include <optional>

class QApplication;
class QDBusVariant;

namespace coursedesk {

// Light or dark, for the whole application, applied at once: Preferences ▸ Appearance chooses System (the default),
// Light or Dark. System follows the desktop's colour scheme — Qt's own colour scheme from Qt 6.5, else the desktop
// portal's "color-scheme" setting (GNOME, KDE and others publish it on D-Bus), else the palette the platform gave —
// and follows it live when the desktop switches. Dark is a palette of its own (the status colours follow it, see
// StatusColors); Light is the style's standard palette.
class Appearance final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        System,
        Light,
        Dark,
    };
    static Mode modeFromWire(const QString &text); // "system", "light", "dark"; anything else is System
    static QString toWire(Mode mode);

    explicit Appearance(QApplication &app, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; } // what the application shows now
    // The desktop's preference as last learnt: nullopt when it has none (then the platform's palette decides).
    std::optional<bool> desktopPrefersDark() const { return m_desktopDark; }
    // What the desktop says, as the portal or Qt reports it (also for tests): dark, light, or no preference.
    void setDesktopPreference(std::optional<bool> dark);

    static QPalette darkPalette();
    static QPalette lightPalette();

signals:
    void darkChanged(bool dark);

private slots:
    void portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void apply();
    void askThePortal();

    QApplication &m_app;
    QPalette m_platformPalette; // as the platform gave it, before any choice of ours
    Mode m_mode = Mode::System;
    std::optional<bool> m_desktopDark;
    bool m_dark = false;
};

} // namespace coursedesk
