#include "WelcomePage.h"

#include "AboutDialog.h"

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
    m_sample->setAccessibleName(tr("Try the sample course"));
    m_sample->setDefault(true);
    m_addAccount->setObjectName(QStringLiteral("addAccount"));
    m_addAccount->setAccessibleName(tr("Add an account on a course platform"));
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_addAccount);
    buttons->addStretch(1);
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
    setTabOrder(m_sample, m_addAccount);

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
    help->addAction(tr("&About CourseDesk"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    help->addAction(tr("About &Qt"), this, [] { QApplication::aboutQt(); });
}

void WelcomePage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace coursedesk
