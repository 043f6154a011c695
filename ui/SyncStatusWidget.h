#pragma once

#include "session/CourseSession.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;

namespace coursedesk {

class PendingActionsModel;

// Always visible: online/offline, syncing n of m, last synced, how many actions wait, errors; a
// "Sync now" button and the list of pending and rejected actions with their reasons.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(CourseSession &session, QWidget *parent = nullptr);

    QString statusText() const;
    QString pendingText() const;
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *detailsButton() const { return m_details; }
    PendingActionsModel *pendingModel() const { return m_model; }

    // The list of pending and rejected actions, with "Dismiss rejected action" (deleted on close).
    QDialog *detailsDialog();

    static QString describe(const SyncStatus &status, CourseSession::Kind kind, const QLocale &locale = {});

signals:
    void syncRequested();

public slots:
    void refresh();
    void showDetails();

private:
    CourseSession &m_session;
    QLabel *m_status;
    QLabel *m_pending;
    QPushButton *m_syncNow;
    QPushButton *m_details;
    PendingActionsModel *m_model;
};

} // namespace coursedesk
