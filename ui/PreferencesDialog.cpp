#include "PreferencesDialog.h"

#include "Accessibility.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace coursedesk {

PreferencesDialog::PreferencesDialog(QSettings &settings, const QStringList &languages, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_initial(Preferences::read(settings))
    , m_language(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));

    // Each language by its own name, so that it can be found by someone who cannot read the current one. The
    // system's language is named when the system names one (LANG=C names none: the interface is then English).
    const QLocale system = QLocale::system();
    const QString systemName = system.language() == QLocale::C ? QString() : system.nativeLanguageName();
    m_language->addItem(systemName.isEmpty() ? tr("The system's language")
                                             : tr("The system's language (%1)").arg(systemName),
                        Preferences::systemLanguage());
    for (const QString &code : languages) {
        const QString name = QLocale(code).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? code : name.at(0).toUpper() + name.mid(1), code);
    }
    const int language = m_language->findData(m_initial.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_language->setAccessibleName(tr("Language"));

    for (int minutes : Preferences::syncIntervalChoices())
        m_interval->addItem(tr("Every %n minute(s)", nullptr, minutes), minutes);
    m_interval->setCurrentIndex(m_interval->findData(m_initial.syncIntervalMinutes));
    m_interval->setAccessibleName(tr("Sync in the background"));

    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("As the system (light or dark, as the desktop is)"), Preferences::systemAppearance());
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    const int appearance = m_appearance->findData(m_initial.appearance);
    m_appearance->setCurrentIndex(appearance < 0 ? 0 : appearance);
    m_appearance->setAccessibleName(tr("Appearance"));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The new language is used when CourseDesk starts again."));
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(chosen().language != m_initial.language); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(tr("&Sync in the background:"), m_interval);
    auto *syncNote = new QLabel(tr("Server accounts also sync at start, when the network comes back and "
                                   "shortly after each change."),
                                this);
    syncNote->setWordWrap(true);
    form->addRow(QString(), syncNote);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleDescription(tr("Problem")); // its name is its text, announced when it appears
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::chosen() const
{
    Preferences preferences = m_initial; // what the dialog does not show (the text zoom) stays as it is
    preferences.language = m_language->currentData().toString();
    preferences.syncIntervalMinutes = m_interval->currentData().toInt();
    preferences.appearance = m_appearance->currentData().toString();
    return preferences;
}

QString PreferencesDialog::restartNote() const
{
    return m_restartNote->isVisibleTo(this) ? m_restartNote->text() : QString();
}

QString PreferencesDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PreferencesDialog::accept()
{
    const Preferences preferences = chosen();
    preferences.write(m_settings);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        // The dialog stays open with the choices made, so that nothing is lost.
        m_error->setText(tr("The preferences could not be saved in %1. Check that the folder can be written to.")
                             .arg(m_settings.fileName()));
        m_error->setVisible(true);
        Accessibility::announce(m_error);
        return;
    }
    if (!(preferences == m_initial))
        emit preferencesChanged(preferences);
    QDialog::accept();
}

} // namespace coursedesk
