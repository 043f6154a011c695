#pragma once

#include "session/AccountRuntime.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace coursedesk {

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
        AccountRuntime::Options runtime;
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
    void openSample();
    void showWelcome();
    // Saves the open window's state and closes it (before a switch, and when the app quits).
    void closeAccount();

    MainWindow *window() const { return m_window.get(); }
    WelcomePage *welcome() const { return m_welcome.get(); }
    AccountRuntime *runtime() const { return m_runtime.get(); }
    QWidget *visibleWindow() const;

signals:
    void windowReady(coursedesk::MainWindow *window);
    void failed(const QString &message);
    void addAccountRequested(QWidget *parent);

private:
    void finishOpening(const Account &account, const Credentials &credentials);
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
    quint64 m_openGeneration = 0; // a newer openAccount makes an older keychain answer moot
};

} // namespace coursedesk
