#pragma once

#include "session/AccountSignIn.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace coursedesk {

// Adds an account, or signs an existing one in again: first the server address (normalised; https
// required except on this computer), a name and, under "Advanced" (collapsed), how the community registered
// CourseDesk (a client ID, a fixed redirect port: kept with the account), then one of three ways to sign in: in the
// browser (OAuth2 with PKCE: the browser opens, the dialog waits with a Cancel button and gives up after a timeout),
// with a password, or with an access token. Errors are shown in the dialog and keep what was typed. When the tokens
// could not go to the system keychain the dialog says so before it closes ("you will be asked to sign in
// again next time").
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    AddAccountDialog(Accounts &accounts, CredentialStore &store, const Clock &clock, QNetworkAccessManager &network,
                     QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    // Signs `accountName` in again (its server and name fixed) instead of adding an account.
    void setSignInAgain(const Account &account);
    // How the browser is opened (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setBrowserTimeoutMs(int ms) { m_browserTimeoutMs = ms; }

    enum class Page
    {
        Server,
        Method,
        Waiting,
        Done,
    };
    Page page() const;
    QString errorText() const;
    QString noticeText() const;  // the Done page's text (the memory-only warning when there is one)
    QString browserHint() const; // the Waiting page's line with the address to open
    QUrl browserUrl() const { return m_browserUrl; }
    const std::optional<SignInOutcome> &outcome() const { return m_outcome; }

signals:
    // A new account was added, or (outcome.signedInAgain) an existing one signed in again.
    void signedIn(const coursedesk::SignInOutcome &outcome);

public slots:
    void reject() override;

private:
    QWidget *buildServerPage();
    QWidget *buildMethodPage();
    QWidget *buildWaitingPage();
    QWidget *buildDonePage();
    void goToMethods();
    // The app as typed under Advanced, checked (OAuthApp::check); the field to correct on error.
    Result<OAuthApp> typedApp();
    void showAdvanced(bool shown);
    void startBrowser();
    void startPassword();
    void startToken();
    void showWaiting(const QString &text);
    void onBrowserUrl(const QUrl &url);
    void onSucceeded(const SignInOutcome &outcome);
    void onFailed(const Error &error);
    void showError(const QString &message);
    void fitText();
    AccountSignIn::Target target() const;

    Accounts &m_accounts;
    AccountSignIn m_signIn;
    UrlOpener m_openUrl;
    int m_browserTimeoutMs = 5 * 60 * 1000;
    std::optional<Account> m_again;
    QUrl m_serverUrl;
    QUrl m_browserUrl;
    std::optional<SignInOutcome> m_outcome;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_server = nullptr;
    QPushButton *m_continue = nullptr;
    QToolButton *m_advancedButton = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_redirectPort = nullptr;
    QLabel *m_methodIntro = nullptr;
    QTabWidget *m_methods = nullptr;
    QPushButton *m_browserButton = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_tokenButton = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_waitingUrl = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_copyAddress = nullptr;
    QPushButton *m_cancelWait = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace coursedesk
