#include "AddAccountDialog.h"

#include "Accessibility.h"

#include "remote/ApiClient.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace coursedesk {

using namespace Qt::StringLiterals;

AddAccountDialog::AddAccountDialog(Accounts &accounts, CredentialStore &store, const Clock &clock,
                                   QNetworkAccessManager &network, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_signIn(accounts, store, clock, network)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Add an account"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setObjectName(u"addAccountError"_s);
    m_error->setAccessibleDescription(tr("Problem")); // its name is its text, announced when it appears
    m_error->hide();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildServerPage());
    m_pages->addWidget(buildMethodPage());
    m_pages->addWidget(buildWaitingPage());
    m_pages->addWidget(buildDonePage());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);

    connect(&m_signIn, &AccountSignIn::browserAuthorizationUrl, this, &AddAccountDialog::onBrowserUrl);
    connect(&m_signIn, &AccountSignIn::succeeded, this, &AddAccountDialog::onSucceeded);
    connect(&m_signIn, &AccountSignIn::failed, this, &AddAccountDialog::onFailed);
}

AddAccountDialog::~AddAccountDialog()
{
    m_signIn.cancel();
}

QWidget *AddAccountDialog::buildServerPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Where are your courses? Enter your course server's address and a name for this "
                                "account on this computer."),
                             page);
    intro->setWordWrap(true);
    m_server = new QLineEdit(page);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("https://courses.example.org"));
    m_server->setAccessibleName(tr("Server address"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. school"));
    m_name->setAccessibleName(tr("Account name"));
    m_continue = new QPushButton(tr("Continue"), page);
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), page);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Name:"), m_name);

    // Advanced: how the community registered CourseDesk as an OAuth app. Collapsed: most servers need neither.
    m_advancedButton = new QToolButton(page);
    m_advancedButton->setObjectName(u"advancedButton"_s);
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advanced = new QWidget(page);
    m_advanced->setObjectName(u"advancedSection"_s);
    auto *advancedText = new QLabel(tr("Ask your community's administrator whether CourseDesk was registered as an "
                                       "app there: if so, enter its client ID and, to sign in with the browser, the "
                                       "port of its redirect address. Otherwise leave both empty."),
                                    m_advanced);
    advancedText->setWordWrap(true);
    m_clientId = new QLineEdit(m_advanced);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setPlaceholderText(QString::fromLatin1(ApiClient::defaultClientId));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_redirectPort = new QLineEdit(m_advanced);
    m_redirectPort->setObjectName(u"redirectPortEdit"_s);
    m_redirectPort->setPlaceholderText(tr("any free port"));
    m_redirectPort->setAccessibleName(tr("Redirect port"));
    auto *advancedForm = new QFormLayout;
    advancedForm->addRow(tr("&Client ID:"), m_clientId);
    advancedForm->addRow(tr("Redirect &port:"), m_redirectPort);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addWidget(advancedText);
    advancedLayout->addLayout(advancedForm);
    m_advanced->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_advancedButton, &QAbstractButton::toggled, this, &AddAccountDialog::showAdvanced);
    connect(m_clientId, &QLineEdit::returnPressed, this, &AddAccountDialog::goToMethods);
    connect(m_redirectPort, &QLineEdit::returnPressed, this, &AddAccountDialog::goToMethods);

    connect(m_continue, &QPushButton::clicked, this, &AddAccountDialog::goToMethods);
    connect(m_server, &QLineEdit::returnPressed, this, &AddAccountDialog::goToMethods);
    connect(m_name, &QLineEdit::returnPressed, this, &AddAccountDialog::goToMethods);
    connect(cancel, &QPushButton::clicked, this, &AddAccountDialog::reject);
    return page;
}

QWidget *AddAccountDialog::buildMethodPage()
{
    auto *page = new QWidget(this);
    m_methodIntro = new QLabel(page);
    m_methodIntro->setWordWrap(true);
    m_methods = new QTabWidget(page);
    m_methods->setObjectName(u"methodTabs"_s);
    m_methods->tabBar()->setUsesScrollButtons(false); // every way to sign in stays in sight, its name whole

    auto *browserTab = new QWidget(m_methods);
    auto *browserText = new QLabel(tr("Your browser opens the server's sign-in page. CourseDesk never sees your "
                                      "password."),
                                   browserTab);
    browserText->setWordWrap(true);
    m_browserButton = new QPushButton(tr("Sign &in with the browser"), browserTab);
    m_browserButton->setObjectName(u"browserButton"_s);
    auto *browserLayout = new QVBoxLayout(browserTab);
    browserLayout->addWidget(browserText);
    browserLayout->addWidget(m_browserButton);
    browserLayout->addStretch();
    m_methods->addTab(browserTab, tr("Browser"));

    auto *passwordTab = new QWidget(m_methods);
    m_user = new QLineEdit(passwordTab);
    m_user->setObjectName(u"userEdit"_s);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(passwordTab);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordButton = new QPushButton(tr("Sign in with &password"), passwordTab);
    m_passwordButton->setObjectName(u"passwordButton"_s);
    auto *passwordForm = new QFormLayout(passwordTab);
    passwordForm->addRow(tr("&User name:"), m_user);
    passwordForm->addRow(tr("Pass&word:"), m_password);
    passwordForm->addRow(QString(), m_passwordButton);
    m_methods->addTab(passwordTab, tr("Password"));

    auto *tokenTab = new QWidget(m_methods);
    m_token = new QLineEdit(tokenTab);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_tokenButton = new QPushButton(tr("Use this &access token"), tokenTab);
    m_tokenButton->setObjectName(u"tokenButton"_s);
    auto *tokenForm = new QFormLayout(tokenTab);
    tokenForm->addRow(tr("Access &token:"), m_token);
    tokenForm->addRow(QString(), m_tokenButton);
    m_methods->addTab(tokenTab, tr("Access token"));

    m_back = new QPushButton(tr("&Back"), page);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_methodIntro);
    layout->addWidget(m_methods);
    layout->addLayout(buttons);

    connect(m_browserButton, &QPushButton::clicked, this, &AddAccountDialog::startBrowser);
    connect(m_passwordButton, &QPushButton::clicked, this, &AddAccountDialog::startPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &AddAccountDialog::startPassword);
    connect(m_user, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus(Qt::TabFocusReason);
        else
            startPassword();
    });
    connect(m_tokenButton, &QPushButton::clicked, this, &AddAccountDialog::startToken);
    connect(m_token, &QLineEdit::returnPressed, this, &AddAccountDialog::startToken);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_pages->setCurrentIndex(int(Page::Server));
    });
    connect(cancel, &QPushButton::clicked, this, &AddAccountDialog::reject);
    return page;
}

QWidget *AddAccountDialog::buildWaitingPage()
{
    auto *page = new QWidget(this);
    m_waiting = new QLabel(page);
    m_waiting->setWordWrap(true);
    m_waitingUrl = new QLabel(page);
    m_waitingUrl->setWordWrap(true);
    m_waitingUrl->setTextFormat(Qt::PlainText);
    // The whole address, to select or copy into a browser by hand (a link showing only the host cannot be copied).
    m_address = new QLineEdit(page);
    m_address->setObjectName(u"browserAddress"_s);
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address to open in a browser"));
    m_copyAddress = new QPushButton(tr("&Copy"), page);
    m_copyAddress->setObjectName(u"copyAddress"_s);
    m_copyAddress->setAccessibleDescription(tr("Copy the address"));
    m_copyAddress->setAutoDefault(false);
    m_cancelWait = new QPushButton(tr("Cancel sign-in"), page);
    m_cancelWait->setObjectName(u"cancelWaitButton"_s);
    // Never the default: the Return that started the sign-in (in the password field) must not also cancel it.
    m_cancelWait->setAutoDefault(false);
    auto *address = new QHBoxLayout;
    address->addWidget(m_address, 1);
    address->addWidget(m_copyAddress);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_waiting);
    layout->addWidget(m_waitingUrl);
    layout->addLayout(address);
    layout->addStretch();
    layout->addWidget(m_cancelWait, 0, Qt::AlignRight);
    m_address->hide();
    m_copyAddress->hide();
    connect(m_cancelWait, &QPushButton::clicked, this, [this] { m_signIn.cancel(); });
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address->text());
        m_copyAddress->setText(tr("Copied"));
    });
    return page;
}

QWidget *AddAccountDialog::buildDonePage()
{
    auto *page = new QWidget(this);
    m_notice = new QLabel(page);
    m_notice->setWordWrap(true);
    m_close = new QPushButton(tr("OK"), page);
    m_close->setObjectName(u"closeButton"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notice);
    layout->addStretch();
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void AddAccountDialog::showAdvanced(bool shown)
{
    m_advancedButton->setChecked(shown);
    m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
}

Result<OAuthApp> AddAccountDialog::typedApp()
{
    OAuthApp app{m_clientId->text().trimmed(), 0};
    if (const QString port = m_redirectPort->text().trimmed(); !port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number < OAuthApp::lowestPort || number > 65535) {
            m_redirectPort->setFocus();
            return Error{
                u"bad_redirect_port"_s,
                tr("The redirect port must be a number from %1 to 65535, or empty.").arg(OAuthApp::lowestPort)};
        }
        app.redirectPort = quint16(number);
    }
    if (Status usable = app.check(); !usable) {
        m_clientId->setFocus();
        return usable.error();
    }
    return app;
}

void AddAccountDialog::setSignInAgain(const Account &account)
{
    m_again = account;
    setWindowTitle(tr("Sign in again"));
    m_name->setText(account.name);
    m_server->setText(account.server.toString());
    m_serverUrl = account.server;
    m_user->setText(account.userName);
    m_back->hide();
    m_methodIntro->setText(tr("Sign in to %1 again as %2. Actions waiting to be sent are kept.")
                               .arg(account.server.toString(), account.userName));
    m_error->hide();
    m_pages->setCurrentIndex(int(Page::Method));
}

AddAccountDialog::Page AddAccountDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString AddAccountDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AddAccountDialog::browserHint() const
{
    return m_address->isHidden() ? m_waitingUrl->text() : m_waitingUrl->text() + u' ' + m_address->text();
}

QString AddAccountDialog::noticeText() const
{
    return m_notice->text();
}

AccountSignIn::Target AddAccountDialog::target() const
{
    return m_again ? AccountSignIn::Target::ExistingAccount : AccountSignIn::Target::NewAccount;
}

void AddAccountDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Accessibility::announce(m_error);
    fitText();
}

void AddAccountDialog::fitText()
{
    // A wrapped label asks for its height only once it knows its width: grow the dialog so that no line is cut
    // (after "Cancel sign-in" the error and the method page's intro used to be clipped).
    layout()->activate();
    const QSize wanted = sizeHint().expandedTo(minimumSizeHint());
    if (wanted.height() > height() || wanted.width() > width())
        resize(size().expandedTo(wanted));
}

void AddAccountDialog::goToMethods()
{
    const Result<QUrl> server = AccountSignIn::normaliseServer(m_server->text());
    if (!server) {
        showError(server.error().message);
        m_server->setFocus();
        return;
    }
    const Result<QUrl> checked = m_signIn.check(AccountSignIn::Target::NewAccount, m_name->text().trimmed(), *server);
    if (!checked) {
        showError(checked.error().message);
        m_name->setFocus();
        return;
    }
    const Result<OAuthApp> app = typedApp();
    if (!app) {
        showAdvanced(true); // the field to correct is in view
        showError(app.error().message);
        return;
    }
    m_signIn.setNewAccountApp(*app);
    m_serverUrl = *server;
    m_server->setText(server->toString()); // what will be used, normalised
    m_methodIntro->setText(tr("Sign in to %1.").arg(server->toString()));
    m_error->hide();
    m_pages->setCurrentIndex(int(Page::Method));
}

void AddAccountDialog::showWaiting(const QString &text)
{
    m_error->hide();
    m_waiting->setText(text);
    m_waitingUrl->clear();
    m_address->clear();
    m_address->hide();
    m_copyAddress->hide();
    m_pages->setCurrentIndex(int(Page::Waiting));
}

void AddAccountDialog::startBrowser()
{
    showWaiting(tr("Waiting for your browser… Finish signing in there, then come back."));
    m_signIn.signInWithBrowser(target(), m_name->text().trimmed(), m_serverUrl, m_browserTimeoutMs);
}

void AddAccountDialog::startPassword()
{
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your user name and password."));
        return;
    }
    showWaiting(tr("Signing in…"));
    m_signIn.signInWithPassword(target(), m_name->text().trimmed(), m_serverUrl, m_user->text(), m_password->text());
}

void AddAccountDialog::startToken()
{
    if (m_token->text().trimmed().isEmpty()) {
        showError(tr("Paste an access token."));
        return;
    }
    showWaiting(tr("Signing in…"));
    m_signIn.signInWithToken(target(), m_name->text().trimmed(), m_serverUrl, m_token->text().trimmed().toUtf8());
}

void AddAccountDialog::onBrowserUrl(const QUrl &url)
{
    m_browserUrl = url;
    m_waitingUrl->setText(m_openUrl && m_openUrl(url)
                              ? tr("If your browser did not open, open this address in it:")
                              : tr("CourseDesk could not open a browser. Open this address in your browser yourself:"));
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_copyAddress->setText(tr("&Copy"));
    m_address->show();
    m_copyAddress->show();
    fitText();
}

void AddAccountDialog::onSucceeded(const SignInOutcome &outcome)
{
    m_outcome = outcome;
    m_password->clear();
    m_token->clear();
    emit signedIn(outcome);
    if (outcome.persistent) {
        accept();
        return;
    }
    // Memory only: the user must know before the dialog goes.
    m_notice->setText(
        tr("You are signed in to %1 as %2.").arg(outcome.account.server.toString(), outcome.account.userName) +
        u"\n\n"_s + outcome.storageWarning);
    m_pages->setCurrentIndex(int(Page::Done));
}

void AddAccountDialog::onFailed(const Error &error)
{
    m_pages->setCurrentIndex(int(Page::Method));
    showError(error.message);
    m_methods->currentWidget()->setFocus(); // not left on the hidden page's button
}

void AddAccountDialog::reject()
{
    m_signIn.cancel();
    QDialog::reject();
}

} // namespace coursedesk
