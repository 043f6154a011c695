#pragma once

// The real MainWindow over a real session on the bundled sample course (a local account), shown
// offscreen: the fixture of the window's specifications.
#include "FakeClock.h"

#include "MainWindow.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"
#include "storage/CacheDatabase.h"

#include <QAbstractButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace coursedesk::test {

// A radio button or check box reacts to clicks on its indicator and label, not on the empty rest of its row.
inline void clickAnswer(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

struct SampleWindow
{
    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<CacheDatabase> db;
    std::unique_ptr<CourseSession> session;
    std::unique_ptr<MainWindow> window;

    SampleWindow() { open(); }

private:
    void open()
    {
        Accounts accounts(dir.path());
        const Result<Account> sample = accounts.ensureSample(clock);
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        Result<std::unique_ptr<CacheDatabase>> opened = CacheDatabase::open(accounts.databasePath(sample->name));
        QVERIFY(opened.ok());
        db = std::move(opened).value();
        session = std::make_unique<CourseSession>(*db, clock, CourseSession::Kind::Local);
        window = std::make_unique<MainWindow>(*session, MainWindow::Options{false});
        QVERIFY(window->showCourse(1));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace coursedesk::test
