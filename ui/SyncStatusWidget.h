#pragma once

#include "session/CourseSession.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;

namespace coursedesk {

class PendingActionsModel;

// Always visible: online/offline, syncing n of m, last synced, how many actions wait, errors; a
// "Sync now" button and the list of pending and rejected actions (named by their lessons) with their reasons.
// When the server wants a new sign-in, "Sign in…" is there, and "Sync now" asks for it too; when the sign-in is
// kept in memory only (no keychain), a note says so.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(CourseSession &session, QWidget *parent = nullptr);

    // No keychain: the sign-in lasts until CourseDesk closes (the note explains it).
    void setSignInKeptInMemory(bool memoryOnly);

    // The list of pending and rejected actions, with "Dismiss rejected action" (deleted on close).
    QDialog *detailsDialog();

    static QString describe(const SyncStatus &status, CourseSession::Kind kind, const QLocale &locale = {});

signals:
    void syncRequested();
    void signInRequested();

public slots:
    void refresh();
    void showDetails();

private:
    CourseSession &m_session;
    QLabel *m_status;
    int m_rejectedShown = 0; // a new rejection is announced
    QLabel *m_pending;
    QLabel *m_memoryOnly;
    QPushButton *m_signIn;
    QPushButton *m_syncNow;
    QPushButton *m_details;
    PendingActionsModel *m_model;
};

} // namespace coursedesk
