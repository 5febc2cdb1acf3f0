// CocoScanner: a byte-level state machine over the top-level object and the arrays of its sections.
#include "core/datasets/formats/coco_scanner.h"

#include <QFile>

#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atelier::coco {

namespace {

// Deeper than simdjson parses (1024) is refused here already.
constexpr std::size_t MaxDepth = 1024;

const char *const SectionNames[SectionCount] = {"images", "annotations", "categories"};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The bytes that change the nesting or start a string: everything else inside an entry is skipped.
constexpr std::array<bool, 256> Structural = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'"', '{', '}', '[', ']'})
        table[c] = true;
    return table;
}();

// The scan reads every byte of files of hundreds of megabytes, nearly all of them inside entries
// or strings, where only a few bytes matter: with SSE2 sixteen are tested at once.
#if defined(__SSE2__)
int matches(__m128i bytes, char a, char b)
{
    return _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(a)), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b))));
}

__m128i load(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
#endif

// The first byte at or after p that is structural, or end.
const char *findStructural(const char *p, const char *end)
{
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = load(p);
        // Without bit 0x20, '{' and '}' (0x7B, 0x7D) read as '[' and ']' (0x5B, 0x5D); no other byte does.
        const int brackets = matches(_mm_andnot_si128(_mm_set1_epi8(0x20), bytes), '[', ']');
        if (const int found = brackets | _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))))
            return p + std::countr_zero(unsigned(found));
    }
#endif
    while (p < end && !Structural[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

// The first quote or backslash at or after p, or end.
const char *findQuoteOrBackslash(const char *p, const char *end)
{
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        if (const int found = matches(load(p), '"', '\\'))
            return p + std::countr_zero(unsigned(found));
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

} // namespace

const char *sectionName(Section section)
{
    return SectionNames[int(section)];
}

std::expected<Layout, ScanError> CocoScanner::scan(const QString &jsonPath, const KeepGoing &keepGoing)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(ScanError{ScanError::Kind::Unreadable, 0, {}, file.errorString()});
    CocoScanner scanner;
    std::vector<char> window(std::size_t(std::min<std::int64_t>(WindowBytes, file.size() + 1)));
    std::int64_t read = 0;
    while (!scanner.m_error) {
        const qint64 got = file.read(window.data(), qint64(window.size()));
        if (got < 0)
            return std::unexpected(ScanError{ScanError::Kind::Unreadable, read, {}, file.errorString()});
        if (got == 0)
            break;
        // A UTF-8 byte order mark, which some Windows tools write, is no part of the JSON.
        const std::size_t bom = read == 0 && got >= 3 && std::memcmp(window.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        scanner.feed(window.data() + bom, std::size_t(got) - bom, read + std::int64_t(bom));
        read += got;
        if (keepGoing && !keepGoing(read))
            return std::unexpected(ScanError{ScanError::Kind::Canceled, read, {}, {}});
    }
    if (!scanner.m_error)
        scanner.finish(read);
    if (scanner.m_error)
        return std::unexpected(std::move(*scanner.m_error));
    return std::move(scanner.m_layout);
}

void CocoScanner::feed(const char *data, std::size_t size, std::int64_t base)
{
    m_data = data;
    m_base = base;
    const char *p = data;
    const char *end = data + size;
    while (p < end && !m_error) {
        if (m_inString)
            p = skipString(p, end);
        else if (int(m_brackets.size()) > floor())
            p = skipNested(p, end);
        else {
            step(*p, offsetOf(p));
            ++p;
        }
    }
}

void CocoScanner::finish(std::int64_t size)
{
    if (m_inString || m_state != State::Done)
        syntaxError(size); // the file ends too early
}

const char *CocoScanner::skipString(const char *p, const char *end)
{
    while (p < end) {
        if (!m_escaped && !m_keyString) {
            p = findQuoteOrBackslash(p, end);
            if (p == end)
                break;
        }
        const char c = *p++;
        if (m_escaped) {
            m_escaped = false;
        } else if (c == '\\') {
            m_escaped = true;
        } else if (c == '"') {
            m_inString = m_keyString = false;
            return p;
        }
        if (m_keyString)
            m_key += c;
    }
    return p;
}

// Inside an entry (or a member we do not read): only brackets and strings matter.
const char *CocoScanner::skipNested(const char *p, const char *end)
{
    while (p < end) {
        p = findStructural(p, end);
        if (p == end)
            break;
        const char c = *p++;
        if (c == '"') {
            m_inString = true;
            return p;
        }
        if (c == '{' || c == '[') {
            open(c, offsetOf(p - 1));
            if (m_error)
                return p;
        } else if (!close(c)) {
            syntaxError(offsetOf(p - 1));
            return p;
        } else if (int(m_brackets.size()) == floor()) {
            return p;
        }
    }
    return p;
}

void CocoScanner::step(char c, std::int64_t offset)
{
    if (m_section >= 0)
        stepSection(c, offset);
    else
        stepTop(c, offset);
}

void CocoScanner::stepTop(char c, std::int64_t offset)
{
    if (isSpace(c) && m_state != State::Scalar)
        return;
    switch (m_state) {
    case State::Start:
        if (c == '{') {
            open(c, offset);
            m_state = State::KeyOrEnd;
        } else if (c && std::strchr("[\"-0123456789tfn", c)) {
            notCoco({}, tr("a COCO file must be a JSON object with images, annotations and categories"));
        } else {
            syntaxError(offset);
        }
        return;
    case State::KeyOrEnd:
    case State::Key:
        if (c == '"') {
            m_key.clear();
            m_inString = m_keyString = true;
            m_state = State::Colon;
        } else if (c == '}' && m_state == State::KeyOrEnd && close(c)) {
            m_state = State::Done;
        } else {
            syntaxError(offset);
        }
        return;
    case State::Colon:
        if (c == ':')
            m_state = State::Value;
        else
            syntaxError(offset);
        return;
    case State::Value:
        startValue(c);
        return;
    case State::Scalar:
        if (!isSpace(c) && c != ',' && c != '}') {
            if (!c || !std::strchr("+-.0123456789eEtruefalsn", c))
                syntaxError(offset);
            return;
        }
        m_state = State::CommaOrEnd;
        if (isSpace(c))
            return;
        [[fallthrough]];
    case State::CommaOrEnd:
        if (c == ',')
            m_state = State::Key;
        else if (c == '}' && close(c))
            m_state = State::Done;
        else
            syntaxError(offset);
        return;
    case State::Done:
    default:
        syntaxError(offset);
        return;
    }
}

// The first byte of a top-level member's value: a section's array, or a value we only step over.
void CocoScanner::startValue(char c)
{
    for (int section = 0; section < SectionCount; ++section) {
        if (m_key != SectionNames[section])
            continue;
        if (c != '[') {
            notCoco(m_key, tr("\"%1\" must be an array").arg(QString::fromLatin1(SectionNames[section])));
            return;
        }
        open(c, 0);
        m_section = section;
        m_layout.present[section] = true;
        m_state = State::EntryOrEnd;
        return;
    }
    m_state = State::CommaOrEnd; // where the value leaves us
    if (c == '{' || c == '[')
        open(c, 0);
    else if (c == '"')
        m_inString = true;
    else
        m_state = State::Scalar;
}

// Depth 2 in a section's array: between, at the start of and after its entries.
void CocoScanner::stepSection(char c, std::int64_t offset)
{
    switch (m_state) {
    case State::EntryOrEnd:
    case State::Entry:
        if (isSpace(c))
            return;
        if (c == ']' && m_state == State::EntryOrEnd) {
            close(c);
            m_section = -1;
            m_state = State::CommaOrEnd;
        } else if (c == ']' || c == ',') {
            syntaxError(offset);
        } else {
            startEntry(c, offset);
        }
        return;
    default:
        inEntry(c, offset);
        return;
    }
}

void CocoScanner::startEntry(char c, std::int64_t offset)
{
    if (m_chunkBegin < 0) {
        m_chunkBegin = offset;
        m_chunkFirst = m_layout.entries[m_section];
    }
    m_state = State::InEntry;
    inEntry(c, offset);
}

void CocoScanner::inEntry(char c, std::int64_t offset)
{
    if (c == ',') {
        endEntry(offset, false);
        m_state = State::Entry;
    } else if (c == ']') {
        endEntry(offset, true);
        close(c);
        m_section = -1;
        m_state = State::CommaOrEnd;
    } else if (c == '"') {
        m_inString = true;
    } else if (c == '{' || c == '[') {
        open(c, offset);
    } else if (c == '}') {
        syntaxError(offset);
    }
    // Anything else belongs to a scalar entry, which the parser of the chunk checks.
}

void CocoScanner::endEntry(std::int64_t offset, bool last)
{
    ++m_layout.entries[m_section];
    if (last || offset - m_chunkBegin >= ChunkBytes) {
        m_layout.chunks[m_section].push_back({m_chunkBegin, offset, m_chunkFirst});
        m_chunkBegin = -1;
    }
}

void CocoScanner::open(char c, std::int64_t offset)
{
    if (m_brackets.size() >= MaxDepth)
        syntaxError(offset);
    else
        m_brackets += c;
}

bool CocoScanner::close(char c)
{
    if (m_brackets.empty() || m_brackets.back() != (c == '}' ? '{' : '['))
        return false;
    m_brackets.pop_back();
    return true;
}

void CocoScanner::syntaxError(std::int64_t offset)
{
    if (!m_error)
        m_error = ScanError{ScanError::Kind::Syntax, offset, {}, {}};
}

void CocoScanner::notCoco(std::string path, const QString &reason)
{
    if (!m_error)
        m_error = ScanError{ScanError::Kind::NotCoco, 0, std::move(path), reason};
}

} // namespace atelier::coco
