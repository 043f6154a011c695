#include "MainWindow.h"

#include "AboutDialog.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "QuizView.h"
#include "SafeTextBrowser.h"
#include "SyncStatusWidget.h"

#include "session/CourseSession.h"
#include "session/LockText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace coursedesk {

namespace {

// QTimer takes int milliseconds; a far unlock is reached in steps.
constexpr qint64 maxTimerStepMs = 24LL * 60 * 60 * 1000;

} // namespace

MainWindow::MainWindow(CourseSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(new OutlineModel(this))
    , m_outline(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_lockBanner(new QLabel(this))
    , m_browser(new SafeTextBrowser(this))
    , m_quiz(new QuizView(this))
    , m_body(new QStackedWidget(this))
    , m_toggle(new QPushButton(this))
    , m_progress(new ProgressPanel(this))
    , m_sync(new SyncStatusWidget(session, this))
    , m_banner(new QLabel(this))
    , m_unlockTimer(new QTimer(this))
{
    setWindowTitle(tr("CourseDesk"));
    setObjectName(QStringLiteral("mainWindow"));

    m_outline->setModel(m_model);
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setAccessibleName(tr("Course outline"));
    m_outline->setObjectName(QStringLiteral("outline"));

    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setWordWrap(true);
    m_lockBanner->setAccessibleName(tr("Why this lesson is locked"));
    m_lockBanner->setFrameShape(QFrame::StyledPanel);
    m_lockBanner->setMargin(8);
    m_lockBanner->hide();
    m_browser->setAccessibleName(tr("Lesson text"));
    m_toggle->setObjectName(QStringLiteral("completionToggle"));
    m_toggle->setAccessibleName(tr("Mark the lesson as complete or incomplete"));
    m_toggle->setToolTip(tr("Ctrl+Return"));
    m_progress->setObjectName(QStringLiteral("progress"));

    auto *lessonPane = new QWidget(this);
    auto *lessonLayout = new QVBoxLayout(lessonPane);
    lessonLayout->addWidget(m_title);
    lessonLayout->addWidget(m_lockBanner);
    m_body->addWidget(m_browser);
    m_body->addWidget(m_quiz);
    lessonLayout->addWidget(m_body, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_toggle);
    lessonLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->addWidget(m_outline);
    splitter->addWidget(lessonPane);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 620});

    // In-window notifications: a rejected action, a lesson that opened.
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAccessibleName(tr("Notification"));
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_sync, 1);
    connect(m_sync, &SyncStatusWidget::syncRequested, this, &MainWindow::syncRequested);
    connect(&m_session, &CourseSession::actionRejected, this, [this](const OutboxEntry &entry) {
        notify(tr("The server did not accept a change to '%1': %2")
                   .arg(lessonName(entry.courseId, entry.lessonId), entry.reason));
    });
    connect(&m_session, &CourseSession::lessonUnlocked, this, [this](qint64 courseId, qint64 lessonId) {
        if (courseId == m_courseId)
            reload();
        notify(tr("'%1' is now available.").arg(lessonName(courseId, lessonId)));
    });

    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, &MainWindow::refreshAccess);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedLesson);
    connect(m_toggle, &QPushButton::clicked, this, &MainWindow::toggleCompletion);
    connect(m_quiz, &QuizView::submitted, this, &MainWindow::submitQuiz);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &MainWindow::toggleCompletion);
    connect(&m_session, &CourseSession::progressChanged, this,
            [this](qint64 courseId, const ProgressFigures &figures) {
                if (courseId == m_courseId)
                    m_progress->setFigures(figures);
            });
    connect(&m_session, &CourseSession::lessonChanged, this, [this](qint64 courseId, qint64) {
        if (courseId == m_courseId)
            reload();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CourseDesk"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    help->addAction(tr("About &Qt"), this, [] { QApplication::aboutQt(); });
    resize(960, 640);
}

MainWindow::~MainWindow() = default;

bool MainWindow::showCourse(qint64 courseId)
{
    Result<CourseOutline> outline = m_session.outline(courseId);
    if (!outline) {
        statusBar()->showMessage(outline.error().message);
        return false;
    }
    m_courseId = courseId;
    m_course = outline->course;
    m_access = outline->access;
    m_model->setCourse(m_course, m_access);
    m_outline->expandAll();
    m_progress->setFigures(Progress::of(m_course));
    setWindowTitle(tr("%1 — CourseDesk").arg(m_course.name));
    scheduleNextUnlock();
    if (!m_course.sections.isEmpty() && !m_course.sections.constFirst().lessons.isEmpty())
        selectLesson(m_course.sections.constFirst().lessons.constFirst().id);
    return true;
}

void MainWindow::selectLesson(qint64 lessonId)
{
    const QModelIndex index = m_model->indexOfLesson(lessonId);
    if (index.isValid())
        m_outline->setCurrentIndex(index);
}

QString MainWindow::lessonTitle() const
{
    return m_title->text();
}

QString MainWindow::lockBannerText() const
{
    return m_lockBanner->isVisibleTo(this) ? m_lockBanner->text() : QString();
}

void MainWindow::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/course"), m_courseId);
    settings.setValue(QStringLiteral("window/lesson"), currentLessonId());
}

void MainWindow::restoreState(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const qint64 course = settings.value(QStringLiteral("window/course")).toLongLong();
    if (course > 0 && course != m_courseId && !showCourse(course))
        return; // the course is gone: stay where we are
    const qint64 lesson = settings.value(QStringLiteral("window/lesson")).toLongLong();
    if (lesson > 0)
        selectLesson(lesson);
}

void MainWindow::notify(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString MainWindow::lessonName(qint64 courseId, qint64 lessonId) const
{
    if (courseId == m_courseId) {
        if (const Lesson *lesson = m_course.findLesson(lessonId))
            return lesson->name;
    }
    return tr("lesson %1").arg(lessonId);
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

qint64 MainWindow::currentLessonId() const
{
    return m_model->lessonIdAt(m_outline->currentIndex());
}

void MainWindow::reload()
{
    Result<CourseOutline> outline = m_session.outline(m_courseId);
    if (!outline) {
        statusBar()->showMessage(outline.error().message);
        return;
    }
    m_course = outline->course;
    m_access = outline->access;
    m_model->updateStates(m_course, m_access);
    scheduleNextUnlock();
    showSelectedLesson();
}

void MainWindow::refreshAccess()
{
    reload();
}

void MainWindow::scheduleNextUnlock()
{
    m_unlockTimer->stop();
    const QDateTime next = m_access.nextUnlockAt();
    if (!next.isValid())
        return;
    const qint64 wait = std::clamp<qint64>(m_session.serverClock().now().msecsTo(next) + 1, 0, maxTimerStepMs);
    m_unlockTimer->start(int(wait));
}

void MainWindow::showSelectedLesson()
{
    const qint64 lessonId = currentLessonId();
    const Lesson *outlineLesson = lessonId ? m_course.findLesson(lessonId) : nullptr;
    if (!outlineLesson) {
        m_title->clear();
        m_lockBanner->hide();
        m_browser->clear();
        m_toggle->hide();
        return;
    }
    m_title->setText(outlineLesson->name);
    const LessonAccess access = m_access.lesson(lessonId);
    const bool done = outlineLesson->completion == Completion::Completed;
    m_toggle->setVisible(!outlineLesson->isQuiz());
    m_toggle->setText(done ? tr("Mark as incomplete") : tr("Mark as complete"));
    m_toggle->setEnabled(access.isAccessible());
    if (!access.isAccessible()) {
        const QString reason = LockText::lessonLock(access, m_course, locale());
        m_lockBanner->setText(reason);
        m_lockBanner->show();
        m_toggle->setToolTip(reason);
        m_body->setCurrentWidget(m_browser);
        m_browser->clear();
        return;
    }
    m_toggle->setToolTip(tr("Ctrl+Return"));
    m_lockBanner->hide();
    Result<Lesson> lesson = m_session.lesson(m_courseId, lessonId);
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
    m_browser->setHtml(lesson->html);
}

void MainWindow::submitQuiz(const QList<QuestionResponse> &responses)
{
    const qint64 lessonId = currentLessonId();
    Result<QuizSubmission> submitted = m_session.submitQuiz(m_courseId, lessonId, responses);
    if (!submitted) {
        statusBar()->showMessage(submitted.error().message);
        return;
    }
    // The session's lessonChanged has reloaded the quiz: show this attempt's answers and outcome
    // (graded here when the answers are known, else awaiting the server).
    m_quiz->setResponses(responses);
    m_quiz->showResult(submitted->attempt.result);
}

void MainWindow::toggleCompletion()
{
    const qint64 lessonId = currentLessonId();
    const Lesson *lesson = lessonId ? m_course.findLesson(lessonId) : nullptr;
    if (!lesson || !m_toggle->isEnabled() || !m_toggle->isVisible())
        return;
    const bool complete = lesson->completion != Completion::Completed;
    if (Status done = m_session.setCompleted(m_courseId, lessonId, complete); !done)
        statusBar()->showMessage(done.error().message);
}

} // namespace coursedesk
