// CocoSaxHandler: a stack of array indexes and member names, read out at the first parse error.
#include "core/datasets/formats/coco_sax_handler.h"

#include <QFile>

#include <charconv>
#include <fstream>

namespace atelier::coco {

std::optional<Problem> CocoSaxHandler::locateSyntaxError(const QString &jsonPath)
{
    std::ifstream stream;
    std::vector<char> buffer(1 << 20);
    stream.rdbuf()->pubsetbuf(buffer.data(), std::streamsize(buffer.size()));
    stream.open(QFile::encodeName(jsonPath).toStdString(), std::ios::binary);
    if (!stream)
        return std::nullopt;
    CocoSaxHandler handler;
    try {
        json::sax_parse(stream, &handler);
    } catch (const std::exception &e) { // nothing in a file should get here; never let it escape
        return Problem{handler.path(), QString::fromUtf8(e.what()), "file"};
    }
    return handler.m_problem;
}

bool CocoSaxHandler::key(json::string_t &value)
{
    m_stack.back().key = value;
    return true;
}

bool CocoSaxHandler::parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error)
{
    m_problem = Problem{path(),
                        tr("the JSON is malformed near byte %1 (%2)").arg(position).arg(QString::fromUtf8(error.what())),
                        "file"};
    return false;
}

bool CocoSaxHandler::onValue(bool container, bool isArray)
{
    if (!m_stack.empty() && m_stack.back().isArray)
        ++m_stack.back().index;
    if (container)
        m_stack.push_back({isArray, -1, {}});
    return true;
}

bool CocoSaxHandler::onEnd()
{
    m_stack.pop_back();
    return true;
}

std::string CocoSaxHandler::path() const
{
    std::string text;
    for (const Frame &frame : m_stack) {
        if (frame.isArray && frame.index >= 0) {
            char digits[24];
            auto end = std::to_chars(digits, digits + sizeof digits, frame.index).ptr;
            text += '[';
            text.append(digits, end);
            text += ']';
        } else if (!frame.isArray && !frame.key.empty()) {
            if (!text.empty())
                text += '.';
            text += frame.key;
        }
    }
    return text;
}

} // namespace atelier::coco
