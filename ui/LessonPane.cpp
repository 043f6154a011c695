#include "LessonPane.h"

#include "QuizView.h"
#include "SafeTextBrowser.h"

#include "session/CourseSession.h"
#include "session/LockText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coursedesk {

namespace {

// The lessons before and after one, in course order (sections_order, then lessons_order).
std::pair<qint64, qint64> neighboursOf(const Course &course, qint64 lessonId)
{
    qint64 previous = 0;
    bool found = false;
    for (const Section &section : course.sections) {
        for (const Lesson &lesson : section.lessons) {
            if (found)
                return {previous, lesson.id};
            if (lesson.id == lessonId)
                found = true;
            else
                previous = lesson.id;
        }
    }
    return {found ? previous : 0, 0};
}

QLabel *noteLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

LessonPane::LessonPane(CourseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_instructorNote(noteLabel(QStringLiteral("instructorNote"), tr("Instructor view"), this))
    , m_lockBanner(noteLabel(QStringLiteral("lockBanner"), tr("Why this lesson is locked"), this))
    , m_browser(new SafeTextBrowser(this))
    , m_quiz(new QuizView(this))
    , m_body(new QStackedWidget(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_toggle(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Lesson title"));
    m_browser->setAccessibleName(tr("Lesson text"));
    m_quiz->setAccessibleName(tr("Quiz"));
    m_previous->setObjectName(QStringLiteral("previousLesson"));
    m_previous->setAccessibleName(tr("Previous lesson"));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_next->setObjectName(QStringLiteral("nextLesson"));
    m_next->setAccessibleName(tr("Next lesson"));
    m_next->setToolTip(tr("Next lesson (Alt+Right)"));
    m_toggle->setObjectName(QStringLiteral("completionToggle"));
    m_toggle->setAccessibleName(tr("Mark the lesson as complete or incomplete"));
    m_toggle->setToolTip(tr("Ctrl+Return"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_instructorNote);
    layout->addWidget(m_lockBanner);
    m_body->addWidget(m_browser);
    m_body->addWidget(m_quiz);
    layout->addWidget(m_body, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_toggle);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_previousId)
            emit navigateTo(m_previousId);
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_nextId)
            emit navigateTo(m_nextId);
    });
    connect(m_toggle, &QPushButton::clicked, this, &LessonPane::toggleCompletion);
    connect(m_quiz, &QuizView::submitted, this, &LessonPane::submitQuiz);
    setTabOrder(m_quiz->submitButton(), m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_toggle);
    showLesson(Course{}, CourseAccess{}, 0);
}

void LessonPane::showLesson(const Course &course, const CourseAccess &access, qint64 lessonId)
{
    m_courseId = course.id;
    const Lesson *lesson = lessonId ? course.findLesson(lessonId) : nullptr;
    m_lessonId = lesson ? lessonId : 0;
    const auto [previous, next] = lesson ? neighboursOf(course, lessonId) : std::pair<qint64, qint64>{0, 0};
    m_previousId = previous;
    m_nextId = next;
    m_previous->setEnabled(previous != 0);
    m_next->setEnabled(next != 0);
    m_previous->setVisible(lesson != nullptr);
    m_next->setVisible(lesson != nullptr);
    if (!lesson) {
        m_title->clear();
        m_instructorNote->hide();
        m_lockBanner->hide();
        m_body->setCurrentWidget(m_browser);
        m_browser->clear();
        m_toggle->hide();
        m_canToggle = false;
        return;
    }
    m_title->setText(lesson->name);
    // An instructor is never locked out: say so where it matters, on a draft or a lesson a learner
    // could not open yet, instead of silently showing it.
    if (course.role() == Role::Instructor && !lesson->isPublished()) {
        m_instructorNote->setText(tr("Draft: learners do not see this lesson. As an instructor you see every "
                                     "lesson, and nothing is locked for you."));
        m_instructorNote->show();
    } else {
        m_instructorNote->hide();
    }
    showBody(course, *lesson, access.lesson(lessonId));
}

void LessonPane::showBody(const Course &course, const Lesson &outlineLesson, const LessonAccess &access)
{
    m_completed = outlineLesson.completion == Completion::Completed;
    m_canToggle = access.isAccessible() && !outlineLesson.isQuiz();
    m_toggle->setVisible(!outlineLesson.isQuiz());
    m_toggle->setText(m_completed ? tr("Mark as incomplete") : tr("Mark as complete"));
    m_toggle->setEnabled(access.isAccessible());
    if (!access.isAccessible()) {
        const QString reason = LockText::lessonLock(access, course, locale());
        m_lockBanner->setText(reason);
        m_lockBanner->show();
        m_toggle->setToolTip(reason);
        m_body->setCurrentWidget(m_browser);
        m_browser->clear();
        return;
    }
    m_toggle->setToolTip(tr("Ctrl+Return"));
    m_lockBanner->hide();
    Result<Lesson> lesson = m_session.lesson(m_courseId, m_lessonId);
    if (!lesson) {
        m_body->setCurrentWidget(m_browser);
        m_browser->setPlainText(lesson.error().message);
        return;
    }
    if (!lesson->hasBody) {
        m_body->setCurrentWidget(m_browser);
        m_browser->setHtml(tr("<p><i>This lesson has not been downloaded yet; it will be after the next sync.</i></p>"));
        return;
    }
    if (lesson->isQuiz()) {
        m_quiz->setQuiz(*lesson);
        m_body->setCurrentWidget(m_quiz);
        return;
    }
    m_body->setCurrentWidget(m_browser);
    m_browser->setHtml(lesson->body->html);
}

QString LessonPane::title() const
{
    return m_title->text();
}

QString LessonPane::lockText() const
{
    return m_lockBanner->isVisibleTo(this) ? m_lockBanner->text() : QString();
}

QString LessonPane::instructorNote() const
{
    return m_instructorNote->isVisibleTo(this) ? m_instructorNote->text() : QString();
}

void LessonPane::focusContent()
{
    if (m_body->currentWidget() == m_quiz)
        m_quiz->focusFirstAnswer();
    else
        m_browser->setFocus(Qt::ShortcutFocusReason);
}

void LessonPane::toggleCompletion()
{
    if (!m_lessonId || !m_canToggle)
        return;
    if (Status done = m_session.setCompleted(m_courseId, m_lessonId, !m_completed); !done)
        emit message(done.error().message);
}

void LessonPane::submitQuiz(const QList<QuestionResponse> &responses)
{
    Result<QuizSubmission> submitted = m_session.submitQuiz(m_courseId, m_lessonId, responses);
    if (!submitted) {
        emit message(submitted.error().message);
        return;
    }
    // The session's lessonChanged has reloaded the quiz: show this attempt's answers and outcome
    // (graded here when the answers are known, else awaiting the server).
    m_quiz->setResponses(responses);
    m_quiz->showResult(submitted->attempt.result);
}

} // namespace coursedesk
