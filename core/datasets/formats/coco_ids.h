// IdIndex and IdSet: COCO's ids looked up a few times a shape, without a hash where the ids allow.
#pragma once

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace atelier::coco {

// COCO ids -> positions: a flat vector when the ids are dense, as COCO's are (a few lookups a
// shape must not cost a hash each), a hash map otherwise.
class IdIndex
{
public:
    IdIndex(std::int64_t minId, std::int64_t maxId, std::size_t count)
    {
        const std::uint64_t span = std::uint64_t(maxId) - std::uint64_t(minId);
        if (count > 0 && span < std::uint64_t(count) * 16 + 65536) {
            m_min = minId;
            m_flat.assign(std::size_t(span) + 1, -1);
        }
    }

    // False when `id` is there already.
    bool insert(std::int64_t id, std::int64_t value)
    {
        if (m_flat.empty())
            return m_hash.emplace(id, value).second;
        std::int64_t &slot = m_flat[std::size_t(id - m_min)];
        if (slot >= 0)
            return false;
        slot = value;
        return true;
    }

    // -1 when `id` is not there.
    std::int64_t find(std::int64_t id) const
    {
        if (m_flat.empty()) {
            const auto found = m_hash.find(id);
            return found == m_hash.end() ? -1 : found->second;
        }
        const std::uint64_t at = std::uint64_t(id) - std::uint64_t(m_min);
        return at < m_flat.size() ? m_flat[at] : -1;
    }

private:
    std::int64_t m_min = 0;
    std::vector<std::int64_t> m_flat;
    std::unordered_map<std::int64_t, std::int64_t> m_hash;
};

template<typename Record>
IdIndex indexFor(const std::vector<Record> &records)
{
    std::int64_t low = 0, high = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        low = i ? std::min(low, records[i].id) : records[i].id;
        high = i ? std::max(high, records[i].id) : records[i].id;
    }
    return IdIndex(low, high, records.size());
}

// The annotation ids seen so far: a bit each below BitLimit (COCO's ids are small), hashed above.
class IdSet
{
public:
    static constexpr std::int64_t BitLimit = std::int64_t(1) << 30; // 128 MiB of bits at most

    bool insert(std::int64_t id)
    {
        if (id < 0 || id >= BitLimit)
            return m_hash.insert(id).second;
        const std::size_t word = std::size_t(id >> 6);
        if (word >= m_bits.size())
            m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
        const std::uint64_t bit = std::uint64_t(1) << (id & 63);
        if (m_bits[word] & bit)
            return false;
        m_bits[word] |= bit;
        return true;
    }

private:
    std::vector<std::uint64_t> m_bits;
    std::unordered_set<std::int64_t> m_hash;
};

} // namespace atelier::coco
