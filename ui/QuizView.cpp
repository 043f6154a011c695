#include "QuizView.h"

#include "QuizResultPanel.h"
#include "StatusColors.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

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
        // The button's buddy, so that assistive tools relate the two (labelled-by). A buddy's '&' would mark an
        // Alt shortcut: doubled, it stays a character.
        setBuddy(button);
        setText(QString(text).replace(u'&', u"&&"_s));
        setObjectName(QStringLiteral("answerText"));
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (event->button() != Qt::LeftButton || !rect().contains(event->position().toPoint()) ||
            !m_button->isEnabled())
            return;
        m_button->setFocus(Qt::MouseFocusReason);
        m_button->click();
    }

private:
    QAbstractButton *m_button;
};

constexpr int readingColumnChars = 90; // the questions' column on a wide window, in average characters

} // namespace

QuizView::QuizView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_column(new QWidget)
    , m_questions(new QVBoxLayout)
    , m_result(new QuizResultPanel(this))
    , m_history(new QuizAttemptList)
    , m_submit(new QPushButton(tr("Submit answers"), this))
{
    setObjectName(u"quizView"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro->setObjectName(u"quizIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // Questions and answers wrap instead of scrolling sideways; Tab goes from answer to answer and the area
    // follows the focus. On a wide window they keep to a column that is comfortable to read.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(m_scroll);
    auto *centred = new QHBoxLayout(host);
    centred->setContentsMargins(0, 0, 0, 0);
    m_column->setParent(host);
    m_column->setObjectName(u"quizColumn"_s);
    auto *column = new QVBoxLayout(m_column);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_questions);
    m_history->setParent(m_column);
    column->addWidget(m_history);
    column->addStretch(1);
    centred->addStretch(0);
    centred->addWidget(m_column, 1);
    centred->addStretch(0);
    m_scroll->setWidget(host);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_submit->setObjectName(u"quizSubmit"_s);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * readingColumnChars);

    connect(m_submit, &QPushButton::clicked, this, [this] {
        // One click, one attempt: a second click meets the attempt's result (the button is gone), or nothing while
        // the session records the first. The button keeps the focus until then, so that it can be handed on.
        if (m_submitting || m_shown || !isComplete() || !m_lockedReason.isEmpty())
            return;
        m_submitting = true;
        emit submitted(responses());
    });
    connect(m_result, &QuizResultPanel::tryAgain, this, &QuizView::startAgain);
    connect(m_result, &QuizResultPanel::nextLesson, this, &QuizView::nextLessonRequested);
}

QString QuizView::keyOf(const AttemptRecord &attempt)
{
    if (!attempt.idempotencyKey.isEmpty())
        return attempt.idempotencyKey;
    return u"server-%1"_s.arg(attempt.result ? attempt.result->id : 0);
}

void QuizView::setQuiz(const Lesson &quiz, const QList<AttemptRecord> &attempts)
{
    const bool sameQuiz = quiz.id == m_quiz.id && !m_widgets.isEmpty();
    const auto focus = focusNow();
    const bool wasAnswering = !m_shown;
    if (!sameQuiz) {
        m_retryAfter.clear();
        m_draft.clear();
        m_lockedReason.clear();
    }
    const bool questionsChanged = !sameQuiz || quiz.body->questions != m_quiz.body->questions;
    m_quiz = quiz;
    m_attempts = attempts;
    if (m_attempts.isEmpty() && quiz.body->lastAttempt) {
        // Taken elsewhere (the website, another computer): the server's last attempt.
        AttemptRecord server;
        server.lessonId = quiz.id;
        server.state = AttemptState::Graded;
        server.submittedAt = quiz.body->lastAttempt->createdAt;
        server.result = quiz.body->lastAttempt;
        for (const QuestionOutcome &outcome : quiz.body->lastAttempt->questions)
            server.responses.append(QuestionResponse{outcome.questionId, outcome.selectedOptions});
        m_attempts.append(server);
    }
    if (questionsChanged)
        rebuild();
    m_shown.reset();
    if (!m_attempts.isEmpty() && keyOf(m_attempts.constFirst()) != m_retryAfter)
        m_shown = m_attempts.constFirst();
    m_submitting = false;
    applyState();
    if (!sameQuiz) {
        m_scroll->verticalScrollBar()->setValue(0);
        return;
    }
    restoreFocus(focus, wasAnswering && m_shown.has_value());
}

void QuizView::setNextLessonAvailable(bool available)
{
    m_nextAvailable = available;
    if (m_shown)
        m_result->showAttempt(*m_shown, int(m_quiz.body->questions.size()), m_nextAvailable);
}

void QuizView::setSubmitEnabledReason(const QString &lockedReason)
{
    m_lockedReason = lockedReason;
    updateSubmit();
}

void QuizView::submissionFailed()
{
    m_submitting = false;
    updateSubmit();
}

void QuizView::rebuild()
{
    for (const QuestionWidgets &question : std::as_const(m_widgets))
        delete question.box;
    m_widgets.clear();
    m_unsupported = false;
    int number = 0;
    for (const Question &question : std::as_const(m_quiz.body->questions)) {
        QuestionWidgets widgets;
        m_questions->addWidget(questionBox(question, ++number, widgets));
        m_unsupported |= question.type == QuestionType::Unknown;
        m_widgets.append(widgets);
    }
    chainTabOrder();
    paintMarks();
}

void QuizView::chainTabOrder()
{
    // Keyboard order: the answers in reading order, just before the result's buttons and Submit (the answers are
    // created after them and would otherwise come last in the whole window, after the status bar).
    QWidget *previous = m_result->tryAgainButton()->previousInFocusChain();
    for (const QuestionWidgets &question : std::as_const(m_widgets)) {
        for (QAbstractButton *button : question.buttons) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
}

QWidget *QuizView::questionBox(const Question &question, int number, QuestionWidgets &widgets)
{
    auto *box = new QGroupBox(m_column);
    box->setObjectName(u"question-%1"_s.arg(question.id));
    box->setAccessibleName(question.text);
    auto *boxLayout = new QVBoxLayout(box);
    // The question as a wrapped label, not the group's title: a long question must not be cut off.
    auto *text = new QLabel(tr("%1. %2").arg(number).arg(question.text), box);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    boxLayout->addWidget(text);
    const QString copy = question.image.isEmpty() || !m_copyOf ? QString() : m_copyOf(question.image);
    if (QPixmap offline(copy); !offline.isNull()) {
        // The offline copy (issue 18), at most as wide as the column.
        auto *picture = new QLabel(box);
        picture->setObjectName(u"questionImage"_s);
        picture->setAccessibleName(tr("Picture of question %1").arg(number));
        picture->setPixmap(offline.width() > 480 ? offline.scaledToWidth(480, Qt::SmoothTransformation) : offline);
        boxLayout->addWidget(picture);
    } else if (!question.image.isEmpty()) {
        // Not downloaded (yet): say so, with the way to see it.
        const QUrl url(question.image);
        const bool web = url.scheme() == u"https"_s || url.scheme() == u"http"_s;
        auto *picture = new QLabel(box);
        picture->setObjectName(u"questionImage"_s);
        picture->setWordWrap(true);
        picture->setTextFormat(Qt::RichText);
        picture->setText(
            web ? tr("This question has a picture that is not available offline yet. <a href=\"%1\">Open the "
                     "picture in the browser</a>")
                      .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped())
                : tr("This question has a picture that is not available offline yet."));
        picture->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        picture->setFrameShape(QFrame::StyledPanel);
        picture->setMargin(6);
        connect(picture, &QLabel::linkActivated, this, [this](const QString &link) { emit linkRequested(QUrl(link)); });
        connect(picture, &QLabel::linkHovered, this, [picture](const QString &link) { picture->setToolTip(link); });
        boxLayout->addWidget(picture);
    }
    widgets.id = question.id;
    widgets.box = box;
    widgets.mark = new QLabel(box);
    widgets.mark->setObjectName(u"mark"_s);
    widgets.mark->hide();
    boxLayout->addWidget(widgets.mark);
    if (question.type == QuestionType::Unknown) {
        auto *note = new QLabel(tr("This kind of question cannot be answered in this version of CourseDesk."), box);
        note->setObjectName(u"unsupportedQuestion"_s);
        note->setWordWrap(true);
        boxLayout->addWidget(note);
        return box;
    }
    const QString hint =
        question.type == QuestionType::MultiChoice ? tr("Select every answer that applies.") : tr("Choose one answer.");
    if (question.type == QuestionType::MultiChoice)
        boxLayout->addWidget(new QLabel(hint, box));
    box->setProperty("hint", hint);
    box->setAccessibleDescription(hint);
    if (question.type == QuestionType::SingleChoice) {
        widgets.group = new QButtonGroup(box);
        widgets.group->setExclusive(true);
    }
    for (const Answer &answer : question.answers) {
        // The button's own text would stay on one line and a long answer would be cut off: the text is
        // a wrapping label beside the bare indicator, and the button carries it for assistive tools.
        QAbstractButton *button = question.type == QuestionType::SingleChoice
                                      ? static_cast<QAbstractButton *>(new QRadioButton(box))
                                      : static_cast<QAbstractButton *>(new QCheckBox(box));
        button->setAccessibleName(answer.text);
        button->setToolTip(answer.text);
        button->setProperty("answerId", answer.id); // server ids are 64-bit: not QButtonGroup's int ids
        button->setObjectName(u"answer-%1"_s.arg(answer.id));
        if (widgets.group)
            widgets.group->addButton(button);
        widgets.buttons.append(button);
        auto *correct = new QLabel(tr("✓ correct answer"), box);
        correct->setObjectName(u"correctAnswer"_s);
        correct->hide();
        widgets.correct.append(correct);
        auto *row = new QHBoxLayout;
        row->addWidget(button, 0, Qt::AlignTop);
        auto *text = new AnswerText(answer.text, button, box); // the button's buddy: its label for assistive tools
        button->setProperty("answerText", QVariant::fromValue(static_cast<QLabel *>(text)));
        row->addWidget(text, 1);
        row->addWidget(correct, 0, Qt::AlignTop);
        boxLayout->addLayout(row);
        connect(button, &QAbstractButton::toggled, this, &QuizView::rememberAnswers);
    }
    return box;
}

void QuizView::applyState()
{
    m_applying = true;
    const int count = int(m_quiz.body->questions.size());
    QString intro = tr("%n question(s). Passing grade: %1 %.", nullptr, count).arg(m_quiz.body->passingGrade);
    if (m_unsupported) {
        intro += u' ' + tr("This quiz has a question that this version of CourseDesk cannot show, so it cannot be "
                           "submitted here; take it on your course platform's website.");
    }
    m_intro->setText(intro);
    const QList<QuestionResponse> answers = m_shown ? m_shown->responses : m_draft;
    for (const QuestionWidgets &question : std::as_const(m_widgets)) {
        if (question.buttons.isEmpty())
            continue;
        QList<qint64> chosen;
        for (const QuestionResponse &response : answers) {
            if (response.questionId == question.id)
                chosen = response.selectedOptions;
        }
        // Exclusive groups cannot be cleared one button at a time.
        if (question.group)
            question.group->setExclusive(false);
        for (QAbstractButton *button : question.buttons) {
            const bool isChosen = chosen.contains(button->property("answerId").toLongLong());
            button->setChecked(isChosen);
            button->setEnabled(!m_shown);
            // The attempt's own answers stand out while its result is shown (the buttons are off then).
            if (auto *text = button->property("answerText").value<QLabel *>()) {
                QFont font = text->font();
                font.setBold(m_shown && isChosen);
                text->setFont(font);
            }
        }
        if (question.group)
            question.group->setExclusive(true);
    }
    if (m_shown) {
        showMarks(*m_shown);
        m_result->showAttempt(*m_shown, count, m_nextAvailable);
    } else {
        hideMarks();
        m_result->hide();
    }
    m_history->setAttempts(m_attempts);
    m_submit->setVisible(!m_shown);
    m_applying = false;
    updateSubmit();
}

void QuizView::showMarks(const AttemptRecord &attempt)
{
    for (const QuestionWidgets &question : std::as_const(m_widgets)) {
        std::optional<bool> correct;
        if (attempt.result) {
            for (const QuestionOutcome &outcome : attempt.result->questions) {
                if (outcome.questionId == question.id)
                    correct = outcome.correct;
            }
        }
        const QString mark = !correct ? QString() : *correct ? tr("✓ Right") : tr("✗ Wrong");
        question.mark->setText(mark);
        question.mark->setProperty("right", correct.value_or(false));
        question.mark->setVisible(correct.has_value());
        question.box->setAccessibleDescription(mark.isEmpty()
                                                   ? question.box->property("hint").toString()
                                                   : question.box->property("hint").toString() + u' ' + mark);
        // The correct answers, where the server gave them (creators and managers; a local course).
        const auto found = std::find_if(m_quiz.body->questions.cbegin(), m_quiz.body->questions.cend(),
                                        [&](const Question &q) { return q.id == question.id; });
        for (qsizetype i = 0; i < question.correct.size(); ++i) {
            const bool isCorrect = found != m_quiz.body->questions.cend() && i < found->answers.size() &&
                                   found->answers.at(i).correct.value_or(false);
            question.correct.at(i)->setVisible(isCorrect);
        }
    }
    paintMarks();
}

void QuizView::hideMarks()
{
    for (const QuestionWidgets &question : std::as_const(m_widgets)) {
        question.mark->hide();
        question.mark->clear();
        question.box->setAccessibleDescription(question.box->property("hint").toString());
        for (QLabel *correct : question.correct)
            correct->hide();
    }
}

void QuizView::paintMarks()
{
    const StatusColors colours = StatusColors::forPalette(palette());
    for (const QuestionWidgets &question : std::as_const(m_widgets)) {
        QPalette mark = question.mark->palette();
        mark.setColor(QPalette::WindowText,
                      question.mark->property("right").toBool() ? colours.success : colours.failure);
        question.mark->setPalette(mark);
        for (QLabel *correct : question.correct) {
            QPalette good = correct->palette();
            good.setColor(QPalette::WindowText, colours.success);
            correct->setPalette(good);
        }
    }
}

void QuizView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintMarks();
    if (event->type() == QEvent::FontChange)
        m_column->setMaximumWidth(fontMetrics().averageCharWidth() * readingColumnChars);
}

void QuizView::startAgain()
{
    if (!m_shown)
        return;
    m_retryAfter = keyOf(*m_shown);
    m_shown.reset();
    m_draft.clear();
    applyState();
    m_scroll->verticalScrollBar()->setValue(0);
    focusFirstAnswer();
}

void QuizView::rememberAnswers()
{
    if (m_applying || m_shown)
        return;
    m_draft = responses();
    updateSubmit();
}

void QuizView::focusFirstAnswer()
{
    if (m_shown) {
        QPushButton *next = m_result->nextLessonButton();
        (next->isVisibleTo(this) ? next : m_result->tryAgainButton())->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (const QuestionWidgets &question : std::as_const(m_widgets)) {
        if (!question.buttons.isEmpty()) {
            question.buttons.constFirst()->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_submit->setFocus(Qt::ShortcutFocusReason);
}

std::pair<QuizView::Focus, qint64> QuizView::focusNow() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return {Focus::None, 0};
    if (focus == m_submit)
        return {Focus::Submit, 0};
    if (focus == m_result->tryAgainButton())
        return {Focus::TryAgain, 0};
    if (focus == m_result->nextLessonButton())
        return {Focus::NextLesson, 0};
    if (auto *button = qobject_cast<QAbstractButton *>(focus); button && button->property("answerId").isValid())
        return {Focus::Answer, button->property("answerId").toLongLong()};
    return {Focus::None, 0};
}

void QuizView::restoreFocus(std::pair<Focus, qint64> before, bool justSubmitted)
{
    if (before.first == Focus::None)
        return; // the focus is elsewhere: a redraw never takes it
    if (justSubmitted || (m_shown && before.first != Focus::TryAgain && before.first != Focus::NextLesson)) {
        focusFirstAnswer(); // the result's first action: "Next lesson" after a pass, else "Try again"
        return;
    }
    if (before.first == Focus::Answer) {
        for (const QuestionWidgets &question : std::as_const(m_widgets)) {
            for (QAbstractButton *button : question.buttons) {
                if (button->property("answerId").toLongLong() == before.second && button->isEnabled()) {
                    button->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
        }
    }
    if (before.first == Focus::Submit && m_submit->isVisibleTo(this)) {
        m_submit->setFocus(Qt::OtherFocusReason);
        return;
    }
    focusFirstAnswer();
}

QList<QAbstractButton *> QuizView::answerButtons(qint64 questionId) const
{
    for (const QuestionWidgets &question : m_widgets) {
        if (question.id == questionId)
            return question.buttons;
    }
    return {};
}

QList<QuestionResponse> QuizView::responses() const
{
    QList<QuestionResponse> list;
    for (const QuestionWidgets &question : m_widgets) {
        QuestionResponse response{question.id, {}};
        for (QAbstractButton *button : question.buttons) {
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
    if (m_widgets.isEmpty() || m_unsupported)
        return false;
    const QList<QuestionResponse> all = responses();
    return std::all_of(all.cbegin(), all.cend(),
                       [](const QuestionResponse &r) { return !r.selectedOptions.isEmpty(); });
}

void QuizView::updateSubmit()
{
    const bool complete = isComplete();
    m_submit->setEnabled(complete && m_lockedReason.isEmpty() && !m_submitting && !m_shown);
    m_submit->setToolTip(!m_lockedReason.isEmpty() ? m_lockedReason
                         : m_unsupported ? tr("This quiz has a question this version cannot show; take it on your "
                                              "course platform's website.")
                         : complete      ? QString()
                                         : tr("Answer every question to submit."));
}

} // namespace coursedesk
