#include "find/FindFeatures.h"

#include "CourseListModel.h"
#include "MainWindow.h"
#include "OutlineModel.h"
#include "find/CourseHomePanel.h"
#include "find/FindInLesson.h"
#include "find/MyNotesPane.h"
#include "find/NotesPanel.h"
#include "find/SearchDialog.h"
#include "session/CourseSearch.h"
#include "session/CourseSession.h"
#include "session/Notebook.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QBoxLayout>
#include <QChildEvent>
#include <QDockWidget>
#include <QListView>
#include <QStatusBar>
#include <QTabBar>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <utility>

namespace coursedesk {

using namespace Qt::StringLiterals;

namespace {

QDockWidget *dock(MainWindow &window, QWidget *content, const QString &name, const QString &title)
{
    auto *dock = new QDockWidget(title, &window);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

} // namespace

FindFeatures::FindFeatures(MainWindow &window, CourseSession &session, Notebook &notebook, CourseSearch &search,
                           SyncEngine *engine)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_notebook(notebook)
    , m_courseSearch(search)
{
    auto *searchAction = new QAction(tr("Search all courses…"), &window);
    searchAction->setObjectName(u"searchAction"_s);
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    searchAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(searchAction, &QAction::triggered, this, [this] { searchDialog()->start(); });
    window.addAction(searchAction);

    // Find in the lesson: a bar under the lesson's text.
    auto *text = window.findChild<QTextBrowser *>(u"lessonText"_s);
    if (text) {
        m_find = new FindInLesson(*text);
        QWidget *pane = window.findChild<QWidget *>(u"lessonPane"_s);
        if (auto *layout = pane ? qobject_cast<QBoxLayout *>(pane->layout()) : nullptr)
            layout->addWidget(m_find);
        else
            dock(window, m_find, u"findDock"_s, tr("Find in lesson"));
        auto *find = new QAction(tr("Find in lesson…"), &window);
        find->setObjectName(u"findAction"_s);
        find->setShortcut(QKeySequence::Find);
        find->setShortcutContext(Qt::WindowShortcut);
        connect(find, &QAction::triggered, m_find, &FindInLesson::start);
        window.addAction(find);
    }

    // The docks (note, my notes, course home) are built when first needed: a course shown, or the window's first
    // frame painted, whichever comes first; so they never delay that frame.
    window.installEventFilter(this);
    connect(&window, &MainWindow::lessonShown, this, &FindFeatures::lessonShown);
    connect(&notebook, &Notebook::newsChanged, this, &FindFeatures::showBadges);
    connect(&session, &CourseSession::coursesChanged, this, &FindFeatures::showBadges);
    if (window.currentCourseId())
        lessonShown(window.currentCourseId(), window.currentLessonId());
    if (Result<qint64> mark = notebook.newsMark())
        m_newsMark = *mark;
    // What a sync brought is announced once it is over, in one notification; the lessons that open meanwhile (the
    // unlock check after its imports) are part of it. A lesson opened by the clock alone is announced the same way.
    // The announcement waits for the events already queued (that unlock check among them).
    m_window.setAnnouncesUnlocks(false);
    if (engine)
        connect(engine, &SyncEngine::finished, this, &FindFeatures::queueAnnouncement);
    connect(&session, &CourseSession::lessonUnlocked, this, [this, engine] {
        if (!engine || !engine->isRunning())
            queueAnnouncement();
    });
}

SearchDialog *FindFeatures::searchDialog()
{
    if (!m_search) {
        m_search = new SearchDialog(m_courseSearch, &m_window);
        connect(m_search, &SearchDialog::openLesson, this, &FindFeatures::openLesson);
    }
    return m_search;
}

void FindFeatures::ensureDocks()
{
    if (m_home)
        return;
    m_notes = new NotesPanel(m_notebook);
    m_myNotes = new MyNotesPane(m_notebook);
    m_home = new CourseHomePanel(m_session, m_notebook);
    QDockWidget *home = dock(m_window, m_home, u"courseHomeDock"_s, tr("Course home"));
    dock(m_window, m_notes, u"notesDock"_s, tr("Note"));
    QDockWidget *myNotes = dock(m_window, m_myNotes, u"myNotesDock"_s, tr("My notes"));
    m_window.tabifyDockWidget(home, myNotes);
    home->raise();
    // The docks sit right of the lesson, so Tab reaches them after the lesson's buttons and before the status bar;
    // the tab bar of the tabbed docks appears later (when the window lays them out), so it is placed when it comes.
    keepStatusBarLastInTabOrder();
    connect(m_myNotes, &MyNotesPane::openLesson, this, &FindFeatures::openLesson);
    connect(m_home, &CourseHomePanel::openLesson, this, &FindFeatures::openLesson);
    m_notes->showLesson(m_window.currentCourseId(), m_window.currentLessonId());
    m_home->showCourse(m_window.currentCourseId());
}

bool FindFeatures::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::ChildPolished &&
        qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
        keepStatusBarLastInTabOrder();
    // The first frame is painted: the docks follow a moment later, once it is on screen (the app shows its first
    // course right after that frame, which builds them at once).
    if (watched == &m_window && event->type() == QEvent::Paint && !m_home && !std::exchange(m_docksQueued, true))
        QTimer::singleShot(DocksDelayMs, this, &FindFeatures::ensureDocks);
    return QObject::eventFilter(watched, event);
}

void FindFeatures::keepStatusBarLastInTabOrder()
{
    QStatusBar *bar = m_window.statusBar();
    QList<QWidget *> inBar;
    QWidget *lastOutside = nullptr;
    for (QWidget *w = m_window.nextInFocusChain(); w && w != &m_window; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !m_window.isAncestorOf(w))
            continue;
        if (bar->isAncestorOf(w))
            inBar << w;
        else
            lastOutside = w;
    }
    for (QWidget *w : std::as_const(inBar)) {
        if (lastOutside)
            QWidget::setTabOrder(lastOutside, w);
        lastOutside = w;
    }
}

void FindFeatures::openLesson(qint64 courseId, qint64 lessonId)
{
    if (m_window.currentCourseId() != courseId && !m_window.showCourse(courseId))
        return;
    m_window.selectLesson(lessonId);
}

void FindFeatures::lessonShown(qint64 courseId, qint64 lessonId)
{
    if (m_home) {
        m_notes->showLesson(courseId, lessonId);
        m_home->showCourse(courseId);
    } else {
        ensureDocks(); // shows this lesson and course
    }
    if (lessonId)
        (void)m_notebook.lessonOpened(courseId, lessonId); // a badge only: nothing to lose
    if (m_find)
        m_find->refresh();
    showBadges();
}

void FindFeatures::showBadges()
{
    Notebook &notebook = m_notebook;
    const auto words = [](const QHash<qint64, WhatsNew::Change> &changes) {
        QHash<qint64, QString> badges;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            badges.insert(it.key(), it.value() == WhatsNew::Change::New       ? tr("new")
                                    : it.value() == WhatsNew::Change::Changed ? tr("changed")
                                                                              : tr("open now"));
        }
        return badges;
    };
    auto *outlineView = m_window.findChild<QTreeView *>(u"outline"_s);
    if (auto *outline = outlineView ? qobject_cast<OutlineModel *>(outlineView->model()) : nullptr) {
        const qint64 course = m_window.currentCourseId();
        const auto lessons = notebook.lessonBadges(course);
        const auto sections = notebook.sectionBadges(course);
        outline->setNewsBadges(lessons ? words(*lessons) : QHash<qint64, QString>{},
                               sections ? words(*sections) : QHash<qint64, QString>{});
    }
    auto *courseView = m_window.findChild<QListView *>(u"courseList"_s);
    if (auto *courses = courseView ? qobject_cast<CourseListModel *>(courseView->model()) : nullptr) {
        if (const auto counts = notebook.courseBadges())
            courses->setNewsCounts(*counts);
    }
}

void FindFeatures::queueAnnouncement()
{
    if (!std::exchange(m_announcementQueued, true))
        QTimer::singleShot(0, this, &FindFeatures::announceNews);
}

void FindFeatures::announceNews()
{
    m_announcementQueued = false;
    Notebook &notebook = m_notebook;
    const Result<QList<CourseNews>> news = notebook.newsSince(m_newsMark);
    if (Result<qint64> mark = notebook.newsMark())
        m_newsMark = *mark;
    showBadges();
    if (!news)
        return;
    // One notification for everything the sync brought, over every course; none when nothing is new.
    if (const QStringList sentences = Notebook::newsSentences(*news); !sentences.isEmpty())
        m_window.notify(sentences.join(u"; "_s));
}

} // namespace coursedesk
