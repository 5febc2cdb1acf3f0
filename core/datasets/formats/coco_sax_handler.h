// CocoSaxHandler: nlohmann's SAX events over a JSON file, followed only to name where its syntax breaks.
#pragma once

#include "core/datasets/formats/coco_annotation.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atelier::coco {

// The fast reader (CocoScanner, CocoEntryParser) knows that a chunk of the file is malformed but
// not exactly where; this strict parser walks the file again, keeping nothing but the path, to
// say "annotations[1].bbox[2]" and the byte, as users and their editors need.
class CocoSaxHandler
{
    Q_DECLARE_TR_FUNCTIONS(CocoSaxHandler)

public:
    using json = nlohmann::json;

    // The place of the first syntax error in `jsonPath`, or nothing when its JSON is well-formed
    // (or the file cannot be read).
    static std::optional<Problem> locateSyntaxError(const QString &jsonPath);

    // The nlohmann::json SAX interface.
    bool null() { return onValue(false, false); }
    bool boolean(bool) { return onValue(false, false); }
    bool number_integer(json::number_integer_t) { return onValue(false, false); }
    bool number_unsigned(json::number_unsigned_t) { return onValue(false, false); }
    bool number_float(json::number_float_t, const json::string_t &) { return onValue(false, false); }
    bool string(json::string_t &) { return onValue(false, false); }
    bool binary(json::binary_t &) { return onValue(false, false); }
    bool start_object(std::size_t) { return onValue(true, false); }
    bool start_array(std::size_t) { return onValue(true, true); }
    bool end_object() { return onEnd(); }
    bool end_array() { return onEnd(); }
    bool key(json::string_t &value);
    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &error);

private:
    struct Frame
    {
        bool isArray = false;
        std::int64_t index = -1; // arrays: the element being read
        std::string key;         // objects: the member being read
    };

    bool onValue(bool container, bool isArray);
    bool onEnd();
    std::string path() const;

    std::vector<Frame> m_stack;
    std::optional<Problem> m_problem;
};

} // namespace atelier::coco
