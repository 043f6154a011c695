#pragma once

#include "session/AccountSignIn.h"
#include "session/AccountSignOut.h"

#include <QPointer>
#include <QToolButton>

class QMenu;
class QNetworkAccessManager;

namespace coursedesk {

class AddAccountDialog;
class LearnerState;

// The account button of the window: its menu lists the accounts (the current one checked), then "Add
// account…", "Sign in again…" and "Sign out…" for the current server account. Signing out removes the
// account's tokens only; when actions still wait for the server it asks first: keep them (sent after the next
// sign-in), discard them, or cancel.
class AccountSwitcher final : public QToolButton
{
    Q_OBJECT

public:
    AccountSwitcher(Accounts &accounts, CredentialStore &store, const Clock &clock, QNetworkAccessManager &network,
                    QWidget *parent = nullptr);

    // The account the window shows, with its open session (used to count and discard queued actions;
    // may be null, then the account's cache file is read).
    void setCurrentAccount(const QString &name, LearnerState *state = nullptr);
    QString currentAccount() const { return m_current; }
    QMenu *accountMenu() const { return m_menu; }
    // The add-account or sign-in-again dialog while it is open.
    AddAccountDialog *openDialog() const { return m_dialog; }
    QAction *addAccountAction() const { return m_add; }
    QAction *signInAgainAction() const { return m_again; }
    QAction *signOutAction() const { return m_signOutAction; }

signals:
    void accountChosen(const QString &name);
    // From the add-account dialog: a new account, or (outcome.signedInAgain) the current one signed in again.
    void signedIn(const coursedesk::SignInOutcome &outcome);
    void signedOut(const QString &name);

public slots:
    void reload();
    void addAccount();
    void signInAgain();
    void signOut();

private:
    void openDialog(const std::optional<Account> &again);
    AccountSignOut::Queued askAboutQueued(int queued, bool *cancelled);

    Accounts &m_accounts;
    CredentialStore &m_store;
    const Clock &m_clock;
    QNetworkAccessManager &m_network;
    AccountSignOut m_signOut;
    QString m_current;
    QPointer<LearnerState> m_state; // the open account's, for signing out with its queue
    QMenu *m_menu;
    QAction *m_add;
    QAction *m_again;
    QAction *m_signOutAction;
    QPointer<AddAccountDialog> m_dialog;
};

} // namespace coursedesk
