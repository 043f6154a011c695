#pragma once

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace coursedesk::test {

// Runs an asynchronous call with a completion callback to its end on a local event loop
// (at most timeoutMs; an empty optional means it never called back).
template <typename T, typename Start>
std::optional<T> await(Start start, int timeoutMs = 20'000)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

} // namespace coursedesk::test
