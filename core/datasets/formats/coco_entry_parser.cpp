// CocoEntryParser: simdjson on-demand over each entry; types are checked before values are read.
#include "core/datasets/formats/coco_entry_parser.h"

#include "core/datasets/formats/number_text.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cmath>
#include <string_view>

namespace atelier::coco {

static_assert(CocoEntryParser::Padding >= simdjson::SIMDJSON_PADDING);

namespace {

using simdjson::error_code;
using simdjson::ondemand::json_type;
using simdjson::ondemand::number_type;
using Value = simdjson::ondemand::value;

// What reading one entry (or one field of it) leads to.
enum class Step { Next, Skip, Stop, Malformed };

struct Integer
{
    std::int64_t value = 0;
    bool ok = false;
};

} // namespace

struct CocoEntryParser::Impl
{
    explicit Impl(CocoEntryParser &parserOwner)
        : owner(parserOwner)
    {}

    CocoEntryParser &owner;
    simdjson::ondemand::parser parser;
    Section section = Section::Images;
    std::int64_t index = 0; // of the entry being read
    Records *records = nullptr;

    // --- Problems --------------------------------------------------------------------------

    std::string path(std::string_view field = {}) const
    {
        std::string text = std::string(sectionName(section)) + '[' + std::to_string(index) + ']';
        if (!field.empty() && field.front() != '[')
            text += '.';
        return text.append(field);
    }

    const char *kind() const
    {
        return section == Section::Images ? "image" : section == Section::Categories ? "category" : "annotation";
    }

    // A bad entry: the end of the import, or with skipping one more line of the report.
    Step reject(const QString &reason, std::string_view field = {})
    {
        Problem problem{path(field), reason, kind()};
        if (!owner.m_skipBadRecords) {
            owner.m_fatal = std::move(problem);
            return Step::Stop;
        }
        owner.m_skipped.push_back(std::move(problem));
        return Step::Skip;
    }

    Step malformed(error_code error, std::string_view field = {})
    {
        owner.m_malformed = Problem{path(field), QString::fromUtf8(simdjson::error_message(error)), "file"};
        return Step::Malformed;
    }

    // --- Values ----------------------------------------------------------------------------

    // An integer, also when written 3.0 (Python's json writes numpy integers so) or, for
    // iscrowd, as a boolean. ok is false for any other value; the error is simdjson's.
    error_code readInteger(Value &value, Integer &out, bool allowBool = false)
    {
        json_type type{};
        if (auto error = value.type().get(type))
            return error;
        out = {};
        if (type == json_type::boolean && allowBool) {
            bool flag = false;
            if (auto error = value.get_bool().get(flag))
                return error;
            out = {flag ? 1 : 0, true};
            return simdjson::SUCCESS;
        }
        if (type != json_type::number)
            return simdjson::SUCCESS;
        simdjson::ondemand::number number;
        if (auto error = value.get_number().get(number))
            return error;
        if (number.get_number_type() == number_type::signed_integer) {
            out = {number.get_int64(), true};
        } else if (number.get_number_type() == number_type::floating_point_number) {
            const double d = number.get_double();
            if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
                out = {std::int64_t(d), true};
        }
        return simdjson::SUCCESS;
    }

    error_code typeOf(Value &value, json_type &type) { return value.type().get(type); }

    // A value that is not what was asked for may also be no JSON at all ("nul"): then the file
    // is malformed, which no skipping gets past, rather than one bad entry.
    error_code invalidAtom(Value &value)
    {
        json_type type{};
        if (auto error = typeOf(value, type))
            return error;
        bool flag = false;
        if (type == json_type::null) {
            if (auto error = value.is_null().get(flag))
                return error;
            return flag ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
        }
        return type == json_type::boolean ? value.get_bool().error() : simdjson::SUCCESS;
    }

    // --- Images and categories -------------------------------------------------------------

    Step readImage(simdjson::ondemand::object &object)
    {
        Image image{.index = int(index)};
        for (auto field : object) {
            std::string_view key;
            Value value;
            if (auto error = field.unescaped_key().get(key); error || (error = field.value().get(value)))
                return malformed(error);
            if (key == "file_name") {
                json_type type{};
                if (auto error = typeOf(value, type))
                    return malformed(error, key);
                if (type != json_type::string)
                    return reject(tr("file_name must be a string"), key);
                std::string_view text;
                if (auto error = value.get_string().get(text))
                    return malformed(error, key);
                image.fileName = text;
            } else if (key == "id" || key == "width" || key == "height") {
                Integer number;
                if (auto error = readInteger(value, number))
                    return malformed(error, key);
                if (!number.ok)
                    return reject(tr("%1 must be an integer").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))), key);
                (key == "id" ? image.id : key == "width" ? image.width : image.height) = number.value;
                image.hasId = image.hasId || key == "id";
            }
        }
        if (!image.hasId || image.width < 1 || image.height < 1 || image.fileName.empty())
            return reject(tr("an image needs id, file_name and a positive width and height"));
        records->images.push_back(std::move(image));
        return Step::Next;
    }

    Step readCategory(simdjson::ondemand::object &object)
    {
        Category category{.index = int(index)};
        for (auto field : object) {
            std::string_view key;
            Value value;
            if (auto error = field.unescaped_key().get(key); error || (error = field.value().get(value)))
                return malformed(error);
            if (key == "id") {
                Integer number;
                if (auto error = readInteger(value, number))
                    return malformed(error, key);
                if (!number.ok)
                    return reject(tr("id must be an integer"), key);
                category.id = number.value;
                category.hasId = true;
            } else if (key == "name") {
                json_type type{};
                std::string_view text;
                if (auto error = typeOf(value, type))
                    return malformed(error, key);
                if (type != json_type::string)
                    return reject(tr("name must be a string"), key);
                if (auto error = value.get_string().get(text))
                    return malformed(error, key);
                category.name = text;
            }
        }
        if (!category.hasId || category.name.empty())
            return reject(tr("a category needs an id and a name"));
        records->categories.push_back(std::move(category));
        return Step::Next;
    }

    // --- Annotations -----------------------------------------------------------------------

    Step readIdField(Annotation &a, std::string_view key, Value &value)
    {
        Integer number;
        if (auto error = readInteger(value, number, key == "iscrowd"))
            return malformed(error, key);
        if (!number.ok)
            return reject(tr("%1 must be an integer").arg(QString::fromLatin1(key.data(), qsizetype(key.size()))), key);
        if (key == "id")
            a.id = number.value, a.hasId = true;
        else if (key == "image_id")
            a.imageId = number.value, a.hasImageId = true;
        else if (key == "category_id")
            a.categoryId = number.value, a.hasCategoryId = true;
        else if (number.value != 0 && number.value != 1)
            return reject(tr("iscrowd must be 0 or 1"), key);
        else
            a.iscrowd = number.value;
        return Step::Next;
    }

    Step readBox(Annotation &a, Value &value)
    {
        // Messages are made only for a problem: a translation lookup per entry cost more than its checks.
        const auto reason = [] { return tr("bbox must be an array of 4 numbers [x, y, width, height]"); };
        json_type type{};
        if (auto error = typeOf(value, type))
            return malformed(error, "bbox");
        if (type == json_type::null)
            return Step::Next;
        simdjson::ondemand::array numbers;
        if (type != json_type::array)
            return reject(reason(), "bbox");
        if (auto error = value.get_array().get(numbers))
            return malformed(error, "bbox");
        for (auto element : numbers) {
            Value number;
            if (auto error = element.get(number); error || (error = typeOf(number, type)))
                return malformed(error, "bbox");
            if (type != json_type::number || a.bboxCount >= 4)
                return reject(reason(), "bbox[" + std::to_string(a.bboxCount) + ']');
            if (auto error = number.get_double().get(a.bbox[a.bboxCount]))
                return malformed(error, "bbox");
            ++a.bboxCount;
        }
        return a.bboxCount == 4 ? Step::Next : reject(reason(), "bbox");
    }

    Step readPolygons(Annotation &a, simdjson::ondemand::array &rings)
    {
        const auto reason = [] { return tr("a polygon must be an array of numbers x0, y0, x1, y1, ..."); };
        std::vector<double> &coords = records->coords;
        a.segmentation = Segmentation::Polygons;
        a.coordBegin = coords.size();
        a.ringBegin = std::uint32_t(records->ringSizes.size());
        for (auto element : rings) {
            const std::size_t ringIndex = records->ringSizes.size() - a.ringBegin;
            const auto ring = [ringIndex] { return "segmentation[" + std::to_string(ringIndex) + ']'; };
            Value value;
            json_type type{};
            simdjson::ondemand::array numbers;
            if (auto error = element.get(value); error || (error = typeOf(value, type)))
                return malformed(error, ring());
            if (type != json_type::array)
                return reject(reason(), ring());
            if (auto error = value.get_array().get(numbers))
                return malformed(error, ring());
            const std::size_t start = coords.size();
            std::string &text = records->ringText;
            for (auto coordinate : numbers) {
                double x = 0;
                Value number;
                if (auto error = coordinate.get(number))
                    return malformed(error, ring());
                const std::string_view written = number.raw_json_token(); // before get_double() moves on
                if (auto error = number.get_double().get(x)) {
                    const std::string where = ring() + '[' + std::to_string(coords.size() - start) + ']';
                    if (error != simdjson::INCORRECT_TYPE || (error = invalidAtom(number)))
                        return malformed(error, where);
                    return reject(reason(), where);
                }
                if (coords.size() > start)
                    text += ',';
                number_text::appendShortest(text, x, written);
                coords.push_back(x);
            }
            records->ringSizes.push_back(std::uint32_t(coords.size() - start));
            records->ringTextEnds.push_back(text.size());
        }
        a.ringEnd = std::uint32_t(records->ringSizes.size());
        a.coordEnd = coords.size();
        if (a.ringEnd == a.ringBegin)
            a.segmentation = Segmentation::None; // [] is how box-only annotations say it
        return Step::Next;
    }

    Step readCounts(Annotation &a, Value &value)
    {
        const auto reason = [] { return tr("counts must be a string (compressed RLE) or an array of integers"); };
        json_type type{};
        if (auto error = typeOf(value, type))
            return malformed(error, "segmentation.counts");
        if (type == json_type::string) {
            std::string_view text;
            if (auto error = value.get_string().get(text))
                return malformed(error, "segmentation.counts");
            a.segmentation = Segmentation::CountsString;
            a.countsText = text;
            return Step::Next;
        }
        if (type != json_type::array)
            return reject(reason(), "segmentation.counts");
        simdjson::ondemand::array counts;
        if (auto error = value.get_array().get(counts))
            return malformed(error, "segmentation.counts");
        for (auto element : counts) {
            Value count;
            Integer number;
            if (auto error = element.get(count); error || (error = readInteger(count, number)))
                return malformed(error, "segmentation.counts");
            if (!number.ok)
                return reject(reason(), "segmentation.counts");
            records->counts.push_back(number.value);
        }
        return Step::Next;
    }

    Step readSize(Annotation &a, Value &value)
    {
        const auto reason = [] { return tr("size must be [height, width]"); };
        json_type type{};
        simdjson::ondemand::array size;
        if (auto error = typeOf(value, type))
            return malformed(error, "segmentation.size");
        if (type != json_type::array)
            return reject(reason(), "segmentation.size");
        if (auto error = value.get_array().get(size))
            return malformed(error, "segmentation.size");
        for (auto element : size) {
            Value side;
            Integer number;
            if (auto error = element.get(side); error || (error = readInteger(side, number)))
                return malformed(error, "segmentation.size");
            if (!number.ok || a.sizeCount >= 2)
                return reject(reason(), "segmentation.size");
            (a.sizeCount++ == 0 ? a.rleHeight : a.rleWidth) = number.value;
        }
        return Step::Next;
    }

    Step readMask(Annotation &a, simdjson::ondemand::object &object)
    {
        a.segmentation = Segmentation::CountsList; // settled by "counts"
        a.coordBegin = a.coordEnd = records->counts.size();
        for (auto field : object) {
            std::string_view key;
            Value value;
            if (auto error = field.unescaped_key().get(key); error || (error = field.value().get(value)))
                return malformed(error, "segmentation");
            const Step step = key == "counts" ? readCounts(a, value) : key == "size" ? readSize(a, value) : Step::Next;
            if (step != Step::Next)
                return step;
        }
        a.coordEnd = records->counts.size();
        if (a.sizeCount != 2)
            return reject(tr("an RLE segmentation needs \"size\": [height, width]"), "segmentation");
        return Step::Next;
    }

    Step readSegmentation(Annotation &a, Value &value)
    {
        json_type type{};
        if (auto error = typeOf(value, type))
            return malformed(error, "segmentation");
        if (type == json_type::array) {
            simdjson::ondemand::array rings;
            if (auto error = value.get_array().get(rings))
                return malformed(error, "segmentation");
            return readPolygons(a, rings);
        }
        if (type == json_type::object) {
            simdjson::ondemand::object mask;
            if (auto error = value.get_object().get(mask))
                return malformed(error, "segmentation");
            return readMask(a, mask);
        }
        if (type != json_type::null)
            return reject(tr("segmentation must be a list of polygons or an RLE object"), "segmentation");
        return Step::Next;
    }

    // "key":value,... as compact JSON, the way the attributes column keeps them.
    Step readAttributes(Annotation &a, Value &value)
    {
        json_type type{};
        if (auto error = typeOf(value, type))
            return malformed(error, "attributes");
        if (type == json_type::null)
            return Step::Next;
        if (type != json_type::object)
            return reject(tr("attributes must be an object"), "attributes");
        simdjson::ondemand::object object;
        if (auto error = value.get_object().get(object))
            return malformed(error, "attributes");
        for (auto field : object) {
            std::string_view key;
            Value member;
            if (auto error = field.unescaped_key().get(key); error || (error = field.value().get(member))
                || (error = typeOf(member, type)))
                return malformed(error, "attributes");
            const std::string where = "attributes." + std::string(key);
            nlohmann::json json;
            if (type == json_type::string) {
                std::string_view text;
                if (auto error = member.get_string().get(text))
                    return malformed(error, where);
                json = std::string(text);
            } else if (type == json_type::boolean) {
                bool flag = false;
                if (auto error = member.get_bool().get(flag))
                    return malformed(error, where);
                json = flag;
            } else if (type == json_type::number) {
                simdjson::ondemand::number number;
                if (auto error = member.get_number().get(number))
                    return malformed(error, where);
                if (number.get_number_type() == number_type::signed_integer)
                    json = number.get_int64();
                else if (number.get_number_type() == number_type::unsigned_integer)
                    json = number.get_uint64();
                else
                    json = number.get_double();
            } else if (type != json_type::null) {
                return reject(tr("attribute values must be numbers, strings, booleans or null"), where);
            }
            if (!a.attributes.empty())
                a.attributes += ',';
            a.attributes += nlohmann::json(std::string(key)).dump() + ':' + json.dump();
        }
        return Step::Next;
    }

    Step readAnnotationField(Annotation &a, std::string_view key, Value &value)
    {
        if (key == "id" || key == "image_id" || key == "category_id" || key == "iscrowd")
            return readIdField(a, key, value);
        if (key == "bbox")
            return readBox(a, value);
        if (key == "segmentation")
            return readSegmentation(a, value);
        if (key == "attributes")
            return readAttributes(a, value);
        if (key == "area") {
            json_type type{};
            if (auto error = typeOf(value, type))
                return malformed(error, key);
            if (type != json_type::number && type != json_type::null)
                return reject(tr("area must be a number"), key);
        }
        return Step::Next;
    }

    Step readAnnotation(simdjson::ondemand::object &object)
    {
        Annotation a;
        a.index = int(index);
        for (auto field : object) {
            std::string_view key;
            Value value;
            if (auto error = field.unescaped_key().get(key); error || (error = field.value().get(value)))
                return malformed(error);
            if (const Step step = readAnnotationField(a, key, value); step != Step::Next)
                return step;
        }
        if (!a.hasId || !a.hasImageId || !a.hasCategoryId)
            return reject(tr("an annotation needs id, image_id and category_id"));
        if (a.segmentation == Segmentation::None && a.bboxCount != 4)
            return reject(tr("an annotation needs a segmentation or a bbox"));
        records->annotations.push_back(std::move(a));
        return Step::Next;
    }

    Step readEntry(Value &entry)
    {
        json_type type{};
        if (auto error = typeOf(entry, type))
            return malformed(error);
        if (type != json_type::object)
            return reject(tr("each entry must be a JSON object"));
        simdjson::ondemand::object object;
        if (auto error = entry.get_object().get(object))
            return malformed(error);
        // A skipped annotation leaves nothing in the pools it had started to fill.
        const std::size_t coords = records->coords.size(), rings = records->ringSizes.size(), counts = records->counts.size();
        const std::size_t text = records->ringText.size();
        const Step step = section == Section::Images        ? readImage(object)
                          : section == Section::Categories ? readCategory(object)
                                                           : readAnnotation(object);
        if (step == Step::Skip) {
            records->coords.resize(coords);
            records->ringSizes.resize(rings);
            records->ringTextEnds.resize(rings);
            records->ringText.resize(text);
            records->counts.resize(counts);
        }
        return step;
    }
};

CocoEntryParser::CocoEntryParser(bool skipBadRecords)
    : m_impl(std::make_unique<Impl>(*this))
    , m_skipBadRecords(skipBadRecords)
{}

CocoEntryParser::~CocoEntryParser() = default;

CocoEntryParser::Outcome CocoEntryParser::parse(const char *text, std::size_t length, Section section,
                                                std::int64_t firstIndex, Records &records)
{
    Impl &impl = *m_impl;
    impl.section = section;
    impl.index = firstIndex;
    impl.records = &records;
    simdjson::ondemand::document document;
    simdjson::ondemand::array entries;
    error_code error = impl.parser.iterate(text, length, length + Padding).get(document);
    if (!error)
        error = document.get_array().get(entries);
    if (error)
        return impl.malformed(error), Outcome::Malformed;
    for (auto entry : entries) {
        Value value;
        if (auto failed = entry.get(value))
            return impl.malformed(failed), Outcome::Malformed;
        switch (impl.readEntry(value)) {
        case Step::Stop:
            return Outcome::Stopped;
        case Step::Malformed:
            return Outcome::Malformed;
        case Step::Next:
        case Step::Skip:
            break;
        }
        ++impl.index;
    }
    return Outcome::Parsed;
}

} // namespace atelier::coco
