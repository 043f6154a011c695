#include "WelcomePage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coursedesk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_sample(new QPushButton(tr("Try the &sample course"), this))
    , m_addAccount(new QPushButton(tr("&Add account…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("welcome"));
    setWindowTitle(tr("Welcome to CourseDesk"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(tr("Welcome to CourseDesk"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Take your online courses with you, online or offline. Try the sample course to see "
                               "how it works — it lives on this computer and needs no server — or add the account "
                               "you use on your course platform."),
                            this);
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
    auto *layout = new QVBoxLayout(this);
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
    resize(640, 420);
}

void WelcomePage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace coursedesk
