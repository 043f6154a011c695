#include "AppShell.h"

#include "AccountSwitcher.h"
#include "AddAccountDialog.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "WelcomePage.h"
#include "dashboard/DashboardWidget.h"
#include "find/FindFeatures.h"
#include "session/AccountRuntime.h"

#include "session/CourseSession.h"
#include "sync/SyncScheduler.h"

#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace coursedesk {

namespace {

const QString lastAccountKey = QStringLiteral("accounts/last");

} // namespace

AppShell::AppShell(Accounts &accounts, CredentialStore &credentials, const Clock &clock, QNetworkAccessManager &network,
                   QSettings &settings, Options options, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_network(network)
    , m_settings(settings)
    , m_options(options)
{
    Preferences defaults;
    defaults.syncIntervalMinutes = m_options.runtime.syncIntervalMinutes;
    const Preferences stored = Preferences::read(m_settings, defaults);
    m_options.runtime.syncIntervalMinutes = stored.syncIntervalMinutes;
    if (m_options.appearance)
        m_options.appearance->setMode(Appearance::modeFromWire(stored.appearance));
}

AppShell::~AppShell()
{
    closeAccount();
}

void AppShell::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    QWidget *over = m_window ? static_cast<QWidget *>(m_window.get()) : m_welcome.get();
    m_preferences = new PreferencesDialog(m_settings, m_options.languages, over);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferences, &PreferencesDialog::preferencesChanged, this, [this](const Preferences &preferences) {
        m_options.runtime.syncIntervalMinutes = preferences.syncIntervalMinutes; // for accounts opened later
        if (SyncScheduler *scheduler = m_runtime ? m_runtime->scheduler() : nullptr)
            scheduler->setIntervalMinutes(preferences.syncIntervalMinutes);
        if (m_options.appearance)
            m_options.appearance->setMode(Appearance::modeFromWire(preferences.appearance)); // at once, live
    });
    m_preferences->open();
}

void AppShell::start()
{
    Result<QList<Account>> accounts = m_accounts.list();
    if (!accounts) {
        showWelcome();
        fail(accounts.error().message);
        return;
    }
    if (accounts->isEmpty()) {
        showWelcome();
        return;
    }
    const QString last = m_settings.value(lastAccountKey).toString();
    for (const Account &account : std::as_const(*accounts)) {
        if (account.name == last) {
            openAccount(last);
            return;
        }
    }
    openAccount(accounts->constFirst().name);
}

void AppShell::showWelcome()
{
    if (!m_welcome) {
        m_welcome = std::make_unique<WelcomePage>();
        connect(m_welcome.get(), &WelcomePage::sampleRequested, this, &AppShell::openSample);
        connect(m_welcome.get(), &WelcomePage::addAccountRequested, this, [this] { addAccount(m_welcome.get()); });
        connect(m_welcome.get(), &WelcomePage::preferencesRequested, this, &AppShell::showPreferences);
    }
    m_welcome->show();
}

void AppShell::openSample()
{
    Result<Account> sample = m_accounts.ensureSample(m_clock);
    if (!sample) {
        fail(sample.error().message);
        return;
    }
    openAccount(sample->name);
}

void AppShell::openAccount(const QString &name)
{
    Result<Account> account = m_accounts.find(name);
    if (!account) {
        fail(account.error().message);
        return;
    }
    const quint64 generation = ++m_openGeneration;
    if (account->local) {
        finishOpening(*account, Credentials{});
        return;
    }
    // The keychain answers asynchronously (and may ask the user to unlock it).
    m_credentials.read(account->name, [this, generation, opened = *account](Result<Credentials> credentials) {
        if (generation != m_openGeneration)
            return;
        // No saved sign-in (or no keychain): the cache still opens; the sync asks to sign in again.
        finishOpening(opened, credentials ? *credentials : Credentials{});
    });
}

void AppShell::openSignedIn(const SignInOutcome &outcome)
{
    ++m_openGeneration;
    finishOpening(outcome.account, outcome.credentials);
}

void AppShell::addAccount(QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new AddAccountDialog(m_accounts, m_credentials, m_clock, m_network, parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AddAccountDialog::signedIn, this,
            [this](const SignInOutcome &outcome) { later([this, outcome] { openSignedIn(outcome); }); });
    m_dialog->open();
}

void AppShell::installSwitcher()
{
    m_switcher = new AccountSwitcher(m_accounts, m_credentials, m_clock, m_network, m_window.get());
    m_switcher->setObjectName(QStringLiteral("accountSwitcher"));
    m_switcher->setCurrentAccount(m_runtime->account().name, &m_runtime->state());
    // In the status bar, not the menu bar's corner: assistive tools do not find a menu bar's corner widget (Qt
    // lists only its menus), and the Tab order ends there, after the sync state.
    m_window->statusBar()->addPermanentWidget(m_switcher);
    connect(m_switcher, &AccountSwitcher::accountChosen, this,
            [this](const QString &name) { later([this, name] { openAccount(name); }); });
    connect(m_switcher, &AccountSwitcher::signedIn, this,
            [this](const SignInOutcome &outcome) { later([this, outcome] { openSignedIn(outcome); }); });
    // Signed out of the open account: it stays open on its cache, without a token; sync asks to sign in.
    connect(m_switcher, &AccountSwitcher::signedOut, this, [this](const QString &name) {
        if (m_runtime && name == m_runtime->account().name)
            later([this, name] { openAccount(name); });
    });
}

void AppShell::signInAgain()
{
    if (m_switcher && m_runtime && !m_runtime->account().local)
        m_switcher->signInAgain();
}

void AppShell::installDashboard()
{
    Dashboard *dashboard = m_runtime->dashboard();
    if (!dashboard)
        return; // the local account has no learners to look at
    // Asked for only when the open course is one the user teaches (MainWindow decides from the role).
    m_window->setDashboardFactory([this, dashboard](qint64 courseId, QWidget *parent) -> QWidget * {
        auto *widget = new DashboardWidget(*dashboard, m_clock, parent);
        connect(widget, &DashboardWidget::signInRequested, this, &AppShell::signInAgain);
        // The server has the last word: if it refuses, the tab goes (the role may have changed).
        connect(widget, &DashboardWidget::accessDenied, m_window.get(), [this] {
            if (m_window)
                m_window->removeDashboard();
        });
        const Result<CourseOutline> outline = m_runtime->session().outline(courseId);
        widget->showCourse(courseId, outline ? outline->course.name : QString());
        widget->addCommentInbox(m_runtime->comments(), courseId);
        connect(widget, &DashboardWidget::lessonRequested, m_window.get(),
                [this](qint64, qint64 lessonId) { m_window->selectLesson(lessonId); });
        return widget;
    });
}

void AppShell::later(std::function<void()> step)
{
    QTimer::singleShot(0, this, std::move(step));
}

void AppShell::finishOpening(const Account &account, const Credentials &credentials)
{
    Result<std::unique_ptr<AccountRuntime>> runtime =
        AccountRuntime::open(m_accounts, account, m_clock, m_network, m_credentials, credentials, m_options.runtime);
    if (!runtime) {
        fail(runtime.error().message);
        return;
    }
    closeAccount();
    m_runtime = std::move(runtime).value();
    m_window = std::make_unique<MainWindow>(
        m_runtime->session(), MainWindow::Options{m_options.useTray, nullptr, &m_accounts, m_runtime->account().name});
    if (SyncScheduler *scheduler = m_runtime->scheduler())
        connect(m_window.get(), &MainWindow::syncRequested, scheduler, &SyncScheduler::syncNow);
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &AppShell::showPreferences);
    connect(m_window.get(), &MainWindow::signInRequested, this, &AppShell::signInAgain);
    // Without a keychain the sign-in lasts until CourseDesk closes: the window says so, as the README promises.
    m_window->setSignInKeptInMemory(!account.local && !m_credentials.isPersistent());
    m_window->setTextZoom(Preferences::read(m_settings).textZoomPercent);
    connect(m_window.get(), &MainWindow::textZoomChanged, this, [this](int percent) {
        Preferences::writeTextZoom(m_settings, percent); // remembered for the next start
    });
    m_window->setComments(&m_runtime->comments());
    installSwitcher();
    installDashboard();
    // Search, notes, course home, what's new (owned by the window).
    new FindFeatures(*m_window, m_runtime->session(), m_runtime->notebook(), m_runtime->search(), m_runtime->engine());
    if (m_hook)
        m_hook(*m_window, *m_runtime);
    const QString group = QStringLiteral("account-") + account.name;
    m_settings.beginGroup(group);
    m_window->restoreLayout(m_settings);
    m_settings.endGroup();
    m_settings.setValue(lastAccountKey, account.name);
    if (m_welcome)
        m_welcome->hide();
    // The window paints first; its courses are read right after, so a large cache never delays it.
    m_window->show();
    const QPointer<MainWindow> shown = m_window.get();
    later([this, shown, group] {
        if (!shown || shown != m_window.get())
            return; // another account was opened meanwhile
        m_settings.beginGroup(group);
        m_window->restoreSelection(m_settings);
        m_settings.endGroup();
        if (SyncScheduler *scheduler = m_runtime->scheduler())
            scheduler->start();
        emit windowReady(m_window.get());
    });
}

void AppShell::closeAccount()
{
    if (m_window && m_runtime) {
        m_settings.beginGroup(QStringLiteral("account-") + m_runtime->account().name);
        m_window->saveState(m_settings);
        m_settings.endGroup();
        m_settings.sync();
    }
    m_window.reset();
    m_runtime.reset();
}

QWidget *AppShell::visibleWindow() const
{
    if (m_window && m_window->isVisible())
        return m_window.get();
    return m_welcome && m_welcome->isVisible() ? m_welcome.get() : nullptr;
}

void AppShell::fail(const QString &message)
{
    // Said where the user is looking: the open window stays as it was, the welcome page shows why.
    if (m_window)
        m_window->statusBar()->showMessage(message);
    if (m_welcome && m_welcome->isVisible())
        m_welcome->setError(message);
    emit failed(message);
}

} // namespace coursedesk
