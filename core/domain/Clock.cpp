#include "domain/Clock.h"

#include <algorithm>

namespace coursedesk {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

int timerDelayMs(const QDateTime &now, const QDateTime &at)
{
    constexpr qint64 maxStepMs = 24LL * 60 * 60 * 1000;
    return int(std::clamp<qint64>(now.msecsTo(at) + 1, 0, maxStepMs));
}

} // namespace coursedesk
