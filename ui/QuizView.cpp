#include "QuizView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace coursedesk {

namespace {

// An answer's text beside its radio button or check box: plain text (an '&' or a tag from the course is
// shown as written), wrapped, and a click on it toggles the button, as a click on a button's own text does.
class AnswerText final : public QLabel
{
public:
    AnswerText(const QString &text, QAbstractButton *button, QWidget *parent)
        : QLabel(parent)
        , m_button(button)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setText(text);
        setObjectName(QStringLiteral("answerText"));
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (event->button() != Qt::LeftButton || !rect().contains(event->position().toPoint())
            || !m_button->isEnabled())
            return;
        m_button->setFocus(Qt::MouseFocusReason);
        m_button->click();
    }

private:
    QAbstractButton *m_button;
};

} // namespace

QuizView::QuizView(QWidget *parent)
    : QWidget(parent)
    , m_questions(nullptr)
    , m_questionsHost(nullptr)
    , m_intro(new QLabel(this))
    , m_result(new QLabel(this))
    , m_submit(new QPushButton(tr("Submit answers"), this))
{
    setObjectName(QStringLiteral("quizView"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Questions and answers wrap instead of scrolling sideways; Tab goes from answer to answer and the area
    // follows the focus.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_questionsHost = new QWidget(scroll);
    m_questions = new QVBoxLayout(m_questionsHost);
    m_questions->addStretch(1);
    scroll->setWidget(m_questionsHost);
    layout->addWidget(scroll, 1);
    m_result->setObjectName(QStringLiteral("quizResult"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Quiz result"));
    m_result->hide();
    layout->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_submit->setObjectName(QStringLiteral("quizSubmit"));
    m_submit->setAccessibleName(tr("Submit the quiz answers"));
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (isComplete())
            emit submitted(responses());
    });
}

void QuizView::setQuiz(const Lesson &quiz)
{
    m_quiz = quiz;
    m_lockedReason.clear();
    m_intro->setText(tr("%n question(s). Passing grade: %1 %.", nullptr, int(quiz.body->questions.size()))
                         .arg(quiz.body->passingGrade));
    rebuild();
    m_result->hide();
    if (!quiz.body->lastAttempt)
        return;
    // Reopened: the last attempt's answers and its result.
    QList<QuestionResponse> previous;
    for (const QuestionOutcome &outcome : quiz.body->lastAttempt->questions)
        previous.append(QuestionResponse{outcome.questionId, outcome.selectedOptions});
    setResponses(previous);
    showResult(quiz.body->lastAttempt);
}

void QuizView::setSubmitEnabledReason(const QString &lockedReason)
{
    m_lockedReason = lockedReason;
    updateSubmit();
}

void QuizView::rebuild()
{
    for (const auto &[id, group] : std::as_const(m_groups))
        delete group;
    m_groups.clear();
    while (m_questions->count() > 0) {
        QLayoutItem *item = m_questions->takeAt(0);
        delete item->widget();
        delete item;
    }
    int number = 0;
    for (const Question &question : std::as_const(m_quiz.body->questions)) {
        auto *box = new QGroupBox(m_questionsHost);
        box->setObjectName(QStringLiteral("question-%1").arg(question.id));
        box->setAccessibleName(question.text);
        auto *boxLayout = new QVBoxLayout(box);
        // The question as a wrapped label, not the group's title: a long question must not be cut off.
        auto *text = new QLabel(tr("%1. %2").arg(++number).arg(question.text), box);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        boxLayout->addWidget(text);
        auto *mark = new QLabel(box);
        mark->setObjectName(QStringLiteral("mark"));
        mark->hide();
        boxLayout->addWidget(mark);
        if (question.type == QuestionType::MultiChoice) {
            auto *hint = new QLabel(tr("Select every answer that applies."), box);
            boxLayout->addWidget(hint);
        }
        auto *group = new QButtonGroup(box);
        group->setExclusive(question.type == QuestionType::SingleChoice);
        for (const Answer &answer : question.answers) {
            // The button's own text would stay on one line and a long answer would be cut off: the text is
            // a wrapping label beside the bare indicator, and the button carries it for assistive tools.
            QAbstractButton *button = question.type == QuestionType::SingleChoice
                                          ? static_cast<QAbstractButton *>(new QRadioButton(box))
                                          : static_cast<QAbstractButton *>(new QCheckBox(box));
            button->setAccessibleName(answer.text);
            button->setToolTip(answer.text);
            button->setProperty("answerId", answer.id); // server ids are 64-bit: not QButtonGroup's int ids
            group->addButton(button);
            auto *row = new QHBoxLayout;
            row->addWidget(button, 0, Qt::AlignTop);
            row->addWidget(new AnswerText(answer.text, button, box), 1);
            boxLayout->addLayout(row);
            connect(button, &QAbstractButton::toggled, this, &QuizView::updateSubmit);
        }
        m_questions->addWidget(box);
        m_groups.append({question.id, group});
    }
    m_questions->addStretch(1);
    // Keyboard order: the questions' answers in order, then Submit (the buttons are created after
    // Submit, so the default order would put them last in the window).
    QWidget *previous = nullptr;
    for (const auto &[id, group] : std::as_const(m_groups)) {
        for (QAbstractButton *button : group->buttons()) {
            if (previous)
                setTabOrder(previous, button);
            previous = button;
        }
    }
    if (previous)
        setTabOrder(previous, m_submit);
    updateSubmit();
}

void QuizView::focusFirstAnswer()
{
    if (m_groups.isEmpty() || m_groups.constFirst().second->buttons().isEmpty()) {
        m_submit->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_groups.constFirst().second->buttons().constFirst()->setFocus(Qt::ShortcutFocusReason);
}

QList<QAbstractButton *> QuizView::answerButtons(qint64 questionId) const
{
    for (const auto &[id, group] : m_groups) {
        if (id == questionId)
            return group->buttons();
    }
    return {};
}

QList<QuestionResponse> QuizView::responses() const
{
    QList<QuestionResponse> list;
    for (const auto &[id, group] : m_groups) {
        QuestionResponse response{id, {}};
        for (QAbstractButton *button : group->buttons()) {
            if (button->isChecked())
                response.selectedOptions.append(button->property("answerId").toLongLong());
        }
        list.append(response);
    }
    return list;
}

void QuizView::setResponses(const QList<QuestionResponse> &responses)
{
    for (const QuestionResponse &response : responses) {
        for (QAbstractButton *button : answerButtons(response.questionId))
            button->setChecked(response.selectedOptions.contains(button->property("answerId").toLongLong()));
    }
}

bool QuizView::isComplete() const
{
    if (m_groups.isEmpty())
        return false;
    const QList<QuestionResponse> all = responses();
    return std::all_of(all.cbegin(), all.cend(),
                       [](const QuestionResponse &r) { return !r.selectedOptions.isEmpty(); });
}

void QuizView::updateSubmit()
{
    const bool complete = isComplete();
    m_submit->setEnabled(complete && m_lockedReason.isEmpty());
    m_submit->setToolTip(!m_lockedReason.isEmpty() ? m_lockedReason
                         : complete                ? QString()
                                                   : tr("Answer every question to submit."));
}

void QuizView::showResult(const std::optional<QuizAttempt> &graded)
{
    m_result->show();
    if (!graded) {
        m_result->setText(tr("Submitted — graded when you are back online."));
        return;
    }
    const bool passed = graded->result == Completion::Completed;
    m_result->setText(passed
                          ? tr("Passed: grade %1 % (passing grade %2 %).").arg(graded->grade).arg(graded->passingGrade)
                          : tr("Not passed: grade %1 % (passing grade %2 %). You can try again.")
                                .arg(graded->grade)
                                .arg(graded->passingGrade));
    markOutcome(*graded);
}

void QuizView::markOutcome(const QuizAttempt &attempt)
{
    for (const QuestionOutcome &outcome : attempt.questions) {
        auto *box = m_questionsHost->findChild<QGroupBox *>(QStringLiteral("question-%1").arg(outcome.questionId));
        if (!box || !outcome.correct)
            continue;
        const QString mark = *outcome.correct ? tr("✓ right") : tr("✗ wrong");
        if (auto *label = box->findChild<QLabel *>(QStringLiteral("mark"))) {
            label->setText(mark);
            label->show();
        }
        box->setAccessibleDescription(mark);
    }
}

QString QuizView::resultText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : QString();
}

} // namespace coursedesk
