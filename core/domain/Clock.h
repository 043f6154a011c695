#pragma once

#include <QDateTime>

namespace coursedesk {

// "Now", injected. Nothing in core reads the system clock except SystemClock.
class Clock
{
public:
    virtual ~Clock();
    [[nodiscard]] virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

// The server's clock as estimated from its Date headers: another clock plus an offset.
// Access rules are evaluated against this, so a wrong local clock neither locks nor unlocks content.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const Clock &base, qint64 offsetMs = 0) : m_base(base), m_offsetMs(offsetMs) {}

    [[nodiscard]] QDateTime now() const override { return m_base.now().addMSecs(m_offsetMs); }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    [[nodiscard]] qint64 offsetMs() const { return m_offsetMs; }

private:
    const Clock &m_base;
    qint64 m_offsetMs;
};

// How long a single-shot QTimer should wait to fire at `at`, as seen from `now`: never negative, and at most a
// day, so that it fits QTimer's int milliseconds and a far instant is reached in steps (the timer re-arms and
// asks again). One millisecond past `at`, so that the instant itself has come when it fires.
int timerDelayMs(const QDateTime &now, const QDateTime &at);

} // namespace coursedesk
