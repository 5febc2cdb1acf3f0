// TaskContext: what a running task sees: where to report progress and whether to stop.
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace atelier {

class TaskContext
{
public:
    using ProgressSink = std::function<void(std::int64_t done, std::int64_t total, const QString &status)>;

    TaskContext() = default;
    explicit TaskContext(ProgressSink sink) : m_sink(std::move(sink)) {}

    // Long loops call this between steps and stop early (returning an error) when it is true.
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

    // `total` 0 means the amount of work is not known yet.
    void setProgress(std::int64_t done, std::int64_t total, const QString &status = {}) const
    {
        if (m_sink)
            m_sink(done, total, status);
    }

private:
    ProgressSink m_sink;
    std::atomic<bool> m_canceled{false};
};

} // namespace atelier
