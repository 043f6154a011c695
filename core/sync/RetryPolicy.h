#pragma once

#include <QtGlobal>

#include <functional>

namespace coursedesk {

// When to try a failed action again: exponential backoff with full jitter (a uniform wait in
// [0, min(cap, base × 2^tries))), so clients that failed together do not return together.
// The cap is 15 minutes by default: an outage never makes a learner wait longer than that.
class RetryPolicy final
{
public:
    struct Options
    {
        qint64 baseMs = 2'000;
        qint64 capMs = 15 * 60 * 1'000;
    };

    // random() returns a uniformly distributed 32-bit number (injected: tests pass a fixed sequence).
    RetryPolicy(Options options, std::function<quint32()> random);

    // The wait before the next try, after `tries` tries have failed (1 for the first failure).
    qint64 delayMs(int tries) const;
    qint64 ceilingMs(int tries) const; // the upper bound of that wait
    const Options &options() const { return m_options; }

private:
    Options m_options;
    std::function<quint32()> m_random;
};

} // namespace coursedesk
