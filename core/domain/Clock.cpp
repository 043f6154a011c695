#include "domain/Clock.h"

namespace coursedesk {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace coursedesk
