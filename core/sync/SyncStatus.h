#pragma once

#include <QDateTime>
#include <QString>

namespace coursedesk {

// What the background sync is doing, for the status area and the CLI (SyncScheduler publishes it).
struct SyncStatus final
{
    enum class State
    {
        Idle,
        Syncing,      // done of total steps
        Offline,      // no network
        Waiting,      // until waitingUntil: backoff or the server's Retry-After
        NeedsSignIn,  // the server refused the sign-in; actions stay queued
        LocalFailure, // the local cache could not be read or written; actions stay queued
    };
    State state = State::Idle;
    int done = 0;
    int total = 0;
    QDateTime waitingUntil;
    QDateTime lastSynced; // the last run that reached the server without failing
    QString message;      // the last problem, for people

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

QString toWire(SyncStatus::State state);

} // namespace coursedesk
