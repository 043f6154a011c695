#include "NoticePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return label;
}

} // namespace

NoticePage::NoticePage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(textLabel(u"noticeHeading"_s, this))
    , m_text(textLabel(u"noticeText"_s, this))
    , m_note(textLabel(u"noticeNote"_s, this))
    , m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    QFont heading = m_heading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_heading->setFont(heading);
    m_action->setObjectName(u"noticeAction"_s);
    m_action->hide();
    m_note->hide();
    auto *action = new QHBoxLayout;
    action->addStretch(1);
    action->addWidget(m_action);
    action->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    layout->addLayout(action);
    layout->addStretch(2);
    connect(m_action, &QPushButton::clicked, this, &NoticePage::actionTriggered);
}

void NoticePage::setContent(const QIcon &icon, const QString &heading, const QString &text, const QString &note)
{
    m_iconSource = icon;
    paintIcon();
    m_heading->setText(heading);
    m_text->setText(text);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setAccessibleName(heading);
    setAccessibleDescription(note.isEmpty() ? text : text + u' ' + note);
}

void NoticePage::setAction(const QString &label, const QString &accessibleName)
{
    m_action->setText(label);
    m_action->setAccessibleName(accessibleName.isEmpty() ? label : accessibleName);
    m_action->setVisible(!label.isEmpty());
}

QString NoticePage::text() const
{
    return m_text->text();
}

QString NoticePage::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void NoticePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintIcon(); // the icons' colours follow the palette
}

void NoticePage::paintIcon()
{
    const int size = 2 * style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(m_iconSource.isNull() ? QPixmap() : m_iconSource.pixmap(QSize(size, size), devicePixelRatio()));
}

} // namespace coursedesk
