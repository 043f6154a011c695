#pragma once

#include "session/CourseSession.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QTimer>

namespace coursedesk {

// Runs the sync in the background: at start, when the network comes back, every few minutes, shortly
// after each local action (debounced), and when a wait (backoff, Retry-After) is over. It never blocks:
// the engine is asynchronous on the caller's event loop. The result goes to CourseSession::syncStatus().
class SyncScheduler final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalMinutes = 15;
        int debounceMs = 3'000;
        bool watchConnectivity = true; // QNetworkInformation, where the platform has a backend
    };

    SyncScheduler(CourseSession &session, SyncEngine &engine, Options options, QObject *parent = nullptr);

    void start();
    void syncNow();
    // How often to sync in the background (the user's preference); applies from now on, at least 1 minute.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_interval.interval() / 60'000; }
    // Connectivity as the platform reports it (tests call it directly). Going online syncs at once.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

private:
    void onFinished(const SyncReport &report);
    void publish(SyncStatus status);

    CourseSession &m_session;
    SyncEngine &m_engine;
    Options m_options;
    QTimer m_interval;
    QTimer m_debounce;
    QTimer m_retry;
    bool m_online = true;
    bool m_again = false;        // a request arrived while a run was going
    bool m_changedInRun = false; // the outbox changed while a run was going (the engine's confirmations too)
};

} // namespace coursedesk
