#include "QuizResultPanel.h"

#include "Accessibility.h"
#include "StatusColors.h"
#include "StatusIcons.h"

#include "domain/ServerText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

QuizResultPanel::QuizResultPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_next(new QPushButton(tr("Ne&xt lesson"), this))
    , m_tryAgain(new QPushButton(tr("&Try again"), this))
{
    setObjectName(u"quizResultPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleDescription(tr("Quiz result"));
    m_headline->setObjectName(u"quizResult"_s);
    m_headline->setTextFormat(Qt::PlainText);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_detail->setObjectName(u"quizResultDetail"_s);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    m_next->setObjectName(u"quizNextLesson"_s);
    m_next->setAccessibleName(tr("Next lesson"));
    m_tryAgain->setObjectName(u"quizTryAgain"_s);
    m_tryAgain->setToolTip(tr("Start a new attempt with no answers chosen."));

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_tryAgain);
    buttons->addWidget(m_next);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    setTabOrder(m_tryAgain, m_next);

    connect(m_tryAgain, &QPushButton::clicked, this, &QuizResultPanel::tryAgain);
    connect(m_next, &QPushButton::clicked, this, &QuizResultPanel::nextLesson);
    hide();
}

bool QuizResultPanel::passed(const AttemptRecord &attempt)
{
    return attempt.state != AttemptState::Rejected && attempt.result && attempt.result->result == Completion::Completed;
}

QString QuizResultPanel::headline(const AttemptRecord &attempt)
{
    if (attempt.state == AttemptState::Rejected)
        return tr("Not accepted by the server");
    if (!attempt.result)
        return tr("Submitted");
    return passed(attempt) ? tr("Passed") : tr("Not passed");
}

void QuizResultPanel::showAttempt(const AttemptRecord &attempt, int questionCount, bool nextLesson)
{
    const QLocale locale;
    QStringList details;
    if (attempt.state == AttemptState::Rejected) {
        m_tone = -1;
        details << ServerText::compose(tr("The server refused this attempt, so it does not count"), attempt.reason)
                << tr("You can try again.");
    } else if (!attempt.result) {
        m_tone = 0;
        details << tr("Your answers are saved. The server grades them at the next sync; you can keep working "
                      "meanwhile, offline too.");
    } else {
        const QuizAttempt &result = *attempt.result;
        m_tone = passed(attempt) ? 1 : -1;
        details << tr("Your grade: %1 %. Passing grade: %2 %.")
                       .arg(locale.toString(result.grade), locale.toString(result.passingGrade));
        if (questionCount > 0) {
            details << tr("%1 of %n question(s) right.", nullptr, questionCount)
                           .arg(locale.toString(result.correctResponses));
        }
        if (attempt.state == AttemptState::AwaitingGrading)
            details << tr("Graded here; the server confirms it at the next sync.");
        if (m_tone < 0)
            details << tr("Look at the marks on the questions, then try again.");
    }
    m_headline->setText(headline(attempt));
    m_detail->setText(details.join(u' '));
    m_next->setVisible(nextLesson && passed(attempt));
    m_tryAgain->setDefault(m_tone < 0);
    m_next->setDefault(m_next->isVisibleTo(this));
    // The panel reads as its whole text ("Passed. Your grade: 67 %. …"), said at once when it changes.
    const QString said = m_headline->text() + u". "_s + m_detail->text();
    const bool changed = said != accessibleName() || isHidden();
    setAccessibleName(said);
    setAccessibleDescription(tr("Quiz result"));
    paintState();
    show();
    if (changed)
        Accessibility::announce(this);
}

QString QuizResultPanel::text() const
{
    return isVisibleTo(parentWidget()) ? m_headline->text() + u". "_s + m_detail->text() : QString();
}

void QuizResultPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        paintState();
}

void QuizResultPanel::paintState()
{
    const StatusColors colours = StatusColors::forPalette(palette());
    QPalette headline = m_headline->palette();
    headline.setColor(QPalette::WindowText, m_tone > 0   ? colours.success
                                            : m_tone < 0 ? colours.failure
                                                         : palette().color(QPalette::WindowText));
    m_headline->setPalette(headline);
    const StatusIcons icons;
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    const QIcon &icon = m_tone > 0 ? icons.completed() : m_tone < 0 ? icons.failed() : icons.quiz();
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatio()));
}

QuizAttemptList::QuizAttemptList(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout)
    , m_title(new QLabel(tr("Your attempts"), this))
{
    setObjectName(u"quizAttempts"_s);
    setAccessibleName(tr("Your attempts"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    hide();
}

QString QuizAttemptList::describe(const AttemptRecord &attempt, const QLocale &locale)
{
    const QString when = locale.toString(attempt.submittedAt.toLocalTime(), QLocale::ShortFormat);
    if (attempt.state == AttemptState::Rejected)
        return tr("%1 · not accepted: %2").arg(when, ServerText::sentence(attempt.reason));
    if (!attempt.result)
        return tr("%1 · waiting for the server").arg(when);
    const QString grade = locale.toString(attempt.result->grade);
    return QuizResultPanel::passed(attempt) ? tr("%1 · passed, %2 %").arg(when, grade)
                                            : tr("%1 · not passed, %2 %").arg(when, grade);
}

void QuizAttemptList::setAttempts(const QList<AttemptRecord> &attempts)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    for (const AttemptRecord &attempt : attempts.mid(0, shown)) {
        auto *row = new QLabel(describe(attempt, locale), this);
        row->setObjectName(u"quizAttempt"_s);
        row->setTextFormat(Qt::PlainText);
        row->setWordWrap(true);
        m_rows->addWidget(row);
    }
    if (attempts.size() > shown) {
        auto *more = new QLabel(tr("and %n earlier attempt(s)", nullptr, int(attempts.size() - shown)), this);
        more->setObjectName(u"quizAttempt"_s);
        m_rows->addWidget(more);
    }
    setVisible(!attempts.isEmpty());
}

QStringList QuizAttemptList::lines() const
{
    QStringList texts;
    for (const QLabel *row : findChildren<QLabel *>(u"quizAttempt"_s))
        texts << row->text();
    return texts;
}

} // namespace coursedesk
