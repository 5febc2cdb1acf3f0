// CocoEntryParser: the entries of one chunk of a COCO section, parsed with simdjson into coco::Records.
#pragma once

#include "core/datasets/formats/coco_annotation.h"
#include "core/datasets/formats/coco_scanner.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace atelier::coco {

// One parser for a whole import: simdjson keeps its buffers from chunk to chunk, sized for the
// largest chunk (a few MB), never for the file. Each problem names its JSON path, computed from
// the entry's index in its array and the field being read.
class CocoEntryParser
{
    Q_DECLARE_TR_FUNCTIONS(CocoEntryParser)

public:
    // Bytes that must be readable (any value) after the text given to parse().
    static constexpr std::size_t Padding = 64;

    enum class Outcome { Parsed, Stopped, Malformed };

    explicit CocoEntryParser(bool skipBadRecords);
    ~CocoEntryParser();
    CocoEntryParser(const CocoEntryParser &) = delete;
    CocoEntryParser &operator=(const CocoEntryParser &) = delete;

    // Parses `text`, "[entry, entry, ...]" followed by Padding readable bytes, whose first entry
    // is entry `firstIndex` of `section`, and appends what it reads to `records`. Stopped: a bad
    // entry without skipping (see fatal()); Malformed: the text is not JSON (see malformed()).
    Outcome parse(const char *text, std::size_t length, Section section, std::int64_t firstIndex, Records &records);

    const std::optional<Problem> &fatal() const { return m_fatal; }
    // Where simdjson stopped and its message, for a chunk that is not JSON.
    const std::optional<Problem> &malformed() const { return m_malformed; }
    // The entries left out with skipBadRecords, in file order.
    const std::vector<Problem> &skipped() const { return m_skipped; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_skipBadRecords;
    std::optional<Problem> m_fatal;
    std::optional<Problem> m_malformed;
    std::vector<Problem> m_skipped;
};

} // namespace atelier::coco
