#include "MainWindow.h"

#include "AboutDialog.h"
#include "Accessibility.h"
#include "CourseListDelegate.h"
#include "CourseListModel.h"
#include "CourseOfflineActions.h"
#include "FocusRing.h"
#include "LessonPane.h"
#include "Notifier.h"
#include "OutlineDelegate.h"
#include "OutlineModel.h"
#include "ProgressPanel.h"
#include "StorageDialog.h"
#include "SyncStatusWidget.h"

#include "domain/ServerText.h"
#include "session/CourseSession.h"
#include "session/OfflineFiles.h"
#include "session/Preferences.h"

#include <QPushButton>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace coursedesk {

MainWindow::MainWindow(CourseSession &session, QWidget *parent)
    : MainWindow(session, Options{}, parent)
{}

MainWindow::MainWindow(CourseSession &session, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_courseModel(new CourseListModel(session, this))
    , m_courses(new QListView(this))
    , m_model(new OutlineModel(this))
    , m_outline(new QTreeView(this))
    , m_roleNote(new QLabel(this))
    , m_lesson(new LessonPane(session, this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new ProgressPanel(this))
    , m_sync(new SyncStatusWidget(session, this))
    , m_banner(new NotificationBanner(this))
    , m_notifier(
          new Notifier(*this, *m_banner, options.useTray ? Notifier::Tray::IfAvailable : Notifier::Tray::Never, this))
    , m_accounts(options.accounts)
    , m_accountName(options.accountName)
{
    setWindowTitle(tr("CourseDesk"));
    setObjectName(QStringLiteral("mainWindow"));

    m_courses->setModel(m_courseModel);
    m_courses->setItemDelegate(new CourseListDelegate(m_courses));
    m_courses->setObjectName(QStringLiteral("courseList"));
    m_courses->setAccessibleName(tr("Courses"));
    m_courses->setUniformItemSizes(true);

    if (options.openUrl)
        m_lesson->setUrlOpener(options.openUrl);
    m_outline->setModel(m_model);
    m_outline->setItemDelegate(new OutlineDelegate(m_outline));
    m_model->setGradeSource([this](qint64 lessonId) -> std::optional<int> {
        // The last attempt made here, else the server's last one.
        if (Result<QList<AttemptRecord>> attempts = m_session.attempts(m_courseId, lessonId, 1);
            attempts && !attempts->isEmpty() && attempts->constFirst().result)
            return attempts->constFirst().result->grade;
        if (const Result<Lesson> lesson = m_session.lesson(m_courseId, lessonId); lesson && (*lesson).body->lastAttempt)
            return (*lesson).body->lastAttempt->grade;
        return std::nullopt;
    });
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setAccessibleName(tr("Course outline"));
    m_outline->setObjectName(QStringLiteral("outline"));

    m_roleNote->setObjectName(QStringLiteral("roleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setTextFormat(Qt::PlainText);
    m_roleNote->setAccessibleName(tr("Instructor view"));
    m_roleNote->setText(tr("You teach this course: you see every lesson, drafts included, and nothing is locked "
                           "for you. Learners see only published lessons, with the course's locks."));
    m_roleNote->hide();
    m_progress->setObjectName(QStringLiteral("progress"));

    auto *outlinePane = new QWidget(this);
    auto *outlineLayout = new QVBoxLayout(outlinePane);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->addWidget(m_roleNote);
    outlineLayout->addWidget(m_outline, 1);

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_courses);
    m_sideSplitter->addWidget(outlinePane);
    m_sideSplitter->setStretchFactor(1, 3);
    m_sideSplitter->setSizes({140, 460});

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // a learner sees no tab bar: there is only the lesson
    m_tabs->addTab(m_lesson, tr("&Lesson"));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({300, 620});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_progress);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_sync, 1);
    // Tab follows the layout: the notification, the course list, the outline, the lesson (its content, then its
    // buttons), the dashboard's tab bar when there is one, the status bar's buttons.
    setTabOrder(m_banner, m_courses);
    setTabOrder(m_courses, m_outline);
    setTabOrder(m_outline, m_lesson);
    setTabOrder(m_lesson, m_tabs);
    setTabOrder(m_tabs, m_sync);
    updateTabBarFocus();
    new FocusRing(this); // a focused list, outline or lesson text shows it
    buildMenus();

    connect(m_sync, &SyncStatusWidget::syncRequested, this, &MainWindow::syncRequested);
    connect(m_sync, &SyncStatusWidget::signInRequested, this, &MainWindow::signInRequested);
    connect(&m_session, &CourseSession::actionRejected, this, [this](const OutboxEntry &entry) {
        const QString lesson = lessonName(entry.courseId, entry.lessonId);
        const QString change = entry.kind == OutboxKind::Attempt
                                   ? tr("The server did not accept your quiz attempt in '%1'").arg(lesson)
                                   : tr("The server did not accept your change to '%1'").arg(lesson);
        m_notifier->notify(tr("CourseDesk"), ServerText::compose(change, entry.reason), entry.id);
    });
    // A rejection the user has dismissed (Details…) is not announced any longer.
    connect(&m_session, &CourseSession::outboxChanged, this, [this] {
        if (!m_banner->entryId())
            return;
        Result<QList<OutboxEntry>> entries = m_session.pendingActions();
        if (!entries)
            return;
        QList<qint64> ids;
        for (const OutboxEntry &entry : std::as_const(*entries))
            ids.append(entry.id);
        m_banner->forgetUnless(ids);
    });
    connect(m_banner, &NotificationBanner::detailsRequested, m_sync, &SyncStatusWidget::showDetails);
    connect(&m_session, &CourseSession::lessonUnlocked, this, [this](qint64 courseId, qint64 lessonId) {
        if (courseId == m_courseId)
            reload();
        if (m_announceUnlocks)
            notify(tr("'%1' is now available.").arg(lessonName(courseId, lessonId)));
    });
    connect(&m_session, &CourseSession::coursesChanged, this, [this] {
        // A sync brought new courses or removed one: keep the open course selected, or open the first.
        if (m_courseId && m_courseModel->indexOfCourse(m_courseId).isValid()) {
            m_courses->setCurrentIndex(m_courseModel->indexOfCourse(m_courseId));
            reload();
        } else if (m_courseModel->rowCount() > 0) {
            showCourse(m_courseModel->courseIdAt(m_courseModel->index(0)));
        }
    });

    // The account's one unlock watch (LearnerState) says when the locks may have changed.
    connect(&m_session, &CourseSession::accessChanged, this, [this] {
        if (m_courseId)
            reload();
    });
    connect(m_courses->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedCourse);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedLesson);
    connect(m_lesson, &LessonPane::navigateTo, this, &MainWindow::selectLesson);
    connect(m_lesson, &LessonPane::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    if (OfflineFiles *files = m_session.offlineFiles()) { // issue 18: "Download for offline" from the course list
        auto *offline = new CourseOfflineActions(*m_courses, *m_courseModel, *files, this);
        connect(offline, &CourseOfflineActions::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    }
    // A link's address while it is hovered, as a browser shows it.
    connect(m_lesson, &LessonPane::linkHovered, this, [this](const QString &address) {
        if (address.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(address);
    });
    // The outline keeps its place when a sync changes the course's structure (a lesson added or removed).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberOutlinePlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreOutlinePlace);
    connect(&m_session, &CourseSession::progressChanged, this, [this](qint64 courseId, const ProgressFigures &figures) {
        if (courseId == m_courseId)
            m_progress->setFigures(figures, m_course.serverProgress);
    });
    connect(&m_session, &CourseSession::lessonChanged, this, [this](qint64 courseId, qint64) {
        if (courseId == m_courseId)
            reload();
    });
    resize(1024, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sync = file->addAction(tr("&Sync now"), this, &MainWindow::syncRequested);
    sync->setShortcut(QKeySequence::Refresh);
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    if (OfflineFiles *files = m_session.offlineFiles()) { // issue 18: the offline files, by course
        QAction *storage = file->addAction(tr("S&torage…"), this, [this, files] {
            auto *dialog = new StorageDialog(StorageOverview(m_accounts, m_accountName, files), files, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        storage->setObjectName(QStringLiteral("storageAction"));
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    buildViewMenu(menuBar()->addMenu(tr("&View")));

    // Keyboard users move between the three panes directly.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Courses"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_courses->setFocus(); });
    go->addAction(tr("&Outline"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                  [this] { Accessibility::focusCurrentItem(m_outline); });
    go->addAction(tr("&Lesson"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { m_lesson->focusContent(); });
    go->addSeparator();
    go->addAction(tr("&Previous lesson"), QKeySequence(Qt::ALT | Qt::Key_Left), this,
                  [this] { m_lesson->previousButton()->click(); });
    go->addAction(tr("&Next lesson"), QKeySequence(Qt::ALT | Qt::Key_Right), this,
                  [this] { m_lesson->nextButton()->click(); });
    // Its shortcut works wherever the focus is in the window; the menu shows it beside the name, not in it.
    go->addAction(tr("Mark as complete / &incomplete"), QKeySequence(Qt::CTRL | Qt::Key_Return), m_lesson,
                  &LessonPane::toggleCompletion);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About CourseDesk"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    m_helpMenu->addAction(tr("About &Qt"), this, [] { QApplication::aboutQt(); });
}

void MainWindow::buildViewMenu(QMenu *view)
{
    QAction *in = view->addAction(tr("Zoom &in"), this, [this] { zoomBy(1); });
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *out = view->addAction(tr("Zoom &out"), this, [this] { zoomBy(-1); });
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *actual = view->addAction(tr("&Actual size"), this, [this] { zoomBy(0); });
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
}

void MainWindow::zoomBy(int steps)
{
    // The steps a browser offers; Actual size is 100 %.
    static const QList<int> levels{50, 67, 80, 90, 100, 110, 120, 133, 150, 170, 200, 240, 300};
    const int now = m_lesson->zoomPercent();
    int zoom = 100;
    if (steps > 0) {
        const auto next = std::upper_bound(levels.cbegin(), levels.cend(), now);
        zoom = next == levels.cend() ? levels.constLast() : *next;
    } else if (steps < 0) {
        const auto next = std::lower_bound(levels.cbegin(), levels.cend(), now);
        zoom = next == levels.cbegin() ? levels.constFirst() : *(next - 1);
    }
    if (zoom == now)
        return;
    setTextZoom(zoom);
    statusBar()->showMessage(tr("Text size: %1 %").arg(locale().toString(zoom)), 2000);
    emit textZoomChanged(zoom);
}

void MainWindow::setTextZoom(int percent)
{
    m_lesson->setZoomPercent(std::clamp(percent, Preferences::minTextZoomPercent, Preferences::maxTextZoomPercent));
}

int MainWindow::textZoom() const
{
    return m_lesson->zoomPercent();
}

void MainWindow::setSignInKeptInMemory(bool memoryOnly)
{
    m_sync->setSignInKeptInMemory(memoryOnly);
    if (memoryOnly && m_session.kind() == CourseSession::Kind::Server) {
        m_banner->showMessage(tr("No system keychain is available, so your sign-in is kept in memory only: you will "
                                 "be asked to sign in again the next time you start CourseDesk. Your work is kept "
                                 "either way."));
    }
}

void MainWindow::addAppMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu); // Help stays last
}

void MainWindow::setComments(LessonComments *comments)
{
    m_lesson->setComments(comments);
}

void MainWindow::setDashboardFactory(DashboardFactory factory)
{
    m_dashboardFactory = std::move(factory);
    updateDashboard();
}

bool MainWindow::loadCourses(qint64 courseId)
{
    m_coursesLoaded = m_courseModel->reload();
    if (!m_coursesLoaded) {
        statusBar()->showMessage(m_courseModel->lastError());
        return false;
    }
    if (!courseId || !m_courseModel->indexOfCourse(courseId).isValid())
        courseId = m_courseModel->rowCount() > 0 ? m_courseModel->courseIdAt(m_courseModel->index(0)) : 0;
    return courseId ? showCourse(courseId) : true;
}

bool MainWindow::showCourse(qint64 courseId)
{
    if (!m_coursesLoaded)
        m_coursesLoaded = m_courseModel->reload();
    Result<CourseOutline> outline = m_session.outline(courseId);
    if (!outline) {
        statusBar()->showMessage(outline.error().message);
        return false;
    }
    const bool changed = courseId != m_courseId;
    m_courseId = courseId;
    m_course = outline->course;
    m_access = outline->access;
    m_model->setCourse(m_course, m_access);
    // Two levels: expanding the sections shows every lesson, without expandAll's persistent index per row.
    m_outline->expandToDepth(0);
    updateProgress();
    m_roleNote->setVisible(m_course.role() == Role::Instructor);
    setWindowTitle(tr("%1 — CourseDesk").arg(m_course.name));
    {
        const QSignalBlocker blocker(m_courses->selectionModel());
        m_courses->setCurrentIndex(m_courseModel->indexOfCourse(courseId));
    }
    if (changed)
        updateDashboard();
    if (!m_course.sections.isEmpty() && !m_course.sections.constFirst().lessons.isEmpty())
        selectLesson(m_course.sections.constFirst().lessons.constFirst().id);
    else
        m_lesson->showLesson(m_course, m_access, 0);
    return true;
}

void MainWindow::removeDashboard()
{
    if (!m_dashboard)
        return;
    m_tabs->removeTab(m_tabs->indexOf(m_dashboard));
    m_dashboard->deleteLater();
    m_dashboard = nullptr;
    updateTabBarFocus();
}

void MainWindow::updateTabBarFocus()
{
    // The tab bar hides itself while the lesson is the only tab (a learner's window); hidden, it must not take the
    // keyboard focus: Tab handed the focus to it, it went nowhere, and Tab never left the lesson's buttons.
    m_tabs->tabBar()->setFocusPolicy(m_tabs->count() > 1 ? Qt::TabFocus : Qt::NoFocus);
}

void MainWindow::updateDashboard()
{
    removeDashboard();
    // Only creators and managers get one; a learner never sees an empty or broken dashboard.
    if (!m_dashboardFactory || !m_courseId || m_course.role() != Role::Instructor)
        return;
    m_dashboard = m_dashboardFactory(m_courseId, m_tabs);
    if (m_dashboard) {
        m_dashboard->setObjectName(QStringLiteral("dashboard"));
        m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    }
    updateTabBarFocus();
}

void MainWindow::showSelectedCourse()
{
    const qint64 courseId = m_courseModel->courseIdAt(m_courses->currentIndex());
    if (courseId && courseId != m_courseId)
        showCourse(courseId);
}

void MainWindow::selectLesson(qint64 lessonId)
{
    const QModelIndex index = m_model->indexOfLesson(lessonId);
    if (index.isValid()) {
        m_outline->setCurrentIndex(index);
        m_tabs->setCurrentWidget(m_lesson); // from the dashboard's comment inbox too
    }
}

void MainWindow::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("window/course"), m_courseId);
    settings.setValue(QStringLiteral("window/lesson"), currentLessonId());
}

void MainWindow::restoreState(const QSettings &settings)
{
    restoreLayout(settings);
    restoreSelection(settings);
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("window/sideSplitter")).toByteArray());
}

void MainWindow::restoreSelection(const QSettings &settings)
{
    const qint64 course = settings.value(QStringLiteral("window/course")).toLongLong();
    if (!m_coursesLoaded || (course > 0 && course != m_courseId)) {
        if (!loadCourses(course) || (course > 0 && m_courseId != course))
            return; // the course is gone: the first one is shown instead
    }
    const qint64 lesson = settings.value(QStringLiteral("window/lesson")).toLongLong();
    if (lesson > 0)
        selectLesson(lesson);
}

void MainWindow::notify(const QString &message)
{
    m_notifier->notify(tr("CourseDesk"), message);
}

QString MainWindow::lessonName(qint64 courseId, qint64 lessonId) const
{
    if (courseId == m_courseId) {
        if (const Lesson *lesson = m_course.findLesson(lessonId))
            return lesson->name;
    }
    return tr("lesson %1").arg(lessonId);
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
    updateProgress();
    showSelectedLesson();
}

void MainWindow::updateProgress()
{
    // An instructor's own progress in a course they teach means nothing: no bar for them.
    m_progress->setVisible(m_course.role() != Role::Instructor);
    m_progress->setFigures(m_access.progress(), m_course.serverProgress);
}

void MainWindow::rememberOutlinePlace()
{
    const QModelIndex current = m_outline->currentIndex();
    m_placeLesson = m_model->lessonIdAt(current);
    m_placeSection = current.isValid() ? current.data(OutlineModel::SectionIdRole).toLongLong() : 0;
    m_collapsedSections.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        if (!m_outline->isExpanded(section))
            m_collapsedSections.append(section.data(OutlineModel::SectionIdRole).toLongLong());
    }
}

void MainWindow::restoreOutlinePlace()
{
    // Same course, new structure: the sections open as they were, the same lesson (or, if it went, its section)
    // selected. A different course (showCourse) chooses its own place afterwards.
    if (m_model->course().id != m_courseId)
        return;
    m_outline->expandToDepth(0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        if (m_collapsedSections.contains(section.data(OutlineModel::SectionIdRole).toLongLong()))
            m_outline->collapse(section);
    }
    QModelIndex place = m_model->indexOfLesson(m_placeLesson);
    for (int row = 0; !place.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(OutlineModel::SectionIdRole).toLongLong() == m_placeSection)
            place = m_model->index(row, 0);
    }
    if (place.isValid())
        m_outline->setCurrentIndex(place);
}

void MainWindow::refreshAccess()
{
    reload();
}

void MainWindow::showSelectedLesson()
{
    const QModelIndex current = m_outline->currentIndex();
    if (current.isValid() && !m_model->lessonIdAt(current)) {
        m_lesson->showSection(m_course, m_access, current.data(OutlineModel::SectionIdRole).toLongLong());
        emit lessonShown(m_courseId, 0);
        return;
    }
    m_lesson->showLesson(m_course, m_access, currentLessonId());
    emit lessonShown(m_courseId, currentLessonId());
}

} // namespace coursedesk
