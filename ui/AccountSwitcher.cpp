#include "AccountSwitcher.h"

#include "AddAccountDialog.h"
#include "LiteralText.h"

#include "storage/LearnerState.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace coursedesk {

using namespace Qt::StringLiterals;

AccountSwitcher::AccountSwitcher(Accounts &accounts, CredentialStore &store, const Clock &clock,
                                 QNetworkAccessManager &network, QWidget *parent)
    : QToolButton(parent)
    , m_accounts(accounts)
    , m_store(store)
    , m_clock(clock)
    , m_network(network)
    , m_signOut(accounts, store, clock)
    , m_menu(new QMenu(this))
    , m_add(new QAction(tr("&Add account…"), this))
    , m_again(new QAction(tr("Sign &in again…"), this))
    , m_signOutAction(new QAction(tr("Sign &out…"), this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Its name is its text, the account's; what it is for is its description.
    setAccessibleDescription(tr("Accounts"));
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &AccountSwitcher::reload);
    connect(m_add, &QAction::triggered, this, &AccountSwitcher::addAccount);
    connect(m_again, &QAction::triggered, this, &AccountSwitcher::signInAgain);
    connect(m_signOutAction, &QAction::triggered, this, &AccountSwitcher::signOut);
    reload();
}

void AccountSwitcher::setCurrentAccount(const QString &name, LearnerState *state)
{
    m_current = name;
    m_state = state;
    reload();
}

void AccountSwitcher::reload()
{
    m_menu->clear();
    const Result<QList<Account>> accounts = m_accounts.list();
    std::optional<Account> current;
    auto *group = new QActionGroup(m_menu);
    if (!accounts) {
        m_menu->addAction(literalText(accounts.error().message))->setEnabled(false);
    } else {
        for (const Account &account : *accounts) {
            const QString where =
                account.local ? tr("on this computer") : tr("%1 on %2").arg(account.userName, account.server.host());
            QAction *action = m_menu->addAction(literalText(tr("%1 (%2)").arg(account.name, where)));
            action->setCheckable(true);
            action->setChecked(account.name == m_current);
            action->setData(account.name);
            group->addAction(action);
            const QString name = account.name;
            connect(action, &QAction::triggered, this, [this, name] {
                if (name != m_current)
                    emit accountChosen(name);
            });
            if (account.name == m_current)
                current = account;
        }
    }
    m_menu->addSeparator();
    m_menu->addAction(m_add);
    const bool server = current && !current->local;
    m_again->setEnabled(server);
    m_signOutAction->setEnabled(server);
    m_signOutAction->setText(server ? tr("Sign &out of %1…").arg(current->name) : tr("Sign &out…"));
    m_menu->addAction(m_again);
    m_menu->addAction(m_signOutAction);
    setText(current ? current->name : tr("Accounts"));
    setToolTip(tr("Accounts"));
}

void AccountSwitcher::openDialog(const std::optional<Account> &again)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new AddAccountDialog(m_accounts, m_store, m_clock, m_network, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (again)
        m_dialog->setSignInAgain(*again);
    connect(m_dialog, &AddAccountDialog::signedIn, this, [this](const SignInOutcome &outcome) {
        reload();
        emit signedIn(outcome);
    });
    m_dialog->open();
}

void AccountSwitcher::addAccount()
{
    openDialog(std::nullopt);
}

void AccountSwitcher::signInAgain()
{
    const Result<Account> account = m_accounts.find(m_current);
    if (!account || account->local)
        return;
    openDialog(*account);
}

AccountSignOut::Queued AccountSwitcher::askAboutQueued(int queued, bool *cancelled)
{
    QMessageBox box(QMessageBox::Warning, tr("Sign out of %1").arg(m_current),
                    tr("%n action(s) of %1 have not reached the server yet.", nullptr, queued).arg(m_current),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Keep them to send them after you sign in again, or discard them: the lessons go back "
                              "to what the server has."));
    QPushButton *keep = box.addButton(tr("&Keep and sign out"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard and sign out"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    *cancelled = box.clickedButton() != keep && box.clickedButton() != discard;
    return box.clickedButton() == discard ? AccountSignOut::Queued::Discard : AccountSignOut::Queued::Keep;
}

void AccountSwitcher::signOut()
{
    const QString name = m_current;
    const Result<int> queued = m_signOut.queuedActions(name, m_state);
    if (!queued) {
        QMessageBox::warning(this, tr("Sign out"), queued.error().message);
        return;
    }
    AccountSignOut::Queued mode = AccountSignOut::Queued::Keep;
    if (*queued > 0) {
        bool cancelled = false;
        mode = askAboutQueued(*queued, &cancelled);
        if (cancelled)
            return;
    }
    const QPointer<AccountSwitcher> self(this);
    m_signOut.signOut(name, mode, m_state, [self, name](Status done) {
        if (!self)
            return;
        if (!done) {
            QMessageBox::warning(self, tr("Sign out"), done.error().message);
            return;
        }
        self->reload();
        emit self->signedOut(name);
    });
}

} // namespace coursedesk
