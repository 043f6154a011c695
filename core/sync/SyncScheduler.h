#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QTimer>

namespace coursedesk {

class LearnerState;

// Runs the sync in the background: at start, when the network comes back, every few minutes, shortly
// after each local action (debounced), and when a wait (backoff, Retry-After) is over. It never blocks:
// the engine is asynchronous on the caller's event loop. It publishes what it is doing (statusChanged); the
// last successful sync's time is kept in the account's cache.
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

    SyncScheduler(LearnerState &state, SyncEngine &engine, Options options, QObject *parent = nullptr);

    // Starts the background runs (at once, then on every trigger above). Until then the scheduler does nothing by
    // itself; syncNow() and setOnline() work all the same.
    void start();
    void syncNow();
    // How often to sync in the background (the user's preference); applies from now on, at least 1 minute.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_interval.interval() / 60'000; }
    // Connectivity as the platform reports it (tests call it directly). Going online syncs at once.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    const SyncStatus &status() const { return m_status; }

signals:
    void statusChanged(const coursedesk::SyncStatus &status);

private:
    void onFinished(const SyncReport &report);
    void publish(SyncStatus status);

    LearnerState &m_state;
    SyncEngine &m_engine;
    SyncStatus m_status;
    Options m_options;
    QTimer m_interval;
    QTimer m_debounce;
    QTimer m_retry;
    bool m_online = true;
    bool m_started = false;      // start() was called: local actions start runs by themselves
    bool m_again = false;        // a request arrived while a run was going
    bool m_changedInRun = false; // the outbox changed while a run was going (the engine's confirmations too)
};

} // namespace coursedesk
