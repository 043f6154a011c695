#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace coursedesk {

// The user's preferences, kept in the application's QSettings (never a token): the interface language
// (read at start by Language: "system", "en", "it", "de") and how often a server account syncs in the
// background. A value that is missing or not one of the offered choices reads as the default.
struct Preferences final
{
    QString language = QStringLiteral("system");
    int syncIntervalMinutes = 15;

    static QList<int> syncIntervalChoices() { return {5, 15, 30, 60}; }
    // The stored preferences; what is missing or not a valid choice keeps its value from `defaults`.
    static Preferences read(const QSettings &settings, const Preferences &defaults);
    static Preferences read(const QSettings &settings); // over the defaults above
    void write(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// File → Preferences…: the language (one of `languages`, ISO codes, or the system's; used from the next
// start, which the dialog says) and the sync interval (applied at once by whoever opened the dialog, through
// preferencesChanged). OK writes the settings; Cancel leaves them as they were.
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
    QLabel *m_restartNote;
    QLabel *m_error;
};

} // namespace coursedesk
