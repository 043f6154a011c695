#pragma once

#include "session/Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace coursedesk {

// File → Preferences…: the language (one of `languages`, ISO codes, or the system's; used from the next
// start, which the dialog says), the appearance (as the system, light or dark) and the sync interval (both
// applied at once by whoever opened the dialog, through preferencesChanged). OK writes the settings; Cancel leaves
// them as they were.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(QSettings &settings, const QStringList &languages, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *syncIntervalBox() const { return m_interval; }
    QString restartNote() const; // empty while the language is unchanged
    QString errorText() const;   // why the preferences could not be saved; empty when they were
    Preferences chosen() const;

public slots:
    void accept() override;

signals:
    void preferencesChanged(const coursedesk::Preferences &preferences);

private:
    QSettings &m_settings;
    Preferences m_initial;
    QComboBox *m_language;
    QComboBox *m_interval;
    QComboBox *m_appearance;
    QLabel *m_restartNote;
    QLabel *m_error;
};

} // namespace coursedesk
