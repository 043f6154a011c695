#include "FakeClock.h"

namespace coursedesk::test {

FakeClock::FakeClock(QDateTime now)
    : m_now(now.toUTC())
{
}

} // namespace coursedesk::test
