#pragma once

#include <QList>

#include <functional>

namespace coursedesk {

// Runs asynchronous tasks with at most N in flight. A task receives a callback to call when it is done;
// `drained` runs once when every task added has finished.
class TaskQueue final
{
public:
    using Task = std::function<void(std::function<void()> done)>;

    explicit TaskQueue(int maxInFlight) : m_max(std::max(1, maxInFlight)) {}

    void add(Task task) { m_waiting.append(std::move(task)); }
    void run(std::function<void()> drained)
    {
        m_drained = std::move(drained);
        pump();
    }
    void clear() { m_waiting.clear(); }
    int inFlight() const { return m_inFlight; }

private:
    void pump()
    {
        while (m_inFlight < m_max && !m_waiting.isEmpty()) {
            ++m_inFlight;
            Task task = m_waiting.takeFirst();
            task([this] {
                --m_inFlight;
                pump();
            });
        }
        if (m_inFlight == 0 && m_waiting.isEmpty() && m_drained)
            std::exchange(m_drained, nullptr)();
    }

    int m_max;
    int m_inFlight = 0;
    QList<Task> m_waiting;
    std::function<void()> m_drained;
};

} // namespace coursedesk
