#include "sync/RetryPolicy.h"

#include <algorithm>

namespace coursedesk {

RetryPolicy::RetryPolicy(Options options, std::function<quint32()> random)
    : m_options(options)
    , m_random(std::move(random))
{
}

qint64 RetryPolicy::ceilingMs(int tries) const
{
    const int exponent = std::clamp(tries - 1, 0, 30);
    const qint64 grown = m_options.baseMs << exponent; // base × 2^(tries-1); 30 keeps it in range
    return std::min(m_options.capMs, grown);
}

qint64 RetryPolicy::delayMs(int tries) const
{
    const qint64 ceiling = ceilingMs(tries);
    if (ceiling <= 0)
        return 0;
    return qint64((quint64(m_random()) * quint64(ceiling)) >> 32); // uniform in [0, ceiling)
}

} // namespace coursedesk
