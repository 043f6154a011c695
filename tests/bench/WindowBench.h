#pragma once

// The pieces of bench_window: timing, paint detection, the caches and the window as the application opens
// it. Header-only, for the one benchmark executable (its own process and its child processes).
#include "CourseBuilder.h"
#include "FakeClock.h"
#include "Widgets.h"

#include "MainWindow.h"
#include "find/FindFeatures.h"
#include "session/CourseSearch.h"
#include "session/CourseSession.h"
#include "session/Notebook.h"
#include "storage/CacheDatabase.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTreeView>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace coursedesk::bench {

using namespace Qt::StringLiterals;

using Steady = std::chrono::steady_clock;

inline const QSize windowSize(1024, 680); // MainWindow's own default size

inline double msSince(Steady::time_point start, Steady::time_point end = Steady::now())
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// The process's peak resident set (VmHWM) in kB, 0 when unknown.
inline long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

// Sees the paint events one widget receives.
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QWidget *widget) { widget->installEventFilter(this); }
    void arm() { m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

// Turns the event loop until the probe's widget has been painted. processEvents returns once the frame
// that painted it is finished (every dirty widget painted and the backing store flushed), so the time
// taken after this returns covers the whole frame. False after 10 s.
inline bool waitForPaint(const PaintProbe &probe)
{
    const QDeadlineTimer deadline(10000);
    while (!probe.painted()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

// Lets queued work (the session's first unlock check, layout requests, late paints) run out.
inline void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

inline std::unique_ptr<CacheDatabase> openCache(const QString &path)
{
    Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().message));
        std::exit(1);
    }
    return std::move(opened).value();
}

// A cache at `path` holding CourseBuilder::large(lessons) as course 1, imported as from a server.
inline void prepareCache(const QString &path, int lessons)
{
    std::unique_ptr<CacheDatabase> db = openCache(path);
    test::FakeClock clock;
    LearnerState state(*db, clock, LearnerState::Kind::Server);
    if (Result<ImportReport> imported = state.importCourse(test::CourseBuilder::large(lessons)); !imported) {
        std::fprintf(stderr, "cannot import: %s\n", qPrintable(imported.error().message));
        std::exit(1);
    }
}

// The learner's window over a cache, as the application builds it, until its first frame.
struct OpenWindow
{
    test::FakeClock clock;
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<LearnerState> state;
    std::unique_ptr<CourseSession> session;
    std::unique_ptr<MainWindow> window;
    // Search, notes, course home and what's new attached as the app attaches them (bench_window's "with the index").
    bool withFind = false;
    std::unique_ptr<Notebook> notebook;
    std::unique_ptr<CourseSearch> search;

    // Where the time went, in ms: cache and session opened, window built, course shown, first frame.
    std::array<double, 4> steps{};

    // False when the course cannot be shown or no frame came.
    bool open(const QString &path, bool withCourse = true)
    {
        auto mark = Steady::now();
        const auto step = [&](int i) {
            const auto now = Steady::now();
            steps[i] = msSince(mark, now);
            mark = now;
        };
        db = openCache(path);
        state = std::make_unique<LearnerState>(*db, clock, LearnerState::Kind::Server);
        session = std::make_unique<CourseSession>(*state);
        step(0);
        window = std::make_unique<MainWindow>(*session, MainWindow::Options{false});
        if (withFind) {
            notebook = std::make_unique<Notebook>(*db, clock);
            search = std::make_unique<CourseSearch>(*db, *session);
            if (!search->ensureBuilt())
                return false;
            new FindFeatures(*window, *session, *notebook, *search, nullptr);
        }
        PaintProbe probe(window.get());
        step(1);
        // As the app does (AppShell): the window is shown and painted first, its courses read right after.
        window->show();
        if (!waitForPaint(probe))
            return false;
        step(2);
        firstPaintAt = Steady::now();
        if (withCourse) {
            auto *outline = test::named<QTreeView>(window.get(), "outline");
            if (!outline)
                return false;
            PaintProbe content(outline->viewport());
            if (!window->loadCourses(1) || !waitForPaint(content))
                return false;
        }
        step(3);
        return true;
    }
    Steady::time_point firstPaintAt;
    // From nothing to the window's first frame: what the user waits for before seeing the window.
    double toFirstPaint() const { return steps[0] + steps[1] + steps[2]; }
};

// A QMainWindow that says one word: the least a window that draws any text costs.
inline void giveOneWord(QMainWindow &window)
{
    window.setCentralWidget(new QLabel(u"CourseDesk"_s, &window));
}

inline bool showEmptyWindow(QMainWindow &window)
{
    PaintProbe probe(&window);
    window.resize(windowSize);
    window.show();
    return waitForPaint(probe);
}

} // namespace coursedesk::bench
