// CocoScanner: finds the entries of a COCO file's images, annotations and categories arrays without parsing them.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace atelier::coco {

enum class Section : std::uint8_t { Images, Annotations, Categories };
inline constexpr int SectionCount = 3;
const char *sectionName(Section section);

// Consecutive entries of one array, from the first byte of the first entry to the comma or bracket
// after the last: wrapped in [ ] they make a JSON array of just those entries.
struct Chunk
{
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t firstIndex = 0; // of its first entry in its array
};

struct Layout
{
    std::vector<Chunk> chunks[SectionCount];
    std::int64_t entries[SectionCount] = {};
    bool present[SectionCount] = {};
};

struct ScanError
{
    enum class Kind { Syntax, NotCoco, Unreadable, Canceled };
    Kind kind = Kind::Syntax;
    std::int64_t offset = 0; // Syntax: about where the scan stopped
    std::string path;        // NotCoco: the member that is wrong ("images"), or empty for the document
    QString reason;          // NotCoco
};

// Reads the file once in windows and tracks only nesting, strings and the top-level members, so
// memory stays at one window however large the file is. It checks the structure around the
// entries; the entries themselves are checked when they are parsed, chunk by chunk.
class CocoScanner
{
    Q_DECLARE_TR_FUNCTIONS(CocoScanner)

public:
    // A chunk closes at the first entry boundary past this many bytes.
    static constexpr std::int64_t ChunkBytes = 4 << 20;
    static constexpr std::int64_t WindowBytes = 16 << 20;
    // Called once a window; returning false cancels the scan.
    using KeepGoing = std::function<bool(std::int64_t bytesRead)>;

    [[nodiscard]] static std::expected<Layout, ScanError> scan(const QString &jsonPath, const KeepGoing &keepGoing);

private:
    enum class State : std::uint8_t {
        Start, KeyOrEnd, Key, Colon, Value, Scalar, CommaOrEnd, Done, // the top-level object
        EntryOrEnd, Entry, InEntry,                                   // the array of a section
    };

    int floor() const { return m_section >= 0 ? 2 : 1; }
    std::int64_t offsetOf(const char *p) const { return m_base + (p - m_data); }
    void feed(const char *data, std::size_t size, std::int64_t base);
    void finish(std::int64_t size);
    const char *skipString(const char *p, const char *end);
    const char *skipNested(const char *p, const char *end);
    void step(char c, std::int64_t offset);
    void stepTop(char c, std::int64_t offset);
    void stepSection(char c, std::int64_t offset);
    void startValue(char c);
    void startEntry(char c, std::int64_t offset);
    void inEntry(char c, std::int64_t offset);
    void open(char c, std::int64_t offset);
    bool close(char c);
    void endEntry(std::int64_t offset, bool last);
    void syntaxError(std::int64_t offset);
    void notCoco(std::string path, const QString &reason);

    Layout m_layout;
    std::optional<ScanError> m_error;
    State m_state = State::Start;
    std::string m_brackets; // the open brackets, outermost first
    std::string m_key;      // the top-level member being read
    int m_section = -1;     // the section whose array is open, or -1
    bool m_inString = false;
    bool m_escaped = false;
    bool m_keyString = false;
    std::int64_t m_chunkBegin = -1; // of the chunk being gathered, or -1
    std::int64_t m_chunkFirst = 0;
    const char *m_data = nullptr; // the window being read and its offset in the file
    std::int64_t m_base = 0;
};

} // namespace atelier::coco
