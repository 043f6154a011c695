#include "sync/SyncScheduler.h"

#include "domain/Logging.h"
#include "storage/LearnerState.h"

#include <QNetworkInformation>

namespace coursedesk {

SyncScheduler::SyncScheduler(LearnerState &state, SyncEngine &engine, Options options, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_engine(engine)
    , m_options(options)
{
    m_status.lastSynced = m_state.lastSynced();
    m_interval.setInterval(std::max(1, m_options.intervalMinutes) * 60 * 1000);
    connect(&m_interval, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncScheduler::syncNow);

    connect(&m_state, &LearnerState::outboxChanged, this, [this] {
        if (!m_started) // not running in the background (the CLI, a window not shown yet): nothing by itself
            return;
        if (!m_engine.isRunning())
            m_debounce.start();
        else
            m_changedInRun = true;
    });
    connect(&m_engine, &SyncEngine::progress, this, [this](int done, int total) {
        SyncStatus status = m_status;
        status.state = SyncStatus::State::Syncing;
        status.done = done;
        status.total = total;
        publish(status);
    });
    connect(&m_engine, &SyncEngine::finished, this, &SyncScheduler::onFinished);
}

void SyncScheduler::start()
{
    m_started = true;
    if (m_options.watchConnectivity &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_online = info->reachability() != QNetworkInformation::Reachability::Disconnected;
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
                });
    }
    m_interval.start();
    syncNow();
}

void SyncScheduler::setIntervalMinutes(int minutes)
{
    m_options.intervalMinutes = std::max(1, minutes);
    m_interval.setInterval(m_options.intervalMinutes * 60 * 1000); // a running timer restarts with it
}

void SyncScheduler::setOnline(bool online)
{
    const bool cameBack = online && !m_online;
    m_online = online;
    if (!online) {
        SyncStatus status = m_status;
        status.state = SyncStatus::State::Offline;
        publish(status);
        return;
    }
    if (cameBack)
        syncNow();
}

void SyncScheduler::syncNow()
{
    m_debounce.stop();
    m_retry.stop();
    if (!m_online) {
        SyncStatus status = m_status;
        status.state = SyncStatus::State::Offline;
        publish(status);
        return;
    }
    if (m_engine.isRunning()) {
        m_again = true;
        return;
    }
    SyncStatus status = m_status;
    status.state = SyncStatus::State::Syncing;
    status.done = 0;
    status.total = 0;
    publish(status);
    m_engine.run(0, SyncEngine::Trigger::Background);
}

void SyncScheduler::onFinished(const SyncReport &report)
{
    SyncStatus status = m_status;
    status.done = status.total;
    status.waitingUntil = report.waitingUntil;
    status.message = report.failure ? report.failure->message : QString();
    if (report.authFailed) {
        status.state = SyncStatus::State::NeedsSignIn;
    } else if (report.localFailure) {
        // Nothing was lost or refused: the actions wait, and the learner reads why (a busy or read-only cache).
        status.state = SyncStatus::State::LocalFailure;
        status.message = tr("CourseDesk could not write to its local cache: %1").arg(report.localFailure->message);
    } else if (report.waitingUntil.isValid()) {
        status.state = SyncStatus::State::Waiting;
        m_retry.start(timerDelayMs(m_state.clock().now(), report.waitingUntil));
    } else if (report.failure && report.failure->kind == ApiError::Kind::Network) {
        status.state = SyncStatus::State::Offline;
    } else {
        status.state = SyncStatus::State::Idle;
    }
    if (!report.failure && !report.localFailure)
        status.lastSynced = m_state.clock().now();
    publish(status);
    // Again only for what this run left: a sync asked for meanwhile, or a learner action still queued (the
    // engine's own confirmations change the outbox too, and need no second run).
    const bool requested = std::exchange(m_again, false);
    const bool actionQueued = std::exchange(m_changedInRun, false) && report.pending > 0;
    if ((requested || actionQueued) && !report.authFailed && !report.waitingUntil.isValid())
        m_debounce.start();
}

void SyncScheduler::publish(SyncStatus status)
{
    if (status == m_status)
        return;
    if (status.lastSynced.isValid() && status.lastSynced != m_status.lastSynced) {
        if (Status saved = m_state.setLastSynced(status.lastSynced); !saved)
            qCWarning(lcSync) << "cannot save the last sync time:" << saved.error().message;
    }
    m_status = status;
    emit statusChanged(m_status);
}

} // namespace coursedesk
