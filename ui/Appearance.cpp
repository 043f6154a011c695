#include "Appearance.h"

#include "domain/Logging.h"

#include "StatusColors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleHints>

#ifdef COURSEDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {


const QString portalService = u"org.freedesktop.portal.Desktop"_s;
const QString portalPath = u"/org/freedesktop/portal/desktop"_s;
const QString portalSettings = u"org.freedesktop.portal.Settings"_s;
const QString appearanceGroup = u"org.freedesktop.appearance"_s;
const QString colorSchemeKey = u"color-scheme"_s;

// The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer light.
std::optional<bool> fromPortal(uint value)
{
    if (value == 1)
        return true;
    if (value == 2)
        return false;
    return std::nullopt;
}

} // namespace

Appearance::Mode Appearance::modeFromWire(const QString &text)
{
    if (text == u"light"_s)
        return Mode::Light;
    if (text == u"dark"_s)
        return Mode::Dark;
    return Mode::System;
}

QString Appearance::toWire(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    }
    return {};
}

Appearance::Appearance(QApplication &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_platformPalette(QApplication::palette())
    , m_dark(StatusColors::isDark(m_platformPalette))
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto fromQt = [](Qt::ColorScheme scheme) -> std::optional<bool> {
        if (scheme == Qt::ColorScheme::Unknown)
            return std::nullopt;
        return scheme == Qt::ColorScheme::Dark;
    };
    m_desktopDark = fromQt(QGuiApplication::styleHints()->colorScheme());
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            [this, fromQt](Qt::ColorScheme scheme) { setDesktopPreference(fromQt(scheme)); });
#else
    askThePortal(); // Qt 6.4 does not tell the desktop's colour scheme: ask the desktop itself
#endif
}

void Appearance::askThePortal()
{
#ifdef COURSEDESK_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(portalService, portalPath, portalSettings, u"SettingChanged"_s, this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, portalSettings, u"Read"_s);
    read << appearanceGroup << colorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError()) {
            qCDebug(lcUiAppearance) << "no colour scheme from the desktop portal:" << reply.error().message();
            return;
        }
        // Read wraps the value in one more variant than the signal does.
        QVariant value = reply.value().variant();
        if (value.canConvert<QDBusVariant>())
            value = value.value<QDBusVariant>().variant();
        setDesktopPreference(fromPortal(value.toUInt()));
    });
#endif
}

void Appearance::portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
#ifdef COURSEDESK_HAVE_DBUS
    if (group == appearanceGroup && key == colorSchemeKey)
        setDesktopPreference(fromPortal(value.variant().toUInt()));
#else
    Q_UNUSED(group)
    Q_UNUSED(key)
    Q_UNUSED(value)
#endif
}

void Appearance::setDesktopPreference(std::optional<bool> dark)
{
    m_desktopDark = dark;
    if (m_mode == Mode::System)
        apply();
}

void Appearance::setMode(Mode mode)
{
    m_mode = mode;
    apply();
}

void Appearance::apply()
{
    const bool platformDark = StatusColors::isDark(m_platformPalette);
    bool dark = platformDark;
    if (m_mode == Mode::Dark)
        dark = true;
    else if (m_mode == Mode::Light)
        dark = false;
    else if (m_desktopDark)
        dark = *m_desktopDark;
    // The platform's own palette when it already has the right lightness (it may carry the desktop's accent).
    QPalette palette = dark == platformDark ? m_platformPalette : dark ? darkPalette() : lightPalette();
    if (dark && m_app.style()->name().compare(u"windowsvista"_s, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(u"Fusion"_s); // the native Windows style draws its own light controls
    if (palette != QApplication::palette())
        QApplication::setPalette(palette);
    if (dark != m_dark) {
        m_dark = dark;
        emit darkChanged(dark);
    }
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x26, 0x26, 0x2a);
    const QColor text(0xe6, 0xe6, 0xe8);
    const QColor disabled(0x80, 0x80, 0x88);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1c, 0x1c, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x34, 0x34, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x7b));
    p.setColor(QPalette::Light, QColor(0x48, 0x48, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2c, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0xa4, 0xe8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x4a));
    return p;
}

QPalette Appearance::lightPalette()
{
    return QApplication::style()->standardPalette();
}

} // namespace coursedesk
