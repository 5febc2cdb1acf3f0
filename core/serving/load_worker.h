// LoadWorker: one load generator thread: a curl multi handle driving its share of the connections.
#pragma once

#include "core/result.h"
#include "core/serving/load_generator.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace atelier {

// What the threads of one test share.
struct LoadPlan
{
    using Clock = std::chrono::steady_clock;

    explicit LoadPlan(const LoadSettings &s) : settings(s) {}

    // Called once every thread's connections are set up, before any thread runs.
    void begin(Clock::time_point t0)
    {
        start = t0;
        if (settings.duration)
            deadline = t0 + *settings.duration;
    }

    const LoadSettings &settings;
    Clock::time_point start;
    std::optional<Clock::time_point> deadline;
    std::atomic<std::int64_t> claimed{0};  // closed loop, count mode: requests handed out so far
    std::atomic<std::int64_t> finished{0}; // all threads, for progress
    std::atomic<bool> stop{false};
};

// Built on the calling thread (so that setup failures come back before any thread starts), then
// run() on a thread of its own. Closed loop: each connection sends again as soon as its answer
// came. Open loop: thread `index` of T sends requests index, index + T, index + 2T, ... of the
// global schedule t0 + i/rate on whichever of its connections is free; a request that finds all
// busy waits, and its latency counts from the time it was due.
class LoadWorker
{
    Q_DECLARE_TR_FUNCTIONS(LoadWorker)

public:
    using Clock = LoadPlan::Clock;

    [[nodiscard]] static Result<std::unique_ptr<LoadWorker>> create(LoadPlan &plan, int index, int connections);
    ~LoadWorker();
    LoadWorker(const LoadWorker &) = delete;
    LoadWorker &operator=(const LoadWorker &) = delete;

    // Sends and collects until the plan's end, or until plan.stop is set and wake() called.
    void run();
    // Interrupts a wait in run(); safe from any thread.
    void wake();

    // After run(): what this thread saw (requests, errors, latencies; no elapsed time).
    const LoadResult &tally() const { return m_tally; }
    // The time of the last answer counted, for the elapsed time in count mode.
    Clock::time_point lastFinish() const { return m_lastFinish; }

private:
    struct Connection;
    struct Handles;

    LoadWorker(LoadPlan &plan, int index);
    bool isDone(Clock::time_point now) const;
    // Sends on idle connections what is due; returns how many.
    int launchAll(Clock::time_point now);
    bool nextRequest(Clock::time_point now, Clock::time_point &due);
    void send(Connection &connection, Clock::time_point due, Clock::time_point now);
    void collect(Clock::time_point now);
    void count(Connection &connection, int curlCode, Clock::time_point now);
    int waitMs(Clock::time_point now) const;

    LoadPlan &m_plan;
    const int m_index;
    std::unique_ptr<Handles> m_handles; // the curl handles; curl.h stays in the .cpp
    std::int64_t m_nextTicket = 0;      // open loop: this thread's next request of the schedule
    std::int64_t m_sent = 0;
    int m_busy = 0;
    LoadResult m_tally;
    Clock::time_point m_lastFinish;
};

} // namespace atelier
