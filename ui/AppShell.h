#pragma once

#include "AccountSwitcher.h"
#include "AddAccountDialog.h"
#include "PreferencesDialog.h"

#include "session/AccountRuntime.h"
#include "session/AccountSignIn.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace coursedesk {

class Appearance;
class MainWindow;
class WelcomePage;

// The desktop application's top level: shows the welcome page when there is no account, opens an
// account (its cache, session, sync) into a MainWindow, and switches between accounts. Window state
// and the last used account live in the given QSettings (never a token).
class AppShell final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool useTray = true;
        // runtime.syncIntervalMinutes is the default; the user's preference (PreferencesDialog) wins.
        AccountRuntime::Options runtime;
        QStringList languages{QStringLiteral("en")}; // offered in the preferences (the app: Language::shipped())
        // The application's light or dark look, set from the preferences (the app has one; tests may not).
        Appearance *appearance = nullptr;
    };
    // Decorates each new main window for its account: the app adds its menus and dashboard here.
    using WindowHook = std::function<void(MainWindow &window, AccountRuntime &runtime)>;

    AppShell(Accounts &accounts, CredentialStore &credentials, const Clock &clock, QNetworkAccessManager &network,
             QSettings &settings, Options options, QObject *parent = nullptr);
    ~AppShell() override;

    void setWindowHook(WindowHook hook) { m_hook = std::move(hook); }

    // The last used account, else the only one, else the welcome page.
    void start();
    // Opens an account (reading its saved sign-in first); windowReady or failed follows.
    void openAccount(const QString &name);
    // Opens an account just signed in, with the credentials the sign-in gave (which exist nowhere else
    // when the keychain could not keep them).
    void openSignedIn(const SignInOutcome &outcome);
    // The add-account dialog (server URL, then browser, password or access token), over `parent`.
    void addAccount(QWidget *parent);
    void openSample();
    void showWelcome();
    // Saves the open window's state and closes it (before a switch, and when the app quits).
    void closeAccount();
    // File → Preferences…, over the open window; a new sync interval applies to the open account at once.
    void showPreferences();

    MainWindow *window() const { return m_window.get(); }
    AccountSwitcher *switcher() const { return m_switcher; }
    AddAccountDialog *addAccountDialog() const { return m_dialog; }
    PreferencesDialog *preferencesDialog() const { return m_preferences; }
    WelcomePage *welcome() const { return m_welcome.get(); }
    AccountRuntime *runtime() const { return m_runtime.get(); }
    QWidget *visibleWindow() const;

signals:
    void windowReady(coursedesk::MainWindow *window);
    void failed(const QString &message);

private:
    void finishOpening(const Account &account, const Credentials &credentials);
    void installSwitcher();
    void installDashboard();
    void signInAgain(); // "Sign in…" in the window, the status bar or the dashboard
    // Replacing the window from one of its own widgets' signals: done once that signal has returned.
    void later(std::function<void()> step);
    void fail(const QString &message);

    Accounts &m_accounts;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    QNetworkAccessManager &m_network;
    QSettings &m_settings;
    Options m_options;
    WindowHook m_hook;
    std::unique_ptr<WelcomePage> m_welcome;
    std::unique_ptr<MainWindow> m_window; // destroyed before the runtime it shows
    std::unique_ptr<AccountRuntime> m_runtime;
    QPointer<AccountSwitcher> m_switcher;
    QPointer<AddAccountDialog> m_dialog;
    QPointer<PreferencesDialog> m_preferences;
    quint64 m_openGeneration = 0; // a newer openAccount makes an older keychain answer moot
};

} // namespace coursedesk
