#include "sync/SyncStatus.h"

#include "domain/WireNames.h"

namespace coursedesk {

namespace {

constexpr auto states = wireNames<SyncStatus::State>({
    {SyncStatus::State::Idle, u"idle"},
    {SyncStatus::State::Syncing, u"syncing"},
    {SyncStatus::State::Offline, u"offline"},
    {SyncStatus::State::Waiting, u"waiting"},
    {SyncStatus::State::NeedsSignIn, u"needs_sign_in"},
    {SyncStatus::State::LocalFailure, u"local_failure"},
});

} // namespace

QString toWire(SyncStatus::State state)
{
    return states.name(state);
}

} // namespace coursedesk
