#include "MainWindow.h"

#include "session/LockText.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "SafeTextBrowser.h"

#include "domain/Progress.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace coursedesk {

namespace {

// QTimer takes int milliseconds; a far unlock is reached in steps.
constexpr qint64 maxTimerStepMs = 24LL * 60 * 60 * 1000;

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_model(new OutlineModel(this))
    , m_outline(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_lockBanner(new QLabel(this))
    , m_browser(new SafeTextBrowser(this))
    , m_progress(new ProgressPanel(this))
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
    m_progress->setObjectName(QStringLiteral("progress"));

    auto *lessonPane = new QWidget(this);
    auto *lessonLayout = new QVBoxLayout(lessonPane);
    lessonLayout->addWidget(m_title);
    lessonLayout->addWidget(m_lockBanner);
    lessonLayout->addWidget(m_browser, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(lessonPane);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 640});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Offline: the sample course lives on this computer only."));

    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, &MainWindow::reevaluate);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedLesson);
    resize(960, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::showCourse(const Course &course)
{
    m_course = course;
    m_access = AccessPolicy::evaluate(m_course, m_clock.now());
    m_model->setCourse(m_course, m_access);
    m_outline->expandAll();
    m_progress->setFigures(Progress::of(m_course));
    setWindowTitle(tr("%1 — CourseDesk").arg(course.name));
    scheduleNextUnlock();
    if (!course.sections.isEmpty() && !course.sections.constFirst().lessons.isEmpty())
        selectLesson(course.sections.constFirst().lessons.constFirst().id);
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

void MainWindow::reevaluate()
{
    m_access = AccessPolicy::evaluate(m_course, m_clock.now());
    m_model->updateStates(m_course, m_access);
    scheduleNextUnlock();
    showSelectedLesson();
}

void MainWindow::scheduleNextUnlock()
{
    m_unlockTimer->stop();
    const QDateTime next = m_access.nextUnlockAt();
    if (!next.isValid())
        return;
    const qint64 wait = std::clamp<qint64>(m_clock.now().msecsTo(next) + 1, 0, maxTimerStepMs);
    m_unlockTimer->start(int(wait));
}

void MainWindow::showSelectedLesson()
{
    const qint64 lessonId = m_model->lessonIdAt(m_outline->currentIndex());
    const Lesson *lesson = lessonId ? m_course.findLesson(lessonId) : nullptr;
    if (!lesson) {
        m_title->clear();
        m_lockBanner->hide();
        m_browser->clear();
        return;
    }
    m_title->setText(lesson->name);
    const LessonAccess access = m_access.lesson(lesson->id);
    if (access.isAccessible()) {
        m_lockBanner->hide();
        m_browser->setHtml(lesson->html);
    } else {
        m_lockBanner->setText(LockText::lessonLock(access, m_course, locale()));
        m_lockBanner->show();
        m_browser->clear();
    }
}

} // namespace coursedesk
