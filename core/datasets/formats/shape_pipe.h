// ShapePipe: shape rows handed from an import's parsing thread to its inserting thread, a batch at a time.
#pragma once

#include "core/result.h"

#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace atelier {

// One shape as the shape table takes it.
struct ShapeRow
{
    std::int64_t image = 0;
    std::int64_t label = 0;
    const char *kind = "";
    std::string geometry;
    std::string attributes;
    int z = 0;
    std::int64_t group = 0;
};

// Shape rows on their way from the parsing thread to the inserting one. The rows' strings keep
// their capacity from batch to batch (a million shapes, not a million allocations).
struct ShapeBatch
{
    static constexpr int Capacity = 4096;
    std::vector<ShapeRow> rows = std::vector<ShapeRow>(Capacity);
    int count = 0;
    std::int64_t annotationsRead = 0; // of the whole file, when the batch was sent: the progress
};

// The two threads of an import share a few batches: the parser fills free ones, the inserter
// empties full ones and gives them back, so memory stays bounded whatever the file's size and each
// core does one half of the work. Either side can end the exchange early.
class ShapePipe
{
public:
    ShapePipe()
    {
        for (ShapeBatch &batch : m_batches)
            m_free.push_back(&batch);
    }

    // Parser: a batch to fill; null once the inserter has stopped.
    ShapeBatch *takeFree()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_free.empty(); });
        return m_stopped ? nullptr : take(m_free);
    }

    void sendFull(ShapeBatch *batch) { put(m_full, batch); }

    // Parser: there is nothing more; `status` is how the parsing ended.
    void close(Status status)
    {
        const std::lock_guard lock(m_mutex);
        m_parserStatus = std::move(status);
        m_closed = true;
        m_changed.notify_all();
    }

    // Inserter: the next full batch; null once the parser has closed and all were taken.
    ShapeBatch *takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_full.empty(); });
        return m_full.empty() ? nullptr : take(m_full);
    }

    void giveBack(ShapeBatch *batch)
    {
        batch->count = 0;
        put(m_free, batch);
    }

    // Inserter: it failed, so the parser stops at its next batch.
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    // How the parsing ended; read after the parser's thread has finished.
    const Status &parserStatus() const { return m_parserStatus; }

private:
    static ShapeBatch *take(std::deque<ShapeBatch *> &queue)
    {
        ShapeBatch *batch = queue.front();
        queue.pop_front();
        return batch;
    }

    void put(std::deque<ShapeBatch *> &queue, ShapeBatch *batch)
    {
        const std::lock_guard lock(m_mutex);
        queue.push_back(batch);
        m_changed.notify_all();
    }

    std::array<ShapeBatch, 4> m_batches;
    std::deque<ShapeBatch *> m_free;
    std::deque<ShapeBatch *> m_full;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closed = false;
    bool m_stopped = false;
    Status m_parserStatus;
};

} // namespace atelier
