#include "WelcomePage.h"

#include "AboutDialog.h"
#include "Accessibility.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coursedesk {

WelcomePage::WelcomePage(QWidget *parent)
    : QMainWindow(parent)
    , m_sample(new QPushButton(tr("Try the &sample course")))
    , m_addAccount(new QPushButton(tr("&Add account…")))
    , m_error(new QLabel)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    setCentralWidget(page);
    m_sample->setParent(page);
    m_addAccount->setParent(page);
    m_error->setParent(page);
    setObjectName(QStringLiteral("welcome"));
    setWindowTitle(tr("Welcome to CourseDesk"));
    auto *icon = new QLabel(page);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setObjectName(QStringLiteral("welcomeLogo"));
    icon->setAccessibleName(tr("CourseDesk logo"));
    auto *heading = new QLabel(tr("Welcome to CourseDesk"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Take your online courses with you, online or offline. Try the sample course to see "
                               "how it works — it lives on this computer and needs no server — or add the account "
                               "you use on your course platform."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_sample->setObjectName(QStringLiteral("trySample"));
    m_sample->setDefault(true);
    m_addAccount->setObjectName(QStringLiteral("addAccount"));
    m_addAccount->setAccessibleDescription(tr("Add an account on a course platform"));
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleDescription(tr("Error")); // its name is its text, announced when it appears
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_addAccount);
    buttons->addStretch(1);
    // Preferences and About on the page itself, not only in the menus.
    auto *preferences = new QPushButton(tr("&Preferences…"), page);
    preferences->setObjectName(QStringLiteral("welcomePreferences"));
    preferences->setFlat(true);
    auto *about = new QPushButton(tr("A&bout CourseDesk"), page);
    about->setObjectName(QStringLiteral("welcomeAbout"));
    about->setFlat(true);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(preferences);
    more->addWidget(about);
    more->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(more);
    setTabOrder(m_sample, m_addAccount);
    setTabOrder(m_addAccount, preferences);
    setTabOrder(preferences, about);
    connect(preferences, &QPushButton::clicked, this, &WelcomePage::preferencesRequested);
    connect(about, &QPushButton::clicked, this, &WelcomePage::showAbout);

    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_addAccount, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);
    buildMenus();
    resize(640, 420);
}

void WelcomePage::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Try the &sample course"), this, &WelcomePage::sampleRequested);
    file->addAction(tr("&Add account…"), this, &WelcomePage::addAccountRequested);
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &WelcomePage::preferencesRequested);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CourseDesk"), this, &WelcomePage::showAbout);
    help->addAction(tr("About &Qt"), this, [] { QApplication::aboutQt(); });
}

void WelcomePage::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void WelcomePage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    Accessibility::announce(m_error);
}

} // namespace coursedesk
