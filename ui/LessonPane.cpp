#include "LessonPane.h"

#include "Accessibility.h"
#include "CommentsView.h"
#include "LessonAttachments.h"
#include "LessonHtml.h"
#include "NoticePage.h"
#include "QuizView.h"
#include "SafeTextBrowser.h"
#include "SectionOverview.h"
#include "StatusIcons.h"

#include "session/CourseSession.h"
#include "session/LockText.h"
#include "session/OfflineFiles.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

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

constexpr int attemptsShown = 50; // "and N earlier attempts" counts up to here

} // namespace

LessonPane::LessonPane(CourseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_title(new QLabel(this))
    , m_instructorNote(new QLabel(this))
    , m_browser(new SafeTextBrowser(this))
    , m_quiz(new QuizView(this))
    , m_locked(new NoticePage(this))
    , m_unsupported(new NoticePage(this))
    , m_section(new SectionOverview(this))
    , m_body(new QStackedWidget(this))
    , m_comments(new CommentsView(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_toggle(new QPushButton(this))
{
    setObjectName(u"lessonPane"_s);
    m_title->setObjectName(u"lessonTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleDescription(tr("Lesson title")); // its name is its text
    m_instructorNote->setObjectName(u"instructorNote"_s);
    m_instructorNote->setAccessibleName(tr("Instructor view"));
    m_instructorNote->setWordWrap(true);
    m_instructorNote->setFrameShape(QFrame::StyledPanel);
    m_instructorNote->setMargin(8);
    m_instructorNote->setTextFormat(Qt::PlainText);
    m_instructorNote->hide();
    m_browser->setObjectName(u"lessonText"_s);
    m_browser->setAccessibleName(tr("Lesson text"));
    // A document to read with a caret: arrows, Home / End, Ctrl+Home / End, Shift to select, Ctrl+C to copy; Tab
    // goes from link to link, then on to the lesson's buttons.
    m_browser->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse |
                                       Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_quiz->setAccessibleName(tr("Quiz"));
    m_locked->setObjectName(u"lockedLesson"_s);
    m_unsupported->setObjectName(u"unsupportedLesson"_s);
    m_previous->setObjectName(u"previousLesson"_s);
    m_previous->setAccessibleName(tr("Previous lesson"));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_next->setObjectName(u"nextLesson"_s);
    m_next->setAccessibleName(tr("Next lesson"));
    m_next->setToolTip(tr("Next lesson (Alt+Right)"));
    m_toggle->setObjectName(u"completionToggle"_s);
    // Checked when the lesson is complete; its name is its text ("Mark as complete" / "Mark as incomplete").
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Ctrl+Return"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_instructorNote);
    for (QWidget *page :
         {static_cast<QWidget *>(m_browser), static_cast<QWidget *>(m_quiz), static_cast<QWidget *>(m_locked),
          static_cast<QWidget *>(m_unsupported), static_cast<QWidget *>(m_section)})
        m_body->addWidget(page);
    // The lesson above, its comments below (when enabled), the reader choosing the share of each.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"lessonCommentsSplit"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(m_body);
    split->addWidget(m_comments);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_comments, &CommentsView::linkRequested, this, &LessonPane::openLink);
    connect(m_comments, &CommentsView::message, this, &LessonPane::message);
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
    connect(m_quiz, &QuizView::nextLessonRequested, this, [this] {
        if (m_nextId)
            emit navigateTo(m_nextId);
    });
    connect(m_quiz, &QuizView::linkRequested, this, &LessonPane::openLink);
    connect(m_browser, &SafeTextBrowser::linkRequested, this, &LessonPane::openLink);
    connect(m_browser, QOverload<const QUrl &>::of(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) { emit linkHovered(url.isEmpty() ? QString() : url.toDisplayString()); });
    connect(m_locked, &NoticePage::actionTriggered, this, [this] {
        if (m_blockingId)
            emit navigateTo(m_blockingId);
    });
    connect(m_section, &SectionOverview::lessonChosen, this, &LessonPane::navigateTo);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_toggle);
    applyZoom();
    showLesson(Course{}, CourseAccess{}, 0);
}

void LessonPane::showLesson(const Course &course, const CourseAccess &access, qint64 lessonId)
{
    const Lesson *lesson = lessonId ? course.findLesson(lessonId) : nullptr;
    const bool newLesson = course.id != m_courseId || lessonId != m_lessonId || m_body->currentWidget() == m_section;
    m_courseId = course.id;
    m_lessonId = lesson ? lessonId : 0;
    const auto [previous, next] = lesson ? neighboursOf(course, lessonId) : std::pair<qint64, qint64>{0, 0};
    m_previousId = previous;
    m_nextId = next;
    m_previous->setEnabled(previous != 0);
    m_next->setEnabled(next != 0);
    m_previous->setVisible(lesson != nullptr);
    m_next->setVisible(lesson != nullptr);
    if (!lesson) {
        m_comments->showLesson(course, nullptr, {});
        m_title->clear();
        m_instructorNote->hide();
        m_body->setCurrentWidget(m_browser);
        showText({}, true);
        m_toggle->hide();
        m_canToggle = false;
        return;
    }
    Accessibility::setStatusText(m_title, lesson->name);
    // An instructor is never locked out: say so where it matters, on a draft or a lesson a learner
    // could not open yet, instead of silently showing it.
    if (course.role() == Role::Instructor && !lesson->isPublished()) {
        m_instructorNote->setText(tr("Draft: learners do not see this lesson. As an instructor you see every "
                                     "lesson, and nothing is locked for you."));
        m_instructorNote->show();
    } else {
        m_instructorNote->hide();
    }
    showBody(course, *lesson, access.lesson(lessonId), newLesson);
    m_comments->showLesson(course, lesson, access.lesson(lessonId));
}

void LessonPane::setComments(LessonComments *comments)
{
    m_comments->setComments(comments);
}

void LessonPane::showSection(const Course &course, const CourseAccess &access, qint64 sectionId)
{
    const Section *section = course.findSection(sectionId);
    if (!section) {
        showLesson(course, access, 0);
        return;
    }
    m_courseId = course.id;
    m_lessonId = 0;
    m_previousId = m_nextId = 0;
    m_previous->hide();
    m_next->hide();
    m_toggle->hide();
    m_canToggle = false;
    m_instructorNote->hide();
    Accessibility::setStatusText(m_title, section->name);
    m_comments->showLesson(course, nullptr, {});
    m_section->showSection(course, access, sectionId);
    m_body->setCurrentWidget(m_section);
}

void LessonPane::showBody(const Course &course, const Lesson &outlineLesson, const LessonAccess &access, bool newLesson)
{
    m_completed = outlineLesson.completion == Completion::Completed;
    const bool takesToggle = !outlineLesson.isQuiz() && outlineLesson.type != LessonType::Unknown;
    m_canToggle = access.isAccessible() && takesToggle;
    m_toggle->setVisible(takesToggle);
    m_toggle->setText(m_completed ? tr("Mark as incomplete") : tr("Mark as complete"));
    m_toggle->setChecked(m_completed);
    m_toggle->setEnabled(access.isAccessible());
    m_toggle->setToolTip(access.isAccessible() ? tr("Ctrl+Return") : LockText::lessonLock(access, course, locale()));
    if (!access.isAccessible()) {
        showLocked(course, outlineLesson, access);
        return;
    }
    if (outlineLesson.type == LessonType::Unknown) {
        m_unsupported->setContent(
            StatusIcons().lesson(), tr("This lesson cannot be opened in this version of CourseDesk"),
            tr("It is a kind of lesson that this version does not know yet. Open it on your course platform's "
               "website, or update CourseDesk."));
        m_body->setCurrentWidget(m_unsupported);
        return;
    }
    Result<Lesson> lesson = m_session.lesson(m_courseId, m_lessonId);
    if (!lesson) {
        m_body->setCurrentWidget(m_browser);
        showText(u"<p>%1</p>"_s.arg(lesson.error().message.toHtmlEscaped()), newLesson);
        return;
    }
    if (!lesson->hasBody) {
        m_body->setCurrentWidget(m_browser);
        showText(tr("<p><i>This lesson has not been downloaded yet; it will be after the next sync.</i></p>"),
                 newLesson);
        return;
    }
    if (lesson->isQuiz()) {
        Result<QList<AttemptRecord>> attempts = m_session.attempts(m_courseId, m_lessonId, attemptsShown);
        if (!attempts)
            emit message(attempts.error().message);
        m_quiz->setNextLessonAvailable(m_nextId != 0);
        m_quiz->setLocalImages(LessonAttachments::localImages(m_session.offlineFiles()).copyOf);
        m_quiz->setQuiz(*lesson, attempts ? *attempts : QList<AttemptRecord>{});
        m_body->setCurrentWidget(m_quiz);
        return;
    }
    m_body->setCurrentWidget(m_browser);
    // Pictures from the offline copy, the attachments listed under the text (issue 18).
    const OfflineFiles *files = m_session.offlineFiles();
    m_browser->setLocalFolder(files ? files->folder() : QString());
    showText(LessonHtml::prepare(lesson->body->html, lesson->name, LessonAttachments::localImages(files)) +
                 LessonAttachments::html(files, m_lessonId, locale()),
             newLesson);
}

void LessonPane::showLocked(const Course &course, const Lesson &lesson, const LessonAccess &access)
{
    const QString reason = LockText::lessonLock(access, course, locale());
    QString note;
    if (lesson.completion == Completion::Completed) {
        note = tr("You completed this lesson before it was locked again, and it still counts in your progress.");
    } else if (lesson.completion == Completion::Failed) {
        note = tr("You took this quiz before it was locked again; you can try again once it opens.");
    }
    m_locked->setContent(StatusIcons().forLesson(lesson, access), tr("This lesson is locked"), reason, note);
    m_blockingId = 0;
    if (const Lesson *blocking = course.findLesson(access.blockingLessonId())) {
        m_blockingId = blocking->id;
        m_locked->setAction(tr("&Open '%1'").arg(QString(blocking->name).replace(u'&', u"&&"_s)),
                            tr("Open '%1'").arg(blocking->name));
    } else {
        m_locked->setAction({});
    }
    showText({}, true);
    m_body->setCurrentWidget(m_locked);
}

void LessonPane::showText(const QString &html, bool newLesson)
{
    m_browser->showHtml(html, newLesson);
}

void LessonPane::focusContent()
{
    QWidget *page = m_body->currentWidget();
    if (page == m_quiz)
        m_quiz->focusFirstAnswer();
    else if (page == m_section)
        m_section->setFocus(Qt::ShortcutFocusReason);
    else if (page == m_locked && m_locked->actionButton()->isVisibleTo(this))
        m_locked->actionButton()->setFocus(Qt::ShortcutFocusReason);
    else
        m_browser->setFocus(Qt::ShortcutFocusReason);
}

void LessonPane::toggleCompletion()
{
    if (!m_lessonId || !m_canToggle) {
        m_toggle->setChecked(m_completed);
        return;
    }
    if (Status done = m_session.setCompleted(m_courseId, m_lessonId, !m_completed); !done) {
        m_toggle->setChecked(m_completed); // the click toggled it: back to what is true
        emit message(done.error().message);
    }
}

void LessonPane::submitQuiz(const QList<QuestionResponse> &responses)
{
    // On success the session's lessonChanged redraws the lesson: the quiz then shows this attempt (graded here when
    // the answers are known, else waiting for the server).
    Result<QuizSubmission> submitted = m_session.submitQuiz(m_courseId, m_lessonId, responses);
    if (!submitted) {
        m_quiz->submissionFailed();
        emit message(submitted.error().message);
    }
}

void LessonPane::openLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString address = url.toDisplayString();
    if (LessonAttachments::isOfflineCopy(m_session.offlineFiles(), url)) { // an attachment, with the desktop's viewer
        if (!m_openUrl || !m_openUrl(url))
            emit message(tr("No application could open %1.").arg(QDir::toNativeSeparators(url.toLocalFile())));
        return;
    }
    if (scheme != u"https"_s && scheme != u"http"_s && scheme != u"mailto"_s) {
        emit message(
            url.isRelative()
                ? tr("This link points to a page of the course's website that CourseDesk cannot open: %1").arg(address)
                : tr("CourseDesk opens only web and e-mail links, not %1").arg(address));
        return;
    }
    if (!m_openUrl || !m_openUrl(url)) {
        emit message(tr("No web browser could be opened for %1. Copy the address and open it yourself.").arg(address));
        return;
    }
    emit message(tr("Opened %1 in your browser.").arg(address));
}

void LessonPane::setZoomPercent(int percent)
{
    if (percent == m_zoomPercent)
        return;
    m_zoomPercent = percent;
    applyZoom();
}

void LessonPane::applyZoom()
{
    QFont text = font();
    text.setPointSizeF(font().pointSizeF() * m_zoomPercent / 100.0);
    for (QWidget *page :
         {static_cast<QWidget *>(m_browser), static_cast<QWidget *>(m_quiz), static_cast<QWidget *>(m_section),
          static_cast<QWidget *>(m_locked), static_cast<QWidget *>(m_unsupported)})
        page->setFont(text);
    QFont title = text;
    title.setPointSizeF(text.pointSizeF() * 1.4);
    title.setBold(true);
    m_title->setFont(title);
}

} // namespace coursedesk
