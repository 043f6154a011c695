#pragma once

// The real MainWindow over the bundled sample course (a local account), opened like the app opens an account
// (AccountRuntime) and shown offscreen: the fixture of the window's specifications.
#include "FakeClock.h"

#include "MainWindow.h"
#include "auth/CredentialStore.h"
#include "session/AccountRuntime.h"
#include "session/Accounts.h"
#include "session/CourseSession.h"

#include <QAbstractButton>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace coursedesk::test {

// A radio button or check box reacts to clicks on its indicator and label, not on the empty rest of its row.
inline void clickAnswer(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// The bundled sample course in a fresh data folder, opened through AccountRuntime (the one wiring point).
struct SampleAccount
{
    QTemporaryDir dir;
    FakeClock clock;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<AccountRuntime> runtime;
    CourseSession *session = nullptr;

    explicit SampleAccount(const QString &dataDir = {}) { open(dataDir.isEmpty() ? dir.path() : dataDir); }

private:
    void open(const QString &dataDir)
    {
        Accounts accounts(dataDir);
        const Result<Account> sample = accounts.ensureSample(clock);
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        Result<std::unique_ptr<AccountRuntime>> opened =
            AccountRuntime::open(accounts, *sample, clock, network, credentials, Credentials{}, {});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        runtime = std::move(opened).value();
        session = &runtime->session();
    }
};

struct SampleWindow : SampleAccount
{
    std::unique_ptr<MainWindow> window;

    SampleWindow()
    {
        if (!session)
            return;
        window = std::make_unique<MainWindow>(*session, MainWindow::Options{false});
        QVERIFY(window->showCourse(1));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace coursedesk::test
