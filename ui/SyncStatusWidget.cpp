#include "SyncStatusWidget.h"

#include "Accessibility.h"
#include "PendingActionsModel.h"

#include "domain/ServerText.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coursedesk {

SyncStatusWidget::SyncStatusWidget(CourseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_memoryOnly(new QLabel(tr("Sign-in not saved"), this))
    , m_signIn(new QPushButton(tr("Sign in…"), this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_details(new QPushButton(tr("Details…"), this))
    , m_model(new PendingActionsModel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("syncState"));
    m_status->setAccessibleDescription(tr("Sync state")); // its name is its text
    m_pending->setObjectName(QStringLiteral("pendingActions"));
    m_pending->setAccessibleDescription(tr("Actions waiting to be sent"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_details->setObjectName(QStringLiteral("syncDetailsButton"));
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    m_signIn->setAccessibleDescription(tr("Sign in to send your work"));
    m_signIn->hide();
    m_memoryOnly->setObjectName(QStringLiteral("memoryOnlyNote"));
    m_model->setObjectName(QStringLiteral("pendingActionsModel"));
    m_memoryOnly->setToolTip(tr("No system keychain is available, so your sign-in is kept in memory only: you will "
                                "be asked to sign in again the next time you start CourseDesk."));
    m_memoryOnly->setAccessibleDescription(m_memoryOnly->toolTip());
    m_memoryOnly->hide();
    m_details->setAccessibleDescription(tr("Show the actions waiting to be sent and the rejected ones"));
    layout->addWidget(m_status, 1);
    layout->addWidget(m_memoryOnly);
    layout->addWidget(m_pending);
    layout->addWidget(m_details);
    layout->addWidget(m_signIn);
    layout->addWidget(m_syncNow);
    const bool server = session.kind() == CourseSession::Kind::Server;
    m_syncNow->setVisible(server);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        // Syncing cannot work without a sign-in: the button leads to it.
        if (m_session.syncStatus().state == SyncStatus::State::NeedsSignIn)
            emit signInRequested();
        else
            emit syncRequested();
    });
    connect(m_signIn, &QPushButton::clicked, this, &SyncStatusWidget::signInRequested);
    connect(m_details, &QPushButton::clicked, this, &SyncStatusWidget::showDetails);
    connect(&session, &CourseSession::syncStatusChanged, this, &SyncStatusWidget::refresh);
    connect(&session, &CourseSession::outboxChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::describe(const SyncStatus &status, CourseSession::Kind kind, const QLocale &locale)
{
    if (kind == CourseSession::Kind::Local)
        return tr("On this computer only: nothing to sync.");
    const QString last =
        status.lastSynced.isValid()
            ? tr("last synced %1").arg(locale.toString(status.lastSynced.toLocalTime(), QLocale::ShortFormat))
            : tr("never synced");
    switch (status.state) {
    case SyncStatus::State::Idle:
        return tr("Online · %1").arg(last);
    case SyncStatus::State::Syncing:
        return status.total > 0 ? tr("Syncing %1 of %2…").arg(status.done).arg(status.total) : tr("Syncing…");
    case SyncStatus::State::Offline:
        return tr("Offline · %1 · your work is kept and sent later").arg(last);
    case SyncStatus::State::Waiting:
        return tr("Server unavailable · next try at %1 · %2")
            .arg(locale.toString(status.waitingUntil.toLocalTime().time(), QLocale::ShortFormat),
                 ServerText::sentence(status.message));
    case SyncStatus::State::NeedsSignIn:
        return tr("Sign in again to send your work · nothing is lost");
    case SyncStatus::State::LocalFailure:
        // The scheduler's message says what failed; the work is kept.
        return tr("%1 · your work is kept and sent later").arg(status.message);
    }
    return {};
}

void SyncStatusWidget::setSignInKeptInMemory(bool memoryOnly)
{
    m_memoryOnly->setVisible(memoryOnly && m_session.kind() == CourseSession::Kind::Server);
}

void SyncStatusWidget::refresh()
{
    // A failure is said at once; the rest (syncing, online) only changes the label's name.
    const SyncStatus::State state = m_session.syncStatus().state;
    const bool failed = state == SyncStatus::State::Offline || state == SyncStatus::State::Waiting ||
                        state == SyncStatus::State::NeedsSignIn || state == SyncStatus::State::LocalFailure;
    Accessibility::setStatusText(m_status, describe(m_session.syncStatus(), m_session.kind(), locale()), failed);
    const bool signIn = m_session.syncStatus().state == SyncStatus::State::NeedsSignIn;
    m_signIn->setVisible(signIn && m_session.kind() == CourseSession::Kind::Server);
    m_syncNow->setToolTip(signIn ? tr("Sign in first: the server needs a new sign-in.") : tr("F5"));
    Result<QList<OutboxEntry>> entries = m_session.pendingActions();
    if (!entries) {
        Accessibility::setStatusText(m_pending, entries.error().message, true);
        return;
    }
    m_model->setEntries(*entries, m_session.lessonNames(*entries));
    const int rejected = m_model->rejectedCount();
    const int waiting = int(entries->size()) - rejected;
    QStringList parts;
    if (waiting > 0)
        parts << tr("%1 waiting").arg(waiting);
    if (rejected > 0)
        parts << tr("%1 rejected").arg(rejected);
    Accessibility::setStatusText(m_pending, parts.join(QStringLiteral(" · ")), rejected > m_rejectedShown);
    m_rejectedShown = rejected;
    m_details->setVisible(!entries->isEmpty());
}

void SyncStatusWidget::showDetails()
{
    detailsDialog()->open();
}

QDialog *SyncStatusWidget::detailsDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("syncDetails"));
    dialog->setWindowTitle(tr("Actions not yet accepted by the server"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableView(dialog);
    table->setModel(m_model);
    table->setAccessibleName(tr("Actions waiting or rejected"));
    // Each action and lesson on one line; the reason, the longest, wraps in the room left.
    QHeaderView *header = table->horizontalHeader();
    for (int column : {int(PendingActionsModel::ActionColumn), int(PendingActionsModel::LessonColumn),
                       int(PendingActionsModel::StateColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PendingActionsModel::ReasonColumn, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    table->setObjectName(QStringLiteral("pendingActionsTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *dismiss = buttons->addButton(tr("Dismiss rejected action"), QDialogButtonBox::ActionRole);
    dismiss->setEnabled(false);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, dialog,
            [dismiss](const QModelIndex &current) {
                dismiss->setEnabled(current.data(PendingActionsModel::RejectedRole).toBool());
            });
    connect(dismiss, &QPushButton::clicked, dialog, [this, table, dismiss] {
        const qint64 id = table->currentIndex().data(PendingActionsModel::EntryIdRole).toLongLong();
        if (Status dismissed = m_session.dismiss(id); !dismissed)
            Accessibility::setStatusText(m_status, dismissed.error().message, true);
        dismiss->setEnabled(false);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, 320);
    return dialog;
}

} // namespace coursedesk
